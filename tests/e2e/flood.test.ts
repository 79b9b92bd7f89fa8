import { afterAll, describe, expect, it } from "vitest";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";

let harness: Harness | undefined;
afterAll(async () => {
  await harness?.stop();
});

describe("a flood from one chat", () => {
  it("does not stop 20 others from finishing a triage, and the flooder gets one notice", async () => {
    harness = await startHarness({ env: { RATE_LIMIT_PER_SECOND: "3", LOG_LEVEL: "info" } });
    const h = harness;
    const flooder = h.person({ id: randomUserId() });
    // The others act at a human pace (the limit is 3 a second); the flooder does not.
    const people = Array.from({ length: 20 }, () => h.person({ id: randomUserId() }, { paceMs: 400 }));

    // 500 messages at 50 a second (bursts of 5 every 100 ms): a fixed number, so a slow machine
    // only stretches the flood, which stays far above the limit of 3 a second.
    const BURSTS = 100;
    let flooded = 0;
    const started = Date.now();
    const flood = (async () => {
      for (let burst = 0; burst < BURSTS; burst++) {
        for (let i = 0; i < 5; i++) {
          h.expectUpdates(1);
          h.emulator.sendText(flooder.chat, flooder.from, `spam ${flooded++}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const triages = Promise.all(people.map((p) => completeTriage(p)));
    await Promise.all([flood, triages]);
    await h.settle(30_000);
    const seconds = Math.ceil((Date.now() - started) / 1000);

    expect(flooded).toBe(BURSTS * 5);
    // The limiter let through at most its burst plus 3 a second of the flooder's messages over the
    // seconds the flood (and its processing) spanned, however long a slow machine made that.
    const pseudonym = createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", flooder.chat.id);
    const refused = h.logs.filter((l) => l.includes('"rate limit exceeded"') && l.includes(`"person":"${pseudonym}"`)).length;
    expect(refused).toBeGreaterThanOrEqual(flooded - h.config.rateLimitBurst - 3 * (seconds + 1));
    const created = (await h.redis.xrange(h.keys.casesStream, "-", "+")).filter(([, f]) => f.includes("created"));
    expect(created).toHaveLength(20);
    const notices = h.emulator.calls("sendMessage").filter((c) => c.params.chat_id === flooder.chat.id && String(c.params.text).includes("slow down"));
    expect(notices).toHaveLength(1);
  }, 90_000);
});

describe("quick thumbs", () => {
  it("three answers tapped within a second all count, with no 'slow down'", async () => {
    const h = await startHarness({ env: { RATE_LIMIT_PER_SECOND: "1", RATE_LIMIT_BURST: "8" } });
    try {
      const person = h.person({ id: randomUserId() });
      await person.send("/start");
      const started = Date.now();
      await person.tap("yes");
      await person.tap("injured");
      await person.tap("_done");
      expect(Date.now() - started).toBeLessThan(1500);
      expect(person.botMessages().some((m) => m.text?.includes("slow down"))).toBe(false);
      expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "f:location:skip")).toBe(true);
    } finally {
      await h.stop();
    }
  });
});
