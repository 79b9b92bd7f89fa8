import { afterEach, describe, expect, it } from "vitest";
import { translator } from "../helpers/translator.js";
import { answerOf } from "../../src/triage/card.js";
import { startHarness, randomUserId, type Harness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function streamEntries(h: Harness) {
  const entries = await h.redis.xrange(h.keys.casesStream, "-", "+");
  return entries.map(([, fields]) => {
    const map = new Map<string, string>();
    for (let i = 0; i < fields.length; i += 2) map.set(fields[i]!, fields[i + 1]!);
    return map;
  });
}

describe("triage end to end over the Bot API emulator", () => {
  it("takes a person from /start to a confirmed case in English", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId(), language_code: "en" });
    await completeTriage(person, { minor: "yes", notes: "My friend is also here" });

    const created = (await streamEntries(harness)).filter((e) => e.get("event") === "created");
    expect(created).toHaveLength(1);
    const caseId = created[0]!.get("caseId")!;
    const record = await harness.app.cases.get(caseId);
    expect(record?.status).toBe("open");
    expect(record?.tier).toBe("critical");
    const card = record!.card;
    expect(card.lang).toBe("en");
    expect(card.flags).toEqual(expect.arrayContaining(["minor", "injured", "passport_retained", "locked_in", "beaten", "electric_shocks", "ransom_demanded"]));
    expect(card.indicators).toEqual(expect.arrayContaining(["retention_of_identity_documents", "restriction_of_movement", "physical_and_sexual_violence"]));
    expect(answerOf(card, "passport")).toEqual({ kind: "choice", option: "taken" });
    expect(answerOf(card, "province")).toEqual({ kind: "place", id: "kh_preah_sihanouk" });
    expect(answerOf(card, "compound")).toEqual({ kind: "place", id: "otres" });
    expect(answerOf(card, "ransom_amount")).toEqual({ kind: "number", value: 15000 });
    expect(answerOf(card, "others_count")).toEqual({ kind: "number", value: 12 });
    expect(answerOf(card, "notes")).toEqual({ kind: "text", text: "My friend is also here", lang: "en" });
    // No pin on this path (the lists instead).
    expect(card.location).toBeUndefined();

    // The person's last message is neutral: no reference, nothing about the case.
    expect(person.lastText()).not.toContain(caseId);
    expect(person.lastText()).not.toMatch(/passport|ransom|Otres|team|case|report|help/i);
  });

  it("takes a person from /start to a confirmed case in Simplified Chinese", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId(), language_code: "zh-CN" });
    await person.send("/start");
    expect(person.lastQuestion()?.text).toMatch(/[\u4e00-\u9fff]/);
    await completeTriage(person, { start: "你好", nationality: "cn", surroundings: "楼很高，门口有保安" });
    const [created] = (await streamEntries(harness)).filter((e) => e.get("event") === "created");
    const record = await harness.app.cases.get(created!.get("caseId")!);
    expect(record?.card.lang).toBe("zh-Hans");
    expect(answerOf(record!.card, "nationality")).toEqual({ kind: "place", id: "cn" });
    expect(answerOf(record!.card, "surroundings")).toEqual({ kind: "text", text: "楼很高，门口有保安", lang: "zh-Hans" });
    expect(person.lastText()).toMatch(/[\u4e00-\u9fff]/);
  });

  it("/start after filing says the answers are in (neutrally, no reference) instead of asking everything again; /new starts another", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person);
    const [created] = (await streamEntries(harness)).filter((e) => e.get("event") === "created");
    await person.send("/start");
    expect(person.lastText()).not.toContain(created!.get("caseId")!);
    expect(person.lastText()).toBe(translator.t("en", "case-open-info"));
    await person.send("/new");
    expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "f:safe_now:yes")).toBe(true);
  });

  it("files one case even when the confirmation is pressed twice", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person, { confirm: false });
    const summary = person.lastQuestion()!;
    const ok = summary.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && b.callback_data.endsWith(":ok"));
    const data = ok && "callback_data" in ok ? ok.callback_data : "";
    await person.press(summary.message_id, data);
    await person.press(summary.message_id, data);
    const created = (await streamEntries(harness)).filter((e) => e.get("event") === "created");
    expect(created).toHaveLength(1);
  });

  it("resumes at the same question after the bot process restarts", async () => {
    harness = await startHarness();
    const namespace = harness.namespace;
    const emulator = harness.emulator;
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    await person.tap("none");
    await person.tap("_done");
    await person.tap("skip");
    const before = person.lastQuestion()!;
    expect(before.text).toMatch(/country/i);
    await harness.stop({ keepEmulator: true });

    harness = await startHarness({ namespace, emulator });
    const again = harness.person({ id: person.from.id });
    // The question on screen still works: pressing it continues the same triage.
    await again.press(before.message_id, "p:country:kh");
    const next = again.lastQuestion()!;
    // Discreet mode turns the answered question into the next one.
    expect(next.message_id).toBe(before.message_id);
    expect(next.text).not.toBe(before.text);
    expect(next.text).toMatch(/province|city/i);
    expect(next.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "p:province:kh_preah_sihanouk")).toBe(true);
  });
});
