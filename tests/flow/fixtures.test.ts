import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { edgeKey } from "../../src/flow/engine.js";
import { findFixtures, flowCoverage, loadFixture, pickKey, repoRoot, runFixture, type FlowCoverage } from "../helpers/flow-fixtures.js";

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

/** Runs each flow's fixtures once; both coverage tests read the result. */
const coverageOf = (() => {
  const cache = new Map<string, FlowCoverage>();
  return (flow: string): FlowCoverage => {
    // Unconditional: a renamed or moved flow must fail here, not quietly drop its coverage.
    expect(existsSync(resolve(repoRoot, flow)), `${flow} is missing`).toBe(true);
    const known = cache.get(flow) ?? flowCoverage(flow, files);
    cache.set(flow, known);
    return known;
  };
})();

describe("coverage", () => {
  const mini = "tests/fixtures/flows/engine/mini.yaml";
  const triage = "flows/triage.yaml";

  it("the engine fixtures walk every route of the engine test flow", () => {
    expect(coverageOf(mini).missingEdges.map(edgeKey)).toEqual([]);
  });

  it("fixtures walk every route of flows/triage.yaml", () => {
    expect(coverageOf(triage).missingEdges.map(edgeKey)).toEqual([]);
  });

  it("fixtures choose every option of every step of flows/triage.yaml, and every kind of typed or picked answer", () => {
    const coverage = coverageOf(triage);
    // Guard against a pick list that shrank to nothing (it would make the check vacuous).
    expect(coverage.picks.map(pickKey)).toEqual(expect.arrayContaining(["restraint:dont_know", "hours:early", "province:<place>", "province:<text>", "summary:ok"]));
    expect(coverage.missingPicks.map(pickKey)).toEqual([]);
  });
});
