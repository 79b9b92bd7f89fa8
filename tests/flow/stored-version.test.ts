import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeStoredVersion, encodeStoredVersion, type StoredVersion } from "../../src/flow/stored-version.js";

const version: StoredVersion = {
  v: 1,
  sources: { flow: readFileSync("flows/triage.yaml", "utf8"), places: readFileSync("flows/places.yaml", "utf8") },
  names: { flow: "triage.yaml", places: "places.yaml" },
};

describe("stored flow versions", () => {
  it("reads back what it stored, in a fraction of the JSON's bytes", () => {
    const stored = encodeStoredVersion(version);
    expect(decodeStoredVersion(stored)).toEqual(version);
    expect(stored.length).toBeLessThan(JSON.stringify(version).length / 3);
  });

  it("still reads a version stored as plain JSON, and refuses what is neither", () => {
    expect(decodeStoredVersion(Buffer.from(JSON.stringify(version)))).toEqual(version);
    expect(decodeStoredVersion(Buffer.from("not a version"))).toBeUndefined();
    expect(decodeStoredVersion(Buffer.from(JSON.stringify({ v: 1, sources: { flow: 3 } })))).toBeUndefined();
  });
});
