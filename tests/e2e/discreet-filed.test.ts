import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadNeutralWords, neutralWordIn } from "../../src/i18n/neutral-words.js";
import { buttonData, cardsOf } from "../desk/support.js";
import { caseIdOfUser } from "../helpers/cases.js";
import { COORDINATORS, randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { answerDetails, completeTriage } from "../helpers/triage-path.js";

/**
 * Issue 13, "nothing readable after filing": a phone read by a captor after a
 * full triage in discreet mode (the default) shows at most one bot message,
 * none of the person's, and no case reference or word of a report.
 */

const [ALICE] = COORDINATORS as [number, number];
const MINUTE = 60_000;
const neutral = (await loadNeutralWords(join(import.meta.dirname, "../../locales")))!;

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe("after a full triage in discreet mode", () => {
  it.each([
    ["en", "en"],
    ["vi", "vi"],
    ["zh-Hans", "zh-CN"],
  ])("%s: at most one bot message and none of the person's remain, with no reference and no word of a report", async (locale, phone) => {
    const h = (harness = await startHarness());
    const person = h.person({ id: randomUserId(), language_code: phone });
    await completeTriage(person);
    const caseId = await caseIdOfUser(h, person.from.id);
    expect(caseId).toBeDefined();

    const left = person.botMessages();
    expect(left.length).toBeLessThanOrEqual(1);
    expect(person.messages().filter((m) => !m.from.is_bot)).toEqual([]);
    const text = left[0]?.text ?? "";
    expect(text).toBe(translator.t(locale, "end-sent"));
    expect(text).not.toContain(caseId!);
    expect(neutralWordIn(text, neutral.words[locale]!, locale)).toBeUndefined();
  });
});

describe("the check before filing", () => {
  it("shows only the core facts, and is gone once answered", async () => {
    const h = (harness = await startHarness());
    const person = h.person({ id: randomUserId() });
    await completeTriage(person, { confirm: false });
    const check = person.lastQuestion()!;
    const label = (field: string) => `• ${translator.t("en", `field-${field}`)}`;
    for (const core of ["danger", "country", "province", "compound", "passport", "restraint", "contact-window", "consent"]) expect(check.text).toContain(label(core));
    for (const detail of ["situation", "surroundings", "minor", "violence", "ransom", "phone", "nationality", "others-count", "notes"]) expect(check.text).not.toContain(label(detail));
    await person.tap("ok");
    await answerDetails(person);
    expect(person.botMessages().some((m) => m.text?.startsWith(translator.t("en", "q-summary")))).toBe(false);
  });
});

describe("the reference, only on /ref", () => {
  it("is shown on request, the asking goes at once, and the answer is deleted after 60 s, across a restart", async () => {
    let now = Date.now();
    const h = (harness = await startHarness({ clock: () => now }));
    const person = h.person({ id: randomUserId() });
    await completeTriage(person);
    const caseId = (await caseIdOfUser(h, person.from.id))!;
    const asked = await person.send("/ref");
    const shown = person.botMessages().at(-1)!;
    expect(shown.text).toBe(translator.t("en", "case-reference", { ref: caseId }));
    expect(h.emulator.deleted(person.chat.id)).toContain(asked.message_id);

    // Not yet: a tick before the minute is up leaves it.
    now += 30_000;
    await h.app.desk.tick();
    expect(person.botMessages().map((m) => m.message_id)).toContain(shown.message_id);

    // The bot restarts in between: the pending delete is in Redis, not in a timer.
    const { namespace, emulator } = h;
    await h.stop({ keepEmulator: true });
    harness = await startHarness({ namespace, emulator, clock: () => now });
    now += 31_000;
    await harness.app.desk.tick();
    expect(emulator.deleted(person.chat.id)).toContain(shown.message_id);
    expect(person.botMessages().map((m) => m.text)).toEqual([translator.t("en", "end-sent")]);
  });
});

describe("team messages in discreet mode", () => {
  it("go once the person answers (their own words too, once relayed), or unanswered after DISCREET_TEAM_MINUTES", async () => {
    let now = Date.now();
    const h = (harness = await startHarness({ clock: () => now, env: { DISCREET_TEAM_MINUTES: "15" } }));
    const person = h.person({ id: randomUserId() });
    await completeTriage(person, { contact: "any_time" });
    const caseId = (await caseIdOfUser(h, person.from.id))!;
    const card = await h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Claim/));
    const onScreen = () => person.messages().map((m) => m.message_id);

    await alice.send("Are you safe right now?", card.message_id);
    const team = person.botMessages().at(-1)!;
    expect(team.text).toContain("Are you safe right now?");

    // The person answers: their words reach the team and leave their chat, and so does the team's message.
    const written = await person.send("Yes, for now");
    expect(h.deskMessages().some((m) => m.text?.includes("Yes, for now"))).toBe(true);
    expect(onScreen()).not.toContain(written.message_id);
    expect(onScreen()).not.toContain(team.message_id);
    const ack = person.botMessages().at(-1)!;
    expect(ack.text).toBe(translator.t("en", "desk-person-ack"));
    expect(person.messages().filter((m) => !m.from.is_bot)).toEqual([]);

    // Unanswered: still there before the set time, gone after it.
    await alice.send("We will write again tonight.", card.message_id);
    const unanswered = person.botMessages().at(-1)!;
    now += 14 * MINUTE;
    await h.app.desk.tick();
    expect(onScreen()).toContain(unanswered.message_id);
    now += 2 * MINUTE;
    await h.app.desk.tick();
    expect(onScreen()).not.toContain(unanswered.message_id);
    // What stays is neutral: the closing line and the newest note.
    for (const m of person.botMessages()) {
      expect(m.text).not.toContain(caseId);
      expect(neutralWordIn(m.text ?? "", neutral.words.en!, "en")).toBeUndefined();
    }
  });
});
