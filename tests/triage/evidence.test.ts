import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/flow/types.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { parseHtml } from "../../src/sandbox/emulator/html-entities.js";
import type { TriageCard } from "../../src/triage/card.js";
import { headlineReasons, indicatorEvidence } from "../../src/triage/evidence.js";
import { renderCard, type CardRecord } from "../../src/triage/render.js";
import { scoreAnswers } from "../../src/triage/score.js";
import { loadBundleFile } from "../helpers/flow-fixtures.js";

const translator = createTranslator({ localesDir: "locales" });
const bundle = loadBundleFile("flows/triage.yaml");
const T0 = Date.UTC(2025, 0, 1, 12, 0);
const record: CardRecord = { id: "ABCD-1234", status: "open", tier: "high", createdAt: T0 };

type Given = { node: string; field: TriageCard["answers"][number]["field"]; answer: Answer };

/** A card as filing builds it: the answers, and the score the real flow gives them. */
function cardOf(given: Given[]): TriageCard {
  const answers = Object.fromEntries(given.map((g) => [g.node, g.answer]));
  return {
    schemaVersion: 1,
    caseId: "ABCD-1234",
    flow: { id: "triage", hash: bundle.hash },
    lang: "en",
    startedAt: T0,
    completedAt: T0,
    ...scoreAnswers(bundle.flow, answers),
    answers: given.map((g) => (g.field ? { node: g.node, field: g.field, answer: g.answer } : { node: g.node, answer: g.answer })),
  };
}

const indicatorBlock = (card: TriageCard) => {
  const lines = parseHtml(renderCard(card, record, { translator, locale: "en", now: T0, bundle })).text.split("\n");
  return lines.filter((l) => l.startsWith("• "));
};

const en = (key: string) => translator.t("en", key);
const choice = (node: string, field: Given["field"], option: string): Given => ({ node, field, answer: { kind: "choice", option } });
const multi = (options: string[]): Given => ({ node: "violence", field: "violence", answer: { kind: "multi", options } });

// The ILO's eleven indicators of forced labour, each with an answer of flows/triage.yaml that reports it,
// the card label of that question, and the option's text. Written out by hand: the flow's mapping is under test.
const ILO: [indicator: string, given: Given, label: string, optionKey: string][] = [
  ["abuse_of_vulnerability", choice("minor", "minor", "yes"), "Under 18", "opt-minor-yes"],
  ["deception", multi(["false_job"]), "Violence", "opt-violence-false-job"],
  ["restriction_of_movement", choice("restraint", "restraint", "locked_in"), "Can leave", "opt-restraint-locked-in"],
  ["isolation", choice("phone", "phone", "company"), "Phone", "opt-phone-company"],
  ["physical_and_sexual_violence", multi(["beaten"]), "Violence", "opt-violence-beaten"],
  ["intimidation_and_threats", multi(["threats"]), "Violence", "opt-violence-threats"],
  ["retention_of_identity_documents", choice("passport", "passport", "taken"), "Passport", "opt-passport-taken"],
  ["withholding_of_wages", multi(["unpaid"]), "Violence", "opt-violence-unpaid"],
  ["debt_bondage", choice("money", "ransom", "debt"), "Money demanded", "opt-money-debt"],
  ["abusive_working_and_living_conditions", multi(["food_sleep"]), "Violence", "opt-violence-food-sleep"],
  ["excessive_overtime", multi(["long_hours"]), "Violence", "opt-violence-long-hours"],
];

describe("ILO forced-labour indicators on the card", () => {
  it("the flow maps all eleven, and nothing else", () => {
    expect(Object.keys(bundle.flow.scoring.indicators).sort()).toEqual(ILO.map(([id]) => id).sort());
  });

  it.each(ILO)("%s appears exactly when its answer says so, with that answer", (indicator, given, label, optionKey) => {
    const name = en(`indicator-${indicator.replaceAll("_", "-")}`);
    expect(indicatorBlock(cardOf([given]))).toEqual([`• ${name} — ${label}: ${en(optionKey)}`]);
    // The same question answered without that option: the indicator is gone.
    const other: Given = given.answer.kind === "multi" ? multi(["none"]) : choice(given.node, given.field, "dont_know");
    expect(indicatorBlock(cardOf([other]))).toEqual([]);
  });

  it("names no indicator the person did not report: injured, ransom, tied, danger now", () => {
    // Being injured, or a ransom asked of the family, says nothing yet of violence or debt bondage.
    const card = cardOf([
      { node: "danger", field: "danger", answer: { kind: "multi", options: ["injured", "doctor"] } },
      choice("money", "ransom", "ransom"),
      choice("situation", "situation", "inside"),
    ]);
    expect(card.indicators).toEqual([]);
    expect(indicatorBlock(card)).toEqual([]);
    expect(parseHtml(renderCard(card, record, { translator, locale: "en", now: T0, bundle })).text).toContain("Forced-labour indicators: none");
  });

  it("lists every answer behind one indicator, each with the options that did", () => {
    const card = cardOf([choice("restraint", "restraint", "locked_in"), multi(["beaten", "sexual", "unpaid"])]);
    const found = indicatorEvidence(card, bundle);
    expect(found.map((f) => f.indicator)).toEqual(["restriction_of_movement", "physical_and_sexual_violence", "withholding_of_wages"]);
    expect(found[1]?.answers).toEqual([{ node: "violence", field: "violence", options: ["beaten", "sexual"] }]);
  });

  it("without the filed flow version keeps the stored indicators, without answers", () => {
    const card = cardOf([choice("passport", "passport", "taken")]);
    expect(indicatorEvidence(card, undefined)).toEqual([{ indicator: "retention_of_identity_documents", answers: [] }]);
  });
});

describe("the headline's reasons", () => {
  it("holds every reported reason, critical ones first, in the flow's order of seriousness", () => {
    const card = cardOf([
      choice("passport", "passport", "taken"),
      multi(["beaten"]),
      choice("restraint", "restraint", "locked_in"),
      { node: "danger", field: "danger", answer: { kind: "multi", options: ["injured"] } },
      choice("minor", "minor", "yes"),
      choice("money", "ransom", "ransom"),
      { node: "amount", field: "ransom_amount", answer: { kind: "number", value: 15000 } },
    ]);
    expect(headlineReasons(card, bundle.flow.scoring)).toEqual(["minor", "injured", "locked_in", "beaten", "passport_retained", "ransom_demanded"]);
    const first = parseHtml(renderCard(card, { ...record, tier: "critical" }, { translator, locale: "en", now: T0, bundle })).text.split("\n")[0];
    expect(first).toBe("🔴 CRITICAL · minor · injured · locked in · beaten · passport taken · ransom demanded 15,000 USD");
  });

  it("falls back to the deciding reasons when the flow version is gone", () => {
    const card = cardOf([choice("minor", "minor", "yes"), multi(["beaten"])]);
    expect(headlineReasons(card, undefined)).toEqual(["minor"]);
  });
});
