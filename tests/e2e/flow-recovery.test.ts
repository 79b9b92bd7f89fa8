import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { answerOf } from "../../src/triage/card.js";
import { harnessPerTest, randomUserId, type Harness, type Person } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { completeTriage } from "../helpers/triage-path.js";
import { createdCaseIds as createdCases } from "../helpers/cases.js";

const start = harnessPerTest();

/**
 * The error boundary answers the button of a failed update, which the flow had already
 * answered: Telegram refuses the second answer. Only tests that make an update fail on purpose declare it.
 */
const allowSecondAnswer = (h: Harness) => h.allowRejected((call) => call.method === "answerCallbackQuery" && /query is too old/.test(call.description ?? ""));

const failures = (h: Harness) => h.logs.filter((line) => line.includes('"update failed"'));
const errorNotices = (person: Person, locale = "en") => person.botMessages().filter((m) => m.text === translator.t(locale, "error-try-again"));
const hasButton = (person: Person, data: string) =>
  person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === data) ?? false;


/**
 * Makes the next Lua script call whose first key satisfies `match` fail once,
 * as a brief Redis failure would (the other calls go through untouched).
 */
/** Fails the next `times` matching script calls; the person gate retries a failed save once, so a lasting outage takes two. */
function failScript(redis: Redis, match: (firstKey: string, keyCount: number) => boolean, times = 1): { fired: () => boolean } {
  const original = redis.evalsha.bind(redis) as (...args: unknown[]) => Promise<unknown>;
  let left = times;
  (redis as unknown as { evalsha: (...args: unknown[]) => Promise<unknown> }).evalsha = (...args: unknown[]) => {
    if (left > 0 && match(String(args[2]), Number(args[1]))) {
      left--;
      return Promise.reject(new Error("Connection is closed."));
    }
    return original(...args);
  };
  return { fired: () => left === 0 };
}

async function toLocation(person: Person) {
  await person.send("/start");
  await person.tap("yes");
  await person.tap("none");
  await person.tap("_done");
  expect(hasButton(person, "f:location:skip")).toBe(true);
}

async function toCountry(person: Person) {
  await toLocation(person);
  await person.tap("skip");
  expect(hasButton(person, "p:country:kh")).toBe(true);
}

/** Past the core facts and filing, to the first question that takes typing. */
async function toSurroundings(person: Person) {
  await toCountry(person);
  for (const id of ["kh", "kh_preah_sihanouk", "otres", "with_me", "free", "any_time", "hotline_only", "ok", "inside"]) await person.tap(id);
  expect(hasButton(person, "f:surroundings:skip")).toBe(true);
}

describe("the triage recovers from errors without losing the person's answer", () => {
  it("double-tapping “change” on the summary shows the list once and the triage goes on", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person, { confirm: false });
    const summary = person.lastQuestion()!;
    // The second tap asks Telegram for the list the message already shows.
    harness.allowRejected((call) => call.method === "editMessageText" && /message is not modified/.test(call.description ?? ""));
    await person.press(summary.message_id, "c:summary:edit");
    await person.press(summary.message_id, "c:summary:edit");
    expect(errorNotices(person)).toEqual([]);
    expect(hasButton(person, "e:summary:passport")).toBe(true);
    await person.tap("passport");
    await person.tap("with_me");
    await person.tap("ok");
    const [caseId] = await createdCases(harness);
    expect(answerOf((await harness.app.cases.get(caseId!))!.card, "passport")).toEqual({ kind: "choice", option: "with_me" });
    expect(failures(harness)).toEqual([]);
  });

  it("an edit Telegram refuses (message gone or too old) sends the next question as a new message", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await toCountry(person);
    const country = person.lastQuestion()!;
    harness.emulator.failNext("editMessageText", { error_code: 400, description: "Bad Request: message to edit not found" });
    await person.tap("kh");
    expect(errorNotices(person)).toEqual([]);
    expect(person.lastQuestion()!.message_id).toBeGreaterThan(country.message_id);
    expect(hasButton(person, "p:province:kh_preah_sihanouk")).toBe(true);
    await person.tap("kh_preah_sihanouk");
    expect(hasButton(person, "p:compound:otres")).toBe(true);
    expect(failures(harness)).toEqual([]);
  });

  it("a 429 on the next question is no error: the question comes late, and nothing asks the person to send again", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId(), language_code: "vi" });
    await toCountry(person);
    const country = person.lastQuestion()!;
    harness.emulator.failNext("editMessageText", { error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1 });
    const tapped = Date.now();
    await person.tap("kh");
    expect(errorNotices(person)).toEqual([]);
    expect(hasButton(person, "p:province:kh_preah_sihanouk")).toBe(true);
    // The scheduler waited out retry_after before calling into the chat again, then sent it once.
    expect(Date.now() - tapped).toBeGreaterThanOrEqual(1000);
    expect(harness.emulator.calls("editMessageText").filter((c) => c.errorCode === 429)).toHaveLength(1);
    expect(person.lastQuestion()!.message_id).toBe(country.message_id);
    await person.tap("kh_preah_sihanouk");
    await person.tap("otres");
    expect(hasButton(person, "f:passport:taken")).toBe(true);
  });

  it("a typed answer whose next question met a 429 is answered once, late, without an error notice", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await toSurroundings(person);
    harness.emulator.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", retry_after: 1 });
    await person.send("Blue tower by the sea");
    expect(errorNotices(person)).toEqual([]);
    expect(hasButton(person, "f:minor:no")).toBe(true);
    await person.tap("no");
    expect(hasButton(person, "m:violence:beaten")).toBe(true);
  });

  it("a failed save after a question was turned into the next: the person is asked that question again, not stuck", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await toCountry(person);
    const country = person.lastQuestion()!;
    const pseudonym = createPseudonymizer(harness.config.pseudonymSecret ?? "")("chat", person.chat.id);
    allowSecondAnswer(harness);
    const outage = failScript(harness.redis, (key) => key === harness.keys.chatLock(pseudonym), 2);
    await person.tap("kh");
    expect(outage.fired()).toBe(true);
    // The message already shows the next question, but the step was not saved.
    expect(hasButton(person, "p:province:kh_preah_sihanouk")).toBe(true);
    expect(person.lastText()).toBe(translator.t("en", "error-try-again"));

    await person.tap("kh_preah_sihanouk");
    // The question the flow is really at comes back on the same message.
    expect(person.lastQuestion()?.message_id).toBe(country.message_id);
    expect(hasButton(person, "p:country:kh")).toBe(true);
    await person.tap("kh");
    await person.tap("kh_preah_sihanouk");
    await person.tap("otres");
    expect(hasButton(person, "f:passport:taken")).toBe(true);
  });

  it("a single failed save is retried: the answer is kept and the person is never told to try again", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await toCountry(person);
    const pseudonym = createPseudonymizer(harness.config.pseudonymSecret ?? "")("chat", person.chat.id);
    const blip = failScript(harness.redis, (key) => key === harness.keys.chatLock(pseudonym), 1);
    await person.tap("kh");
    expect(blip.fired()).toBe(true);
    expect(person.botMessages().map((m) => m.text)).not.toContain(translator.t("en", "error-try-again"));
    // Saved: the next answer goes on from the province question.
    await person.tap("kh_preah_sihanouk");
    expect(hasButton(person, "p:compound:otres")).toBe(true);
  });

  it("a brief Redis failure while filing: pressing “send” again files the case once", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person, { confirm: false });
    const summary = person.lastQuestion()!;
    allowSecondAnswer(harness);
    const outage = failScript(harness.redis, (key, count) => count === 6 && key.startsWith(`${harness.namespace}:case:{`));
    await person.press(summary.message_id, "c:summary:ok");
    expect(outage.fired()).toBe(true);
    expect(person.lastText()).toBe(translator.t("en", "error-try-again"));
    expect(await createdCases(harness)).toEqual([]);

    await person.press(summary.message_id, "c:summary:ok");
    const cases = await createdCases(harness);
    expect(cases).toHaveLength(1);
    // Filed: the optional questions follow, and no reference is shown (that is for /ref).
    expect(hasButton(person, "f:situation:inside")).toBe(true);
    expect(person.lastText()).not.toContain(cases[0]);
  });

  it("a failed save right after filing: the case stands, and pressing “send” again goes on with the same case", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person, { confirm: false });
    const summary = person.lastQuestion()!;
    const pseudonym = createPseudonymizer(harness.config.pseudonymSecret ?? "")("chat", person.chat.id);
    allowSecondAnswer(harness);
    const outage = failScript(harness.redis, (key) => key === harness.keys.chatLock(pseudonym), 2);
    await person.press(summary.message_id, "c:summary:ok");
    expect(outage.fired()).toBe(true);
    const [caseId] = await createdCases(harness);
    expect(caseId).toBeDefined();
    // The step was not saved: the same "send" files nothing new and the optional questions follow.
    // The message shows that question already, so Telegram answers the edit "not modified" (done).
    harness.allowRejected((c) => c.method === "editMessageText" && (c.description ?? "").includes("message is not modified"));
    await person.press(summary.message_id, "c:summary:ok");
    expect(await createdCases(harness)).toEqual([caseId]);
    expect(hasButton(person, "f:situation:inside")).toBe(true);
    await person.tap("inside");
    expect(hasButton(person, "f:surroundings:skip")).toBe(true);
    expect(person.botMessages().filter((m) => m.text === translator.t("en", "reask-use-buttons"))).toEqual([]);
  });
});

describe("edited messages and live locations", () => {
  async function pushEdit(h: Harness, person: Person, messageId: number, fields: { location?: { latitude: number; longitude: number }; text?: string }) {
    h.expectUpdates(1);
    h.emulator.pushUpdate({
      edited_message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000) - 60,
        edit_date: Math.floor(Date.now() / 1000),
        chat: { id: person.chat.id, type: "private", first_name: person.from.first_name },
        from: person.from,
        ...(fields.location ? { location: { ...fields.location, live_period: 3600 } } : {}),
        ...(fields.text !== undefined ? { text: fields.text } : {}),
      },
    });
    await h.settle();
  }

  it("a live location answers the location question once; its updates afterwards make no sound", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await toLocation(person);
    const pin = await person.location(10.5801, 103.5402);
    expect(hasButton(person, "f:passport:taken")).toBe(true);
    const sent = harness.emulator.calls("sendMessage").length;
    const edited = harness.emulator.calls("editMessageText").length;
    for (let i = 1; i <= 5; i++) await pushEdit(harness, person, pin.message_id, { location: { latitude: 10.5801 + i / 1e4, longitude: 103.5402 } });
    expect(harness.emulator.calls("sendMessage")).toHaveLength(sent);
    expect(harness.emulator.calls("editMessageText")).toHaveLength(edited);

    // The triage goes on.
    await person.tap("taken");
    expect(hasButton(person, "f:restraint:free")).toBe(true);
    expect(failures(harness)).toEqual([]);
  });

  it("a live location shared early answers the location question when it comes", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    const pin = await person.location(10.6, 103.5);
    // Sent while the danger buttons are on screen: said once.
    expect(person.lastText()).toBe(translator.t("en", "reask-use-buttons"));
    const quiet = person.botMessages().length;
    await pushEdit(harness, person, pin.message_id, { location: { latitude: 10.61, longitude: 103.5 } });
    expect(person.botMessages()).toHaveLength(quiet);
    await person.tap("none");
    await person.tap("_done");
    expect(hasButton(person, "f:location:skip")).toBe(true);
    await pushEdit(harness, person, pin.message_id, { location: { latitude: 10.62, longitude: 103.51 } });
    expect(hasButton(person, "f:passport:taken")).toBe(true);
  });

  it("editing an earlier answer gets no reply", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await toSurroundings(person);
    // Discreet mode deletes the answer from the chat; the person can still have it open to edit.
    const typed = await person.send("Blue tower by the sea");
    const before = person.botMessages().length;
    const sent = harness.emulator.calls("sendMessage").length;
    await pushEdit(harness, person, typed.message_id, { text: "Blue tower by the river" });
    await pushEdit(harness, person, typed.message_id, { text: "Blue tower by the river, 12 floors" });
    expect(person.botMessages()).toHaveLength(before);
    expect(harness.emulator.calls("sendMessage")).toHaveLength(sent);
    expect(hasButton(person, "f:minor:no")).toBe(true);
  });
});

describe("invisible answers", () => {
  it("an answer made only of zero-width or blank characters is asked again", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId() });
    await toSurroundings(person);
    for (const invisible of ["\u200b\u200b", "\u2060\ufeff\u200d", "\u3164", "\u2800 \u200c"]) {
      await person.send(invisible);
      expect(person.lastText()).toBe(translator.t("en", "reask-empty"));
    }
    await person.send("\u200bBlue tower\u200b");
    expect(hasButton(person, "f:minor:no")).toBe(true);
  });
});
