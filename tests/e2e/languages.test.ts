import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadFlowBundle } from "../../src/flow/load.js";
import type { FlowBundle } from "../../src/flow/types.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { answerOf } from "../../src/triage/card.js";
import type { EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { createdCaseIds as caseIds } from "../helpers/cases.js";

const root = join(import.meta.dirname, "../..");
const translator = createTranslator({ localesDir: join(root, "locales") });

/** Each locale, reached through a `language_code` a Telegram client really sends (or close to it). */
const PEOPLE: [locale: string, languageCode: string, surroundings: string][] = [
  ["en", "en-GB", "Tall blue building near the beach"],
  ["zh-Hans", "zh", "楼很高，门口有保安"],
  ["zh-Hant", "zh-TW", "樓很高，門口有保安"],
  ["vi", "vi", "Tòa nhà cao màu xanh gần biển"],
  ["th", "th", "ตึกสูงสีฟ้าใกล้ทะเล"],
  ["id", "id", "Gedung tinggi biru dekat pantai"],
  ["ms", "ms-MY", "Bangunan tinggi biru dekat pantai"],
  ["tl", "fil", "Matangkad na asul na gusali malapit sa dagat"],
  ["my", "my", "ပင်လယ်နားက အပြာရောင် အဆောက်အအုံ"],
  ["lo", "lo", "ຕຶກສູງສີຟ້າໃກ້ທະເລ"],
  ["km", "km", "អគារខ្ពស់ពណ៌ខៀវជិតសមុទ្រ"],
  ["ko", "ko-KR", "바닷가 근처 높은 파란 건물"],
  ["ja", "ja", "海の近くの高い青い建物"],
  ["hi", "hi-IN", "समुद्र के पास ऊँची नीली इमारत"],
  ["ru", "ru-RU", "Высокое синее здание у моря"],
  ["sw", "sw", "Jengo refu la buluu karibu na bahari"],
];

type Person = ReturnType<Harness["person"]>;

/** The text of a question as the presenter builds it: question, then hint, a blank line apart. */
function asked(locale: string, ask: string, hint?: string): string {
  return [ask, hint].filter((k): k is string => k !== undefined).map((k) => translator.t(locale, k)).join("\n\n");
}

function buttons(message: EmulatedMessage | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of message?.reply_markup?.inline_keyboard.flat() ?? []) if ("callback_data" in b) out.set(b.callback_data, b.text);
  return out;
}


/** The coordinators' card of a case: the desk posts it after reading the stream, so wait for it. */
async function deskCard(h: Harness, caseId: string): Promise<string> {
  const card = await h.emulator.waitFor(() => h.deskMessages().find((m) => m.from.is_bot && (m.text ?? "").includes(caseId) && (m.reply_markup?.inline_keyboard.length ?? 0) > 0), 10_000);
  return card.text ?? "";
}

/**
 * Walks flows/triage.yaml in `locale`, checking that every question arrives
 * in that language before answering it. Returns what was seen on the way.
 */
async function triageIn(person: Person, locale: string, bundle: FlowBundle, surroundings: string) {
  const nodes = bundle.flow.nodes;
  const expectQuestion = (node: string) => {
    const n = nodes[node];
    if (!n) throw new Error(`no node ${node}`);
    const text = person.lastQuestion()?.text ?? "";
    if (n.type === "file_case") throw new Error(`${node} is not a question`);
    expect(text, `${locale} ${node}`).toBe(asked(locale, n.ask, n.hint));
    return person.lastQuestion();
  };

  await person.send("/start");
  const welcome = person.botMessages()[0];
  expect(welcome?.text).toBe(translator.t(locale, "welcome"));
  expect(buttons(welcome).get(`lang:${locale}`)).toBe(translator.t(locale, "language-name"));
  const first = expectQuestion("safe_now");
  expect(buttons(first).get("f:safe_now:yes")).toBe(translator.t(locale, "opt-safe-now-yes"));
  await person.tap("yes");
  expectQuestion("danger");
  await person.tap("injured");
  await person.tap("_done");
  expectQuestion("location");
  await person.tap("skip");
  const countries = expectQuestion("country");
  await person.tap("kh");
  const provinces = expectQuestion("province");
  await person.tap("kh_preah_sihanouk");
  const compounds = expectQuestion("compound");
  await person.tap("otres");
  expectQuestion("passport");
  await person.tap("taken");
  await person.tap("locked_in");
  await person.tap("i_write_first");
  expectQuestion("consent");
  await person.tap("embassy_ngo");
  const summary = person.lastQuestion();
  expect(summary?.text?.startsWith(translator.t(locale, "q-summary"))).toBe(true);
  await person.tap("ok");
  expectQuestion("situation");
  await person.tap("inside");
  expectQuestion("surroundings");
  await person.send(surroundings);
  await person.tap("no");
  expectQuestion("violence");
  await person.tap("beaten");
  await person.tap("_done");
  await person.tap("ransom");
  expectQuestion("amount");
  await person.send("15000");
  await person.tap("company");
  const nationalities = expectQuestion("nationality");
  await person.tap("ph");
  await person.send("12");
  await person.tap("skip");
  return { countries, provinces, compounds, nationalities, summary };
}

describe("every language end to end, picked by Telegram's language_code", () => {
  let harness: Harness;
  let bundle: FlowBundle;
  beforeAll(async () => {
    harness = await startHarness();
    bundle = await loadFlowBundle(join(root, "flows/triage.yaml"));
  });
  afterAll(async () => {
    await harness?.stop();
  });

  it("completes the triage in all 16 languages and files each case in its language", async () => {
    expect(PEOPLE.map(([l]) => l).sort()).toEqual([...translator.locales].sort());
    const people = PEOPLE.map(([locale, code, surroundings]) => ({
      locale,
      surroundings,
      person: harness.person({ id: randomUserId(), language_code: code }),
    }));
    // Concurrently: the bot serialises per chat only, so 16 people cost about as much as one.
    const seen = await Promise.all(people.map(({ person, locale, surroundings }) => triageIn(person, locale, bundle, surroundings)));

    const ids = await caseIds(harness);
    expect(ids).toHaveLength(PEOPLE.length);
    const records = await Promise.all(ids.map((id) => harness.app.cases.get(id)));
    const byLang = new Map(records.map((r) => [r!.card.lang, r!]));
    const kh = bundle.places.countries.find((c) => c.id === "kh")!;

    for (const [i, { locale, surroundings, person }] of people.entries()) {
      const record = byLang.get(locale);
      expect(record, `case of ${locale}`).toBeDefined();
      const card = record!.card;
      expect(answerOf(card, "surroundings")).toEqual({ kind: "text", text: surroundings, lang: locale });
      expect(answerOf(card, "compound")).toEqual({ kind: "place", id: "otres" });
      expect(answerOf(card, "ransom_amount")).toEqual({ kind: "number", value: 15000 });
      // The one line left is the neutral closing text: no reference (that is for /ref).
      expect(person.lastText()).toBe(translator.t(locale, "end-sent"));
      expect(person.lastText()).not.toContain(record!.id);

      // Place names: the person's own name where the data has one, else the English (Latin) one.
      const views = seen[i]!;
      expect(buttons(views.countries).get("p:country:kh")).toBe(kh.names[locale] ?? kh.names.en);
      for (const province of kh.provinces) {
        expect(buttons(views.provinces).get(`p:province:${province.id}`)).toBe(province.names[locale] ?? province.names.en);
      }
      const otres = bundle.compounds.compounds.find((c) => c.id === "otres")!;
      expect(buttons(views.compounds).get("p:compound:otres")).toBe(otres.names[locale] ?? otres.names.en);
      for (const country of bundle.places.countries) {
        expect(buttons(views.nationalities).get(`p:nationality:${country.id}`)).toBe(country.names[locale] ?? country.names.en);
      }
      // The summary names the province the way the list did.
      const sihanouk = kh.provinces.find((p) => p.id === "kh_preah_sihanouk")!;
      expect(views.summary?.text).toContain(sihanouk.names[locale] ?? sihanouk.names.en);
    }

    // Spot checks that the merge of names reached the buttons.
    const provincesOf = (locale: string) =>
      [...buttons(seen[PEOPLE.findIndex(([l]) => l === locale)]!.provinces)].filter(([data]) => data.startsWith("p:")).map(([, text]) => text);
    expect(provincesOf("km")).toContain("ព្រះសីហនុ (កំពង់សោម)");
    expect(provincesOf("km").filter((name) => /[\u1780-\u17FF]/u.test(name)).length).toBe(kh.provinces.length);
    // Filipino has no own names for Cambodian provinces: the English one shows.
    expect(provincesOf("tl")).toContain("Preah Sihanouk (Sihanoukville)");

    // Coordinators read every card in their locale (English by default), whatever the person's language.
    for (const { locale } of people) {
      const record = byLang.get(locale)!;
      const text = await deskCard(harness, record.id);
      expect(text).toContain(translator.t("en", "desk-card-ref", { ref: record.id }));
      expect(text).toContain(`${translator.t("en", "desk-field-passport")}:`);
      expect(text).toContain(`${translator.t(locale, "language-name")} (${locale})`);
    }
  });
});

describe("coordinators' locale", () => {
  let harness: Harness | undefined;
  afterAll(async () => {
    await harness?.stop();
  });

  it("renders the card in COORDINATOR_LOCALE while the person uses their own language", async () => {
    harness = await startHarness({ env: { COORDINATOR_LOCALE: "zh-Hans" } });
    const bundle = await loadFlowBundle(join(root, "flows/triage.yaml"));
    const person = harness.person({ id: randomUserId(), language_code: "km" });
    await triageIn(person, "km", bundle, "អគារខ្ពស់ពណ៌ខៀវជិតសមុទ្រ");
    const [id] = await caseIds(harness);
    const record = await harness.app.cases.get(id!);
    expect(record?.card.lang).toBe("km");
    const text = await deskCard(harness, id!);
    expect(text).toContain(translator.t("zh-Hans", "desk-card-ref", { ref: id! }));
    expect(text).toContain(`${translator.t("zh-Hans", "desk-field-passport")}:`);
    expect(text).not.toContain(`${translator.t("en", "desk-field-passport")}:`);
    // The person's free text is passed on as written, marked with their language.
    expect(text).toContain("អគារខ្ពស់ពណ៌ខៀវជិតសមុទ្រ");
  });
});
