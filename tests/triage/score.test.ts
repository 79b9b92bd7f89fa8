import { describe, expect, it } from "vitest";
import { flowSchema } from "../../src/flow/schema.js";
import { scoreAnswers } from "../../src/triage/score.js";

const flow = flowSchema.parse({
  specVersion: 1,
  id: "s",
  start: "a",
  scoring: {
    priority: { critical: ["minor"], high: ["passport_retained", "beaten"] },
    indicators: {
      retention_of_identity_documents: ["passport_retained"],
      physical_and_sexual_violence: ["beaten"],
      abuse_of_vulnerability: ["minor"],
      isolation: ["company_phone"],
    },
  },
  nodes: {
    a: {
      type: "multi",
      ask: "q-a",
      options: [
        { id: "beaten", label: "o", flags: ["beaten"] },
        { id: "phone", label: "o", flags: ["company_phone", "beaten"] },
        { id: "none", label: "o", exclusive: true },
      ],
      next: "b",
    },
    b: { type: "choice", ask: "q-b", options: [{ id: "taken", label: "o", flags: ["passport_retained"] }, { id: "no", label: "o" }], next: "c" },
    c: { type: "text", ask: "q-c", options: [{ id: "child", label: "o", flags: ["minor"] }], next: "d" },
    d: { type: "place", ask: "q-d", source: "countries", next: "e" },
    e: { type: "end", ask: "end" },
  },
});

describe("scoreAnswers", () => {
  it("is normal with no flags", () => {
    expect(scoreAnswers(flow, {})).toEqual({ flags: [], tier: "normal", reasons: [], indicators: [] });
    expect(scoreAnswers(flow, { b: { kind: "choice", option: "no" }, d: { kind: "place", id: "kh" } })).toMatchObject({ tier: "normal" });
  });

  it("collects flags in flow order without repeats and maps ILO indicators", () => {
    const score = scoreAnswers(flow, {
      b: { kind: "choice", option: "taken" },
      a: { kind: "multi", options: ["phone", "beaten"] },
    });
    expect(score.flags).toEqual(["beaten", "company_phone", "passport_retained"]);
    expect(score.tier).toBe("high");
    expect(score.reasons).toEqual(["beaten", "passport_retained"]);
    expect(score.indicators).toEqual(["retention_of_identity_documents", "physical_and_sexual_violence", "isolation"]);
  });

  it("lets critical win, with only the critical flags as reasons", () => {
    const score = scoreAnswers(flow, { a: { kind: "multi", options: ["beaten"] }, c: { kind: "choice", option: "child" } });
    expect(score.tier).toBe("critical");
    expect(score.reasons).toEqual(["minor"]);
    expect(score.flags).toEqual(["beaten", "minor"]);
  });

  it("ignores typed answers and unknown options", () => {
    const score = scoreAnswers(flow, { c: { kind: "text", text: "minor", lang: "en" }, b: { kind: "choice", option: "gone" } });
    expect(score).toEqual({ flags: [], tier: "normal", reasons: [], indicators: [] });
  });
});
