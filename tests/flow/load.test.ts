import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FlowValidationError } from "../../src/errors.js";
import { findFlowFiles, hashSources, loadFlowBundle, parseFlowBundle, readFlowFile } from "../../src/flow/load.js";
import { formatProblem } from "../../src/flow/validate.js";

const fixtures = join(import.meta.dirname, "../fixtures/broken-flows");
const placesFixture = join(fixtures, "unknown_parent");
const dirs: string[] = [];
function tempCopy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "beacon-load-"));
  cpSync(from, dir, { recursive: true });
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("loadFlowBundle", () => {
  it("reads data files relative to the flow file, whatever the working directory", async () => {
    const dir = tempCopy(placesFixture);
    const flowPath = join(dir, "triage.yaml");
    writeFileSync(flowPath, readFileSync(flowPath, "utf8").replace("parent: contry", "parent: country"));
    const bundle = await loadFlowBundle(flowPath);
    expect(bundle.flow.id).toBe("triage");
    expect(bundle.places.countries.map((c) => c.id)).toEqual(["cambodia"]);
    expect(bundle.compounds).toEqual({ compounds: [] });
    expect(bundle.sources.places).toContain("preah_sihanouk");
    expect(bundle.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it("throws FlowValidationError with one file:line:col line per problem", async () => {
    const dir = tempCopy(join(fixtures, "unknown_goto"));
    const error = await loadFlowBundle(join(dir, "triage.yaml"), { displayRoot: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FlowValidationError);
    expect((error as FlowValidationError).problems).toEqual(['triage.yaml:16:11  step "don" does not exist  (did you mean "done"?)']);
  });

  it("reports a data file that is not there at the line naming it", async () => {
    const dir = tempCopy(placesFixture);
    const flowPath = join(dir, "triage.yaml");
    writeFileSync(flowPath, readFileSync(flowPath, "utf8").replace("parent: contry", "parent: country"));
    rmSync(join(dir, "places.yaml"));
    const result = await readFlowFile(join(dir, "triage.yaml"), { displayRoot: dir });
    expect(result.bundle).toBeUndefined();
    expect(result.problems.map(formatProblem)).toEqual(['triage.yaml:5:11  the places file "places.yaml" was not found next to this flow']);
  });
});

describe("positions", () => {
  it("maps a goto inside a route list to its own line and column", () => {
    const flow = `specVersion: 1
id: t
start: a
scoring: { priority: {}, indicators: {} }
nodes:
  a:
    type: choice
    ask: q-a
    options:
      - { id: one, label: opt-one }
      - { id: two, label: opt-two }
    next:
      - when: one
        goto: b
      - goto:   bb_typo
  b:
    type: end
    ask: q-b
`;
    const { problems } = parseFlowBundle({ flow }, { flow: "flows/t.yaml" });
    expect(problems.map((p) => [p.rule, p.line, p.col])).toEqual([["unknown_goto", 15, 17]]);
  });

  it("reports the first YAML syntax error only, with its line", () => {
    const { problems } = parseFlowBundle({ flow: "specVersion: 1\nid: t\n\tstart: a\n" }, { flow: "t.yaml" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: "yaml_syntax", line: 3 });
  });
});

describe("hashSources", () => {
  const flow = readFileSync(join(placesFixture, "triage.yaml"), "utf8");
  const places = readFileSync(join(placesFixture, "places.yaml"), "utf8");
  it("is stable for the same content", () => {
    expect(hashSources({ flow, places })).toBe(hashSources({ flow, places }));
  });
  it("changes with the flow", () => {
    expect(hashSources({ flow: `${flow}\n# edit`, places })).not.toBe(hashSources({ flow, places }));
  });
  it("changes with the data files", () => {
    expect(hashSources({ flow, places: places.replace("Cambodia", "Kambodscha") })).not.toBe(hashSources({ flow, places }));
    expect(hashSources({ flow, places })).not.toBe(hashSources({ flow }));
    expect(hashSources({ flow, compounds: places })).not.toBe(hashSources({ flow, places }));
  });
});

describe("findFlowFiles", () => {
  it("skips place and compound data files", async () => {
    const files = await findFlowFiles(placesFixture);
    expect(files.map((f) => f.slice(placesFixture.length + 1))).toEqual(["triage.yaml"]);
  });
});
