import { describe, expect, it } from "vitest";
import { startFlow, stepFlow } from "../../src/flow/engine.js";
import type { FlowState } from "../../src/flow/types.js";
import { answerOf, buildCard, haversineKm, NEAREST_COMPOUND_MAX_KM, nearestCompound, triageCardSchema } from "../../src/triage/card.js";
import { loadBundleFile } from "../helpers/flow-fixtures.js";
import { buttonInput, dataOf } from "../helpers/press.js";

const mini = loadBundleFile("tests/fixtures/flows/engine/mini.yaml");

function run(inputs: Array<string | [number, number]>): FlowState {
  let state = startFlow(mini, { sessionId: "sess", now: 1_000 }).state;
  let now = 1_000;
  for (const input of inputs) {
    now += 1_000;
    const step = stepFlow(
      mini,
      state,
      typeof input === "string"
        ? input.includes(":")
          ? buttonInput(input)
          : { type: "text", text: input, lang: "th" }
        : { type: "location", lat: input[0], lon: input[1] },
      { now },
    );
    if (!step.accepted) throw new Error(`not accepted: ${JSON.stringify(input)} at ${state.node}`);
    state = step.state;
  }
  return state;
}

const finished = run([
  "f:safe_now:yes",
  "p:country:mm",
  "p:province:mm_kayin",
  "f:compound:dont_know",
  [16.7, 98.5],
  "m:violence:threats",
  "m:violence:_done",
  "f:passport:taken",
  "12000",
  "f:minor:no",
  "p:nationality:vn",
  "f:notes:skip",
  "c:summary:ok",
]);

describe("buildCard", () => {
  it("builds a valid card with answers in visit order, score and nearest compound", () => {
    const card = buildCard(mini, finished, { caseId: "case-1", lang: "th", now: 99_000 });
    expect(triageCardSchema.parse(card)).toEqual(card);
    expect(card).toMatchObject({
      schemaVersion: 1,
      caseId: "case-1",
      flow: { id: "mini", hash: mini.hash },
      lang: "th",
      startedAt: 1_000,
      completedAt: 99_000,
      tier: "high",
      reasons: ["passport_retained"],
      flags: ["passport_retained"],
      indicators: ["retention_of_identity_documents"],
    });
    expect(card.answers.map((a) => a.field)).toEqual([
      "safe_now",
      "country",
      "province",
      "compound",
      "location",
      "violence",
      "passport",
      "ransom_amount",
      "minor",
      "nationality",
      "notes",
    ]);
    // The compound by id only: its names are the flow version's, not copied into every sealed card.
    expect(card.location).toEqual({ lat: 16.7, lon: 98.5, nearestCompound: { id: "mm_kk", distanceKm: 6.8 } });
    expect(answerOf(card, "ransom_amount")).toEqual({ kind: "number", value: 12000 });
    expect(answerOf(card, "compound")).toEqual({ kind: "choice", option: "dont_know" });
    expect(answerOf(card, "consent")).toBeUndefined();
  });

  it("keeps answers without a field, and has no location when none was given", () => {
    const state = run([
      "f:safe_now:yes",
      "f:country:dont_know",
      "f:location:skip",
      "m:violence:restrained",
      "m:violence:_done",
      "f:restraint_note:ok",
      "f:passport:with_me",
      "f:ransom_amount:none",
      "f:minor:yes",
      "p:nationality:kh",
      "nothing",
      "c:summary:ok",
    ]);
    const card = buildCard(mini, state, { caseId: "c2", lang: "en", now: 50_000 });
    expect(card.location).toBeUndefined();
    expect(card.answers.find((a) => a.node === "restraint_note")).toEqual({ node: "restraint_note", answer: { kind: "choice", option: "ok" } });
    expect(card.tier).toBe("critical");
    expect(card.reasons).toEqual(["restrained", "minor"]);
    expect(answerOf(card, "notes")).toEqual({ kind: "text", text: "nothing", lang: "th" });
  });

  it("rejects cards that break the schema", () => {
    const card = buildCard(mini, finished, { caseId: "case-1", lang: "th", now: 99_000 });
    expect(triageCardSchema.safeParse({ ...card, schemaVersion: 2 }).success).toBe(false);
    expect(triageCardSchema.safeParse({ ...card, answers: [{ node: "x", answer: { kind: "choice" } }] }).success).toBe(false);
    expect(triageCardSchema.safeParse({ ...card, extra: 1 }).success).toBe(false);
    expect(() => buildCard(mini, finished, { caseId: "", lang: "th", now: 99_000 })).toThrow();
  });
});

describe("geometry", () => {
  it("measures great-circle distances", () => {
    // Phnom Penh → Bangkok is about 530 km.
    expect(haversineKm(11.5564, 104.9282, 13.7563, 100.5018)).toBeGreaterThan(520);
    expect(haversineKm(11.5564, 104.9282, 13.7563, 100.5018)).toBeLessThan(545);
    expect(haversineKm(10, 100, 10, 100)).toBe(0);
  });

  it("ignores compounds without coordinates and returns nothing without any", () => {
    expect(nearestCompound([{ id: "a", province: "p", names: { en: "A" } }], 0, 0)).toBeUndefined();
    expect(nearestCompound(mini.compounds.compounds, 10.63, 103.52)?.id).toBe("kp_one");
  });

  it("names no compound for a pin farther than the limit from every one", () => {
    const poipet = { id: "poipet", province: "banteay_meanchey", names: { en: "Poipet" }, lat: 13.6576, lon: 102.5625 };
    // A pin about 9 km away is still named; Pursat town, ~150 km away, is not.
    expect(nearestCompound([poipet], 13.6576, 102.6455)?.id).toBe("poipet");
    expect(NEAREST_COMPOUND_MAX_KM).toBe(10);
    expect(nearestCompound([poipet], 12.5388, 103.9192)).toBeUndefined();
  });
});
