import { describe, expect, it } from "vitest";
import { harnessPerTest, randomUserId, type Harness, type Person } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { answerDetails, completeTriage } from "../helpers/triage-path.js";

const start = harnessPerTest();

async function filedCaseId(h: Harness): Promise<string> {
  const entries = await h.redis.xrange(h.keys.casesStream, "-", "+");
  const created = entries.filter(([, f]) => f[f.indexOf("event") + 1] === "created");
  expect(created).toHaveLength(1);
  const fields = created[0]![1];
  return fields[fields.indexOf("caseId") + 1]!;
}

/** Any triage question (a flow button) the bot showed after `sinceId`. */
function triageQuestionsAfter(person: Person, sinceId: number) {
  return person
    .botMessages()
    .filter((m) => m.message_id > sinceId)
    .filter((m) => m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && /^[fmpce]:/.test(b.callback_data)));
}

const failures = (h: Harness) => h.logs.filter((line) => line.includes('"update failed"'));

/** Whether the coordinators' chat received a message holding `text`. */
const reachedDesk = (h: Harness, text: string) => h.deskMessages().some((m) => m.text?.includes(text));

describe("after a case is filed", () => {
  it("a language pick only changes the language: no new triage, and later messages still reach the team", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId(), language_code: "en" });
    await completeTriage(person);
    const caseId = await filedCaseId(harness);
    const closing = person.botMessages().at(-1)!;

    await person.send("/language");
    await person.tap("lang:th");
    expect(triageQuestionsAfter(person, closing.message_id)).toEqual([]);
    // Confirmed in the new language, with the reference and what happens now.
    expect(person.lastText()).toBe(translator.t("th", "case-open-info"));
    // The picker went away once used.
    expect(person.botMessages().some((m) => m.text === translator.t("en", "language-pick"))).toBe(false);

    await person.send("Are you there? We were moved to another building");
    expect(reachedDesk(harness, "We were moved to another building")).toBe(true);
    expect(person.lastText()).toBe(translator.t("th", "desk-person-ack"));
    expect(triageQuestionsAfter(person, closing.message_id)).toEqual([]);
    expect(failures(harness)).toEqual([]);
  });

  it("an old triage button gets the stale-button answer and starts nothing", async () => {
    const harness = await start();
    const chatId = randomUserId();
    const person = harness.person({ id: chatId, language_code: "en" });
    await person.send("/start");
    const first = person.lastQuestion()!;
    await completeTriage(person, { start: "/start", confirm: false });
    const summary = person.lastQuestion()!;
    await person.tap("ok");
    await answerDetails(person);
    await filedCaseId(harness);
    const closing = person.botMessages().at(-1)!;

    for (const [messageId, data] of [
      [first.message_id, "f:safe_now:yes"],
      [summary.message_id, "c:summary:ok"],
      [summary.message_id, "c:summary:edit"],
    ] as const) {
      const answers = harness.emulator.callbackAnswers().length;
      await person.press(messageId, data);
      const answer = harness.emulator.callbackAnswers().at(-1);
      expect(harness.emulator.callbackAnswers()).toHaveLength(answers + 1);
      expect(answer?.text).toBe(translator.t("en", "reask-stale-button"));
    }
    expect(triageQuestionsAfter(person, closing.message_id)).toEqual([]);
    // Nothing new in the chat: a quiet answer on the button only.
    expect(person.botMessages().at(-1)?.message_id).toBe(closing.message_id);
    // A question left on screen after filing (a crash took its delete and its id): pressed, it goes.
    const orphan = await harness.app.bot.api.sendMessage(chatId, translator.t("en", "q-passport"), {
      reply_markup: { inline_keyboard: [[{ text: "x", callback_data: "f:passport:taken" }]] },
    });
    await person.press(orphan.message_id, "f:passport:taken");
    await harness.emulator.waitFor(() => harness.emulator.deleted(chatId).includes(orphan.message_id));
    expect(harness.emulator.callbackAnswers().at(-1)?.text).toBe(translator.t("en", "reask-stale-button"));
    // Still one case.
    await filedCaseId(harness);

    await person.send("Please tell my sister I am alive");
    expect(reachedDesk(harness, "Please tell my sister I am alive")).toBe(true);
    expect(person.lastText()).toBe(translator.t("en", "desk-person-ack"));
    expect(failures(harness)).toEqual([]);
  });

  it("/new still starts another report, and its language can be changed mid-way", async () => {
    const harness = await start();
    const person = harness.person({ id: randomUserId(), language_code: "en" });
    await completeTriage(person);
    await filedCaseId(harness);
    await person.send("/new");
    await person.tap("yes");
    expect(person.lastQuestion()?.text?.startsWith(translator.t("en", "q-danger"))).toBe(true);
    await person.send("/language");
    await person.tap("lang:vi");
    expect(person.lastQuestion()?.text?.startsWith(translator.t("vi", "q-danger"))).toBe(true);
  });
});
