import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCatalog } from "../../src/i18n/check.js";
import { parseLocaleSet } from "../../src/i18n/locale-set.js";
import { parseFlowBundle } from "../../src/flow/load.js";
import { formatProblem, ruleIds } from "../../src/flow/validate.js";
import { checkFixture, FIXTURE_CODE_KEYS } from "./fixture-harness.js";

const root = join(import.meta.dirname, "../fixtures/broken-flows");
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/**
 * The rule a fixture folder is for: its name, or the part before `--` when a
 * rule has several fixtures for its different messages
 * (`duplicate_place_id--province`, `missing_default_route--text`).
 */
const ruleOf = (folder: string): string => folder.split("--")[0] ?? folder;

describe("broken-flow fixtures", () => {
  it("has a fixture for every rule", () => {
    expect(ruleIds.filter((rule) => !folders.some((folder) => ruleOf(folder) === rule))).toEqual([]);
  });

  it("names every folder after a rule (or is clean)", () => {
    const known = new Set<string>([...ruleIds, "clean"]);
    expect(folders.filter((folder) => !known.has(ruleOf(folder)) || (folder.includes("--") && !/^[a-z_]+--[a-z0-9-]+$/.test(folder)))).toEqual([]);
  });

  it("the clean fixture passes", async () => {
    expect((await checkFixture(join(root, "clean"))).map(formatProblem)).toEqual([]);
  });

  for (const folder of folders.filter((name) => name !== "clean")) {
    it(`${folder}: reports exactly expected.txt, all under rule ${ruleOf(folder)}`, async () => {
      const dir = join(root, folder);
      expect(existsSync(join(dir, "expected.txt")), "expected.txt missing").toBe(true);
      const expected = readFileSync(join(dir, "expected.txt"), "utf8").split("\n").filter(Boolean);
      const problems = await checkFixture(dir);
      expect(problems.map(formatProblem)).toEqual(expected);
      expect(expected.length, "expected.txt is empty, but a broken-flow fixture must report something").toBeGreaterThan(0);
      expect(new Set(problems.map((p) => p.rule))).toEqual(new Set([ruleOf(folder)]));
    });
  }
});

const minimal = (nodes: string) => `specVersion: 1
id: triage
start: a
scoring:
  priority: {}
  indicators: {}
nodes:
${nodes}`;

describe("schema problems", () => {
  it("names a missing setting at its step and line", () => {
    const { problems } = parseFlowBundle({ flow: minimal("  a:\n    type: end\n") }, { flow: "f.yaml" });
    expect(problems.map(formatProblem)).toEqual(['f.yaml:8:3  step "a": "ask" is missing']);
  });

  it("points a deep issue at the offending value", () => {
    const flow = minimal(`  a:
    type: choice
    ask: q-a
    options:
      - { id: ok, label: opt-ok }
      - { id: Bad-Id, label: opt-bad }
    next: b
  b:
    type: end
    ask: q-b
`);
    const { problems } = parseFlowBundle({ flow }, { flow: "f.yaml" });
    expect(problems.map(formatProblem)).toEqual([
      'f.yaml:13:15  step "a", option "Bad-Id": "id" must be a lowercase slug (a-z, 0-9, _), starting with a letter',
    ]);
  });

  it("suggests the closest node type", () => {
    const { problems } = parseFlowBundle({ flow: minimal("  a:\n    type: choise\n    ask: q-a\n") }, { flow: "f.yaml" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: "schema", line: 9, col: 11, hint: 'did you mean "choice"?' });
  });

  it("checks place data files too, with their own file name", () => {
    const flow = minimal("  a:\n    type: end\n    ask: q-a\n");
    const places = "countries:\n  - id: cambodia\n    names: { zh-Hans: 柬埔寨 }\n";
    const { problems } = parseFlowBundle({ flow, places }, { flow: "f.yaml", places: "data/places.yaml" });
    expect(problems.map(formatProblem)).toEqual(['data/places.yaml:3:12  country "cambodia": "names" needs at least an "en" name']);
  });
});

describe("locale catalog", () => {
  const header = "# review: test\n";
  it("reports a code key missing from a locale, naming the file", () => {
    const set = parseLocaleSet([{ locale: "en", path: "en.ftl", file: "locales/en.ftl", source: `${header}btn-done = Done\n` }]);
    const problems = checkCatalog(set, { uses: [], codeKeys: FIXTURE_CODE_KEYS });
    expect(problems.map(formatProblem)).toEqual([
      'locales/en.ftl:1:1  the text "reask-too-long" is missing in locales/en.ftl (the bot itself uses it)',
    ]);
  });

  it("counts texts pulled in by a used text as used", () => {
    const source = `${header}btn-done = { brand } done\nbrand = Beacon\nreask-too-long = max { $max }\n`;
    const set = parseLocaleSet([{ locale: "en", path: "en.ftl", file: "en.ftl", source }]);
    expect(checkCatalog(set, { uses: [], codeKeys: FIXTURE_CODE_KEYS })).toEqual([]);
  });

  it("records variables and positions of each message", () => {
    const set = parseLocaleSet([{ locale: "en", path: "en.ftl", file: "en.ftl", source: `${header}\nx = { $a ->\n  [one] { $b }\n *[other] c\n}\n` }]);
    expect(set.files.get("en")?.messages.get("x")).toMatchObject({ line: 3, col: 1, variables: ["a", "b"] });
  });
});
