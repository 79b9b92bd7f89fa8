import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUserId, startHarness, type Harness } from "../helpers/harness.js";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

const failures = () => harness.logs.filter((line) => line.includes('"update failed"'));

describe("garbage input gets a calm re-ask and loses nothing", () => {
  it("answers stickers, voice, photos, edits, long texts and forged buttons without moving on", async () => {
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    const danger = person.lastQuestion()!;

    for (const kind of ["sticker", "voice", "photo", "document"] as const) {
      await person.media(kind);
      expect(person.lastText()).toMatch(/cannot read this kind of message/i);
    }
    await person.send("x".repeat(10_000));
    expect(person.lastText()).toMatch(/tap one of the buttons/i);
    await person.press(danger.message_id, "f:passport:taken");
    expect(person.lastText()).toMatch(/earlier question/i);
    await person.press(danger.message_id, "totally-forged-\u0000-data");
    await person.press(danger.message_id, "");
    await person.send("I am not sure");
    expect(person.lastText()).toMatch(/tap one of the buttons/i);
    const typed = person.messages().filter((m) => !m.from.is_bot).at(-1)!;
    harness.expectUpdates(1);
    harness.emulator.editText(person.chat, typed.message_id, "I am not sure, edited");
    await harness.settle();
    expect(person.lastText()).toMatch(/cannot read this kind of message/i);

    // Still on the same question, which still works.
    expect(person.lastQuestion()?.message_id).toBe(danger.message_id);
    await person.tap("none");
    await person.tap("_done");
    expect(person.lastQuestion()?.text).toMatch(/location/i);
    expect(failures()).toEqual([]);
  });

  it("a 10 kB answer to a text question is refused with the limit, then a short one is taken", async () => {
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    await person.tap("none");
    await person.tap("_done");
    await person.tap("skip");
    await person.tap("dont_know");
    await person.tap("dont_know");
    await person.tap("dont_know");
    await person.tap("any_time");
    await person.tap("hotline_only");
    await person.tap("ok");
    await person.tap("inside");
    await person.send("y".repeat(10_000));
    expect(person.lastText()).toMatch(/1,?000/);
    await person.send("A small room with many desks");
    expect(person.lastQuestion()?.text).toMatch(/under 18/i);
    expect(failures()).toEqual([]);
  });

  it("random update sequences never crash the bot and every update gets an answer", async () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant("text" as const), text: fc.oneof(fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim().length > 0), fc.constant("z".repeat(5000)), fc.constantFrom("/start", "/help", "/language", "/discreet", "12", "hello")) }),
      fc.record({ type: fc.constant("media" as const), kind: fc.constantFrom("sticker", "voice", "photo", "video", "animation", "contact") }),
      fc.record({ type: fc.constant("forged" as const), data: fc.oneof(fc.string({ maxLength: 64 }), fc.constantFrom("f:passport:taken", "m:danger:_done", "p:country:xx", "c:summary:ok", "e:summary:safe_now", "lang:xx")) }),
      fc.record({ type: fc.constant("tap" as const), index: fc.nat(20) }),
      fc.record({ type: fc.constant("location" as const), lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 10 }), async (actions) => {
        const person = harness.person({ id: randomUserId() });
        await person.send("/start");
        // Calls into this person's chat; the bot's own getUpdates polling must not count as an answer.
        const toChat = () => harness.emulator.calls().filter((c) => Number(c.params.chat_id) === person.chat.id).length;
        for (const a of actions) {
          const callsBefore = toChat();
          const question = person.lastQuestion();
          if (a.type === "text") await person.send(a.text);
          else if (a.type === "media") await person.media(a.kind);
          else if (a.type === "location") await person.location(a.lat, a.lon);
          else {
            const buttons = question?.reply_markup?.inline_keyboard.flat() ?? [];
            const pick = buttons[a.type === "tap" ? a.index % Math.max(buttons.length, 1) : 0];
            const data = a.type === "forged" ? a.data : pick && "callback_data" in pick ? pick.callback_data : "none";
            const queryId = await person.press(question?.message_id ?? 1, data);
            // A button press, real or forged, is always answered (or the person's button spins).
            expect(harness.emulator.callbackAnswers().filter((x) => x.callback_query_id === queryId), `callback ${JSON.stringify(data)} answered`).toHaveLength(1);
            continue;
          }
          // Every message is answered in the person's chat: a message, an edit or a deletion.
          expect(toChat(), `no answer in the chat to ${JSON.stringify(a)}`).toBeGreaterThan(callsBefore);
        }
        expect(failures()).toEqual([]);
      }),
      { numRuns: 20 },
    );
  });
});
