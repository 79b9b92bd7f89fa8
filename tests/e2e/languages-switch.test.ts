import { describe, expect, it } from "vitest";
import { answerOf } from "../../src/triage/card.js";
import { harnessPerTest, randomUserId, type Harness, type Person } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { completeTriage, triageToPin } from "../helpers/triage-path.js";
import { createdCaseIds } from "../helpers/cases.js";

const start = harnessPerTest();

async function onlyCase(h: Harness) {
  const created = await createdCaseIds(h);
  expect(created).toHaveLength(1);
  const record = await h.app.cases.get(created[0]!);
  expect(record).toBeDefined();
  return record!;
}

/** Opens /language and taps a language; the picker is then the newest message with buttons. */
async function switchTo(person: Person, locale: string) {
  await person.send("/language");
  const picker = person.lastQuestion();
  expect(picker?.text).toBe(translator.t("en", "language-pick"));
  await person.tap(`lang:${locale}`);
}

describe("changing language", () => {
  it("mid-flow: shows the current question again in the new language and keeps every answer", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId(), language_code: "en" });
    await triageToPin(person);
    await person.tap("skip");
    await person.tap("kh");
    await person.tap("kh_preah_sihanouk");
    await person.tap("otres");
    expect(person.lastQuestion()?.text).toContain(translator.t("en", "q-passport"));
    const before = person.lastQuestion()!;

    await switchTo(person, "th");
    const again = person.lastQuestion()!;
    // The same question (passport), asked anew in Thai, with Thai buttons.
    expect(again.message_id).toBeGreaterThan(before.message_id);
    expect(again.text).toBe(translator.t("th", "q-passport"));
    const labels = again.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toContain(translator.t("th", "opt-passport-taken"));
    // The picker went away once used.
    expect(person.botMessages().some((m) => m.text === translator.t("en", "language-pick"))).toBe(false);

    await person.tap("taken");
    expect(person.lastQuestion()?.text).toBe(translator.t("th", "q-restraint"));
    await person.tap("locked_in");
    await person.tap("i_write_first");
    await person.tap("ngo_only");
    await person.tap("ok");
    await person.tap("inside");
    await person.send("ตึกสีน้ำเงิน มียามที่ประตู");
    await person.tap("no");
    // A multi question with a toggle on, then another switch: the toggle survives it.
    await person.tap("beaten");
    await person.send("/language");
    await person.tap("lang:km");
    const violence = person.lastQuestion()!;
    expect(violence.text?.startsWith(translator.t("km", "q-violence"))).toBe(true);
    const beaten = violence.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.endsWith(":beaten"));
    expect(beaten?.text).toBe(`${translator.t("km", "selected-mark")} ${translator.t("km", "opt-violence-beaten")}`);
    await person.tap("_done");
    await person.tap("no");
    await person.tap("company");
    await person.tap("kh");
    await person.send("3");
    await person.send("ខ្ញុំត្រូវការជំនួយ");

    const record = await onlyCase(harness);
    const card = record.card;
    expect(card.lang).toBe("km");
    // Before the first switch (English)…
    expect(answerOf(card, "safe_now")).toEqual({ kind: "choice", option: "yes" });
    expect(answerOf(card, "danger")).toEqual({ kind: "multi", options: ["injured"] });
    expect(answerOf(card, "country")).toEqual({ kind: "place", id: "kh" });
    expect(answerOf(card, "province")).toEqual({ kind: "place", id: "kh_preah_sihanouk" });
    expect(answerOf(card, "compound")).toEqual({ kind: "place", id: "otres" });
    // …in Thai (before and after filing)…
    expect(answerOf(card, "passport")).toEqual({ kind: "choice", option: "taken" });
    expect(answerOf(card, "restraint")).toEqual({ kind: "choice", option: "locked_in" });
    expect(answerOf(card, "consent")).toEqual({ kind: "choice", option: "ngo_only" });
    expect(answerOf(card, "situation")).toEqual({ kind: "choice", option: "inside" });
    expect(answerOf(card, "surroundings")).toEqual({ kind: "text", text: "ตึกสีน้ำเงิน มียามที่ประตู", lang: "th" });
    expect(answerOf(card, "minor")).toEqual({ kind: "choice", option: "no" });
    // …and across the second switch, in Khmer.
    expect(answerOf(card, "violence")).toEqual({ kind: "multi", options: ["beaten"] });
    expect(answerOf(card, "ransom")).toEqual({ kind: "choice", option: "no" });
    expect(answerOf(card, "phone")).toEqual({ kind: "choice", option: "company" });
    expect(answerOf(card, "nationality")).toEqual({ kind: "place", id: "kh" });
    expect(answerOf(card, "others_count")).toEqual({ kind: "number", value: 3 });
    expect(answerOf(card, "notes")).toEqual({ kind: "text", text: "ខ្ញុំត្រូវការជំនួយ", lang: "km" });
    expect(card.flags).toEqual(expect.arrayContaining(["injured", "passport_retained", "company_phone", "locked_in", "beaten"]));
    // The closing line is in the last language, and names no reference.
    expect(person.lastText()).toBe(translator.t("km", "end-sent"));
    expect(person.lastText()).not.toContain(record.id);
  });

  it("from the language buttons of the first welcome message", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId(), language_code: "en" });
    await person.send("/start");
    const [welcome] = person.botMessages();
    expect(welcome?.text).toBe(translator.t("en", "welcome"));
    const first = person.lastQuestion()!;
    expect(first.text).toContain(translator.t("en", "q-safe-now"));

    await person.press(welcome!.message_id, "lang:km");
    const shown = person.lastQuestion()!;
    expect(shown.message_id).toBeGreaterThan(first.message_id);
    expect(shown.text).toBe(`${translator.t("km", "q-safe-now")}\n\n${translator.t("km", "hint-safe-now")}`);
    await person.tap("yes");
    expect(person.lastQuestion()?.text?.startsWith(translator.t("km", "q-danger"))).toBe(true);
    await person.tap("none");
    await person.tap("_done");
    expect(person.lastQuestion()?.text).toBe(`${translator.t("km", "q-location")}\n\n${translator.t("km", "hint-location")}`);

    // The choice sticks: a later /start resumes in Khmer, without the welcome again.
    const welcomes = () => person.botMessages().filter((m) => m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("lang:"))).length;
    const count = welcomes();
    await person.send("/start");
    expect(person.lastQuestion()?.text).toBe(`${translator.t("km", "q-location")}\n\n${translator.t("km", "hint-location")}`);
    expect(welcomes()).toBe(count);
    await person.send("/new");
    await completeTriage(person);
    const record = await onlyCase(harness);
    expect(record.card.lang).toBe("km");
  });
  it.each([
    ["discreet mode on", false],
    ["discreet mode off", true],
  ])("mid-question (%s): only one copy of the current question stays in the chat, after /language and after /start", async (_label, discreetOff) => {
    const harness = await start();
    const person = harness.person({ id: randomUserId(), language_code: "en" });
    if (discreetOff) await person.send("/discreet");
    await triageToPin(person);
    await person.tap("skip");
    await person.tap("kh");
    await person.tap("kh_preah_sihanouk");
    await person.tap("otres");
    const asked = (key: string) => person.botMessages().filter((m) => ["en", "th", "km"].some((l) => m.text?.startsWith(translator.t(l, key))));
    expect(asked("q-passport")).toHaveLength(1);

    await switchTo(person, "th");
    expect(asked("q-passport").map((m) => m.text)).toEqual([translator.t("th", "q-passport")]);
    await person.send("/start");
    expect(asked("q-passport")).toHaveLength(1);
    await person.send("/language");
    await person.tap("lang:km");
    expect(asked("q-passport").map((m) => m.text)).toEqual([translator.t("km", "q-passport")]);
    // The one left is the live one: answering it moves on.
    await person.tap("taken");
    expect(person.lastQuestion()?.text).toBe(translator.t("km", "q-restraint"));
  });

  it("/new after /language asks the first question once: one copy on screen", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId(), language_code: "en" });
    await person.send("/start");
    await switchTo(person, "vi");
    await person.send("/new");
    const first = (m: { text?: string }) => m.text?.startsWith(translator.t("vi", "q-safe-now")) || m.text?.startsWith(translator.t("en", "q-safe-now"));
    expect(person.botMessages().filter(first)).toHaveLength(1);
    expect(person.lastQuestion()?.text?.startsWith(translator.t("vi", "q-safe-now"))).toBe(true);
  });
});
