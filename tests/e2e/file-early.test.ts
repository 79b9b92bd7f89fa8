import { describe, expect, it } from "vitest";
import { STREAM_GROUPS } from "../../src/redis/keys.js";
import { answerOf } from "../../src/triage/card.js";
import { createdCaseIds } from "../helpers/cases.js";
import { harnessPerTest, randomUserId, type Harness, type Person } from "../helpers/harness.js";

/*
 * File early, enrich later (issue 13): the card reaches the coordinators once the
 * core facts are in, at most 8 answers on the shortest path and 12 on any; a
 * person who stops there has a case with a card; later answers edit that card.
 * The desk loop is stopped and the dispatcher run by hand after every answer, so
 * "no card yet" is a fact about the stream, not about timing.
 */

const start = harnessPerTest();

async function pending(h: Harness): Promise<number> {
  const summary = (await h.redis.call("XPENDING", h.keys.casesStream, STREAM_GROUPS.desk)) as [number, ...unknown[]];
  return Number(summary[0]);
}

/** Every stream entry read and acknowledged: whatever cards or edits it asks for are done. */
async function drain(h: Harness): Promise<void> {
  for (let pass = 0; pass < 10; pass++) {
    const acknowledged = await h.app.desk.dispatcher.pollOnce();
    if (acknowledged === 0 && (await pending(h)) === 0) return;
  }
  throw new Error("the dispatcher kept entries pending");
}

const cards = (h: Harness) => h.deskMessages().filter((m) => m.from.is_bot && /Case [0-9A-Z]{4}-[0-9A-Z]{4}/.test(m.text ?? ""));

/** Counts answers (a multi-choice's ticks and its "done" are one answer) and notes after which one the first card came. */
function counter(h: Harness, person: Person) {
  let answers = 0;
  let cardAfter: number | undefined;
  const answered = async () => {
    answers++;
    await drain(h);
    if (cardAfter === undefined && cards(h).length > 0) cardAfter = answers;
  };
  return {
    tap: async (id: string) => {
      await person.tap(id);
      await answered();
    },
    tick: (id: string) => person.tap(id),
    send: async (text: string) => {
      await person.send(text);
      await answered();
    },
    pin: async (lat: number, lon: number) => {
      await person.location(lat, lon);
      await answered();
    },
    cardAfter: () => cardAfter,
    answers: () => answers,
  };
}

async function begin(h: Harness) {
  await h.app.desk.stop();
  const person = h.person({ id: randomUserId(), language_code: "en" });
  await person.send("/start");
  const count = counter(h, person);
  return { person, count };
}

describe("file early, enrich later", () => {
  it("shortest path: a pin, and the card is in the group after 8 answers, not before", async () => {
    const h = await start();
    const { count } = await begin(h);
    await count.tap("yes");
    await count.tick("injured");
    await count.tap("_done");
    await count.pin(10.5801, 103.5402);
    await count.tap("taken");
    await count.tap("locked_in");
    await count.tap("i_write_first");
    await count.tap("embassy_ngo");
    expect(cards(h)).toHaveLength(0);
    await count.tap("ok");
    expect(count.cardAfter()).toBe(8);
  });

  it("longest path: no pin, typed compound, safe hours: the card after 12 answers", async () => {
    const h = await start();
    const { count } = await begin(h);
    await count.tap("yes");
    await count.tick("hurt_now");
    await count.tap("_done");
    await count.tap("skip");
    await count.tap("kh");
    await count.tap("kh_preah_sihanouk");
    await count.send("Building B3 near the beach");
    await count.tap("taken");
    await count.tap("guarded");
    await count.tap("hours");
    await count.tick("night");
    await count.tap("_done");
    await count.tap("ngo_only");
    expect(cards(h)).toHaveLength(0);
    await count.tap("ok");
    expect(count.cardAfter()).toBe(12);
  });

  it("a person who stops after the core facts has a case and a card; later answers edit that same card", async () => {
    const h = await start();
    const { count } = await begin(h);
    await count.tap("yes");
    await count.tick("none");
    await count.tap("_done");
    await count.pin(10.5801, 103.5402);
    await count.tap("with_me");
    await count.tap("free");
    await count.tap("any_time");
    await count.tap("hotline_only");
    await count.tap("ok");
    // Stopped here: the case exists, its card is posted.
    const [caseId] = await createdCaseIds(h);
    expect(caseId).toBeDefined();
    expect(await h.app.cases.get(caseId!)).toMatchObject({ status: "open" });
    expect(cards(h)).toHaveLength(1);
    const card = cards(h)[0]!;
    expect(card.text).not.toContain("A river and a casino");

    // Later, optional details: the same case, the same card message, edited.
    await count.tap("escaped");
    await count.send("A river and a casino with a red roof");
    await count.tap("yes"); // under 18: the tier rises
    const record = await h.app.cases.get(caseId!);
    expect(answerOf(record!.card, "surroundings")).toMatchObject({ kind: "text", text: "A river and a casino with a red roof" });
    expect(answerOf(record!.card, "minor")).toEqual({ kind: "choice", option: "yes" });
    expect(record!.tier).toBe("critical");
    expect(await createdCaseIds(h)).toEqual([caseId]);
    expect(cards(h)).toHaveLength(1);
    const edited = h.deskMessages().find((m) => m.message_id === card.message_id);
    expect(edited?.text).toContain("A river and a casino with a red roof");
    const edits = h.emulator.calls().filter((c) => c.method === "editMessageText" && c.params.message_id === card.message_id);
    expect(edits.length).toBeGreaterThanOrEqual(1);
  });
});
