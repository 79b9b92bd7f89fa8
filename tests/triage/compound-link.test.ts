import { describe, expect, it } from "vitest";
import { compoundOf, COMPOUND_LINK_KM } from "../../src/triage/compound-link.js";
import { minimalCard } from "../desk/support.js";

const near = (distanceKm: number) => ({ lat: 10.57, lon: 103.55, nearestCompound: { id: "otres", names: { en: "Otres" }, distanceKm } });

describe("which compound a case is from", () => {
  it("is the compound the person named, whatever their pin says", () => {
    const card = minimalCard("A", { answers: [{ node: "compound", field: "compound", answer: { kind: "place", id: "kaibo" } }], location: near(0.5) });
    expect(compoundOf(card)).toBe("kaibo");
  });
  it("is the nearest known compound only within 2 km of the pin", () => {
    expect(COMPOUND_LINK_KM).toBe(2);
    expect(compoundOf(minimalCard("B", { location: near(2) }))).toBe("otres");
    expect(compoundOf(minimalCard("C", { location: near(2.1) }))).toBeUndefined();
    expect(compoundOf(minimalCard("D", { answers: [{ node: "compound", field: "compound", answer: { kind: "text", text: "blue building", lang: "en" } }] }))).toBeUndefined();
  });
});
