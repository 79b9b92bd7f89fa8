import { describe, expect, it } from "vitest";
import { packCard, unpackCard } from "../../src/triage/card-pack.js";
import type { TriageCard } from "../../src/triage/card.js";

const card: TriageCard = {
  schemaVersion: 1,
  caseId: "K7QX-2M4P",
  flow: { id: "triage", hash: "367bb9b64470c6bf" },
  lang: "vi",
  startedAt: 1_796_400_000_000,
  completedAt: 1_796_400_090_000,
  tier: "critical",
  reasons: ["injured", "locked_in"],
  flags: ["injured", "locked_in", "passport_taken"],
  indicators: ["restriction_of_movement", "retention_of_identity_documents"],
  answers: [
    { node: "safe_now", field: "safe_now", answer: { kind: "choice", option: "yes" } },
    { node: "danger", field: "danger", answer: { kind: "multi", options: ["injured", "beaten"] } },
    { node: "location", field: "location", answer: { kind: "location", lat: 10.5912, lon: 103.5301 } },
    { node: "country", field: "country", answer: { kind: "place", id: "kh" } },
    { node: "ransom_amount", field: "ransom_amount", answer: { kind: "number", value: 15000 } },
    { node: "notes", field: "notes", answer: { kind: "text", text: "tòa nhà B3, tầng 4 — \"gấp\"", lang: "vi" } },
    { node: "intro", answer: { kind: "choice", option: "ok" } },
    { node: "where_else", field: "surroundings", answer: { kind: "text", text: "casino", lang: "en" } },
  ],
  location: { lat: 10.5912, lon: 103.5301, nearestCompound: { id: "kh_otres", distanceKm: 1.2 } },
};

const stored = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe("the card as stored", () => {
  it("reads back every fact of the card, every answer kind, and a step that fills no field or another one", () => {
    expect(unpackCard(stored(packCard(card)))).toEqual(card);
    const { location: _location, ...noPin } = card;
    expect(unpackCard(stored(packCard(noPin)))).toEqual(noPin);
  });

  it("takes about half the bytes of the plain card", () => {
    expect(JSON.stringify(packCard(card)).length).toBeLessThan(0.6 * JSON.stringify(card).length);
  });

  it("still reads cards stored plain, and keeps a card with a compound's names as it is", () => {
    expect(unpackCard(stored(card))).toEqual(card);
    const named = { ...card, location: { lat: 1, lon: 2, nearestCompound: { id: "kh_otres", names: { en: "Otres" }, distanceKm: 3 } } };
    expect(packCard(named)).toBe(named);
    expect(unpackCard(stored(packCard(named)))).toEqual(named);
  });

  it("refuses a stored card that does not hold up (a tampered or broken record is no card)", () => {
    const broken = stored(packCard(card)) as { a: unknown[] };
    broken.a = [["notes", 1, "?", "x"]];
    expect(() => unpackCard(broken)).toThrow();
  });
});
