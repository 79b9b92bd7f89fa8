import { afterAll, describe, expect, it } from "vitest";
import { createBotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { cardsOf } from "../desk/support.js";
import { createdCaseIds } from "../helpers/cases.js";
import { randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { completeTriage } from "../helpers/triage-path.js";

/** The scheduler paced to Telegram's limits (the app's defaults), as in production. */
const TELEGRAM_PACE = { SEND_GLOBAL_PER_SECOND: "28", SEND_CHAT_PER_SECOND: "1", SEND_CHAT_BURST: "3", SEND_GROUP_PER_MINUTE: "19" };

let harness: Harness | undefined;
afterAll(async () => {
  await harness?.stop();
});

describe("under Telegram's rate limits (the emulator answers 429 past them)", () => {
  it("people answering faster than a chat allows all file, see no error, and Telegram never refuses a call", async () => {
    const emulator = await createBotApiEmulator({ limits: true });
    // Any 429 would fail this test: the harness refuses calls the emulator rejected unless declared.
    harness = await startHarness({ emulator, env: TELEGRAM_PACE });
    const h = harness;
    // Four people tapping every 150 ms: four times faster than a private chat may be written to.
    const people = Array.from({ length: 4 }, () => h.person({ id: randomUserId() }, { paceMs: 150 }));
    await Promise.all(people.map((p) => completeTriage(p)));
    await h.settle(30_000);

    expect(await createdCaseIds(h)).toHaveLength(4);
    const notices = ["error-try-again", "error-delay", "flood-notice"].map((key) => translator.t("en", key));
    for (const person of people) expect(person.botMessages().filter((m) => notices.includes(m.text ?? ""))).toEqual([]);
    const stats = emulator.limitStats();
    expect(stats.accepted).toBeGreaterThan(100);
    expect({ refused: stats.refusedTotal, intoClosedBucket: stats.intoClosedBucket }).toEqual({ refused: 0, intoClosedBucket: 0 });
    await emulator.waitFor(() => h.deskMessages().length >= 4, 30_000);
  }, 120_000);

  it("a quick exit clears the chat while others are being paced, with no call refused", async () => {
    const h = harness!;
    const busy = Array.from({ length: 3 }, () => h.person({ id: randomUserId() }, { paceMs: 150 }));
    const person = h.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    const others = Promise.all(busy.map((p) => completeTriage(p)));
    await new Promise((r) => setTimeout(r, 2_000));
    await person.send("exit");
    await h.emulator.waitFor(() => person.messages().length === 0, 10_000);
    // Its order ahead of queued calls is the scheduler's tests' (fake clock); here: it clears, with no 429.
    await others;
    expect(h.emulator.limitStats().refusedTotal).toBe(0);
  }, 120_000);
});

describe("cards queued behind the group's limit when the bot restarts", () => {
  it("are all posted after the restart, each exactly once", async () => {
    const emulator = await createBotApiEmulator({ limits: true });
    // Two cards a minute: the third and fourth are still queued when the bot stops.
    const slowGroup = { ...TELEGRAM_PACE, SEND_CHAT_PER_SECOND: "1000", SEND_CHAT_BURST: "1000", SEND_GROUP_PER_MINUTE: "2" };
    emulator.setLimits({ privatePerSecond: 1000, privateBurst: 1000 });
    let h = await startHarness({ emulator, env: slowGroup, stopTimeoutMs: 1_000 });
    const namespace = h.namespace;
    for (let i = 0; i < 4; i++) await completeTriage(h.person({ id: randomUserId() }));
    const filed = await createdCaseIds(h);
    expect(filed).toHaveLength(4);
    // The group takes two calls a minute: some cases are only in the digest, or not yet shown, at the stop.
    await emulator.waitFor(() => h.deskMessages().length >= 1, 20_000);
    expect(filed.filter((id) => cardsOf(h, id).length > 0).length).toBeLessThan(4);
    await h.stop({ keepEmulator: true });

    // The cards not yet accepted stayed pending on the cases stream: the next instance posts them.
    h = await startHarness({ namespace, emulator, env: { ...slowGroup, SEND_GROUP_PER_MINUTE: "19" } });
    try {
      await emulator.waitFor(() => filed.every((id) => cardsOf(h, id).length > 0), 120_000);
      for (const id of filed) expect(cardsOf(h, id)).toHaveLength(1);
      expect(emulator.limitStats().intoClosedBucket).toBe(0);
    } finally {
      await h.stop();
    }
  }, 200_000);
});
