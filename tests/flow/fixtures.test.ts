import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/flow/engine.js";
import { findFixtures, loadFixture, repoRoot, routeCoverage, runFixture } from "../helpers/flow-fixtures.js";

const files = findFixtures();

describe("flow fixtures", () => {
  it("finds fixtures", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(file, () => {
      runFixture(loadFixture(file));
    });
  }
});

describe("route coverage", () => {
  it("the engine fixtures walk every route of the engine test flow", () => {
    const coverage = routeCoverage("tests/fixtures/flows/engine/mini.yaml", files);
    expect(coverage.missing.map(edgeKey)).toEqual([]);
  });

  const triage = "flows/triage.yaml";
  // Skipped only until the real flow lands; from then on every branch needs a fixture.
  it.skipIf(!existsSync(resolve(repoRoot, triage)))("fixtures walk every route of flows/triage.yaml", () => {
    const coverage = routeCoverage(triage, files);
    expect(coverage.missing.map(edgeKey)).toEqual([]);
  });
});
