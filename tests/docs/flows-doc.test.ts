import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FluentParser } from "@fluent/syntax";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import { flowsCheck } from "../../src/cli/commands/flows-check.js";
import { formatProblem, validateProject, type ProjectCheck } from "../../src/flow/validate.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { scoreAnswers } from "../../src/triage/score.js";

/**
 * docs/flows.md teaches NGO staff to edit flows and locales. Its examples are
 * applied here, mechanically, to a copy of the real files and run through the
 * real checker, so the guide cannot drift into advice that fails `flows:check`.
 *
 * The tag before each fenced block says where it goes:
 *   <!-- example: NAME target: PATH [copy-of: PATH] -->
 * YAML blocks are merged into the target (maps merge, a list item with an `id`
 * merges into the item with that id, other list items are added unless already
 * there, plain values replace): exactly what "add these lines there" means.
 * FTL blocks set their texts in the target (replace the same key, or add it);
 * a leading `# review:` line replaces the file's first line. NAME `excerpt`
 * means "quoted from the real file", so it must appear there word for word.
 */

const repo = join(import.meta.dirname, "../..");
const doc = readFileSync(join(repo, "docs/flows.md"), "utf8");

interface Example {
  name: string;
  target: string;
  copyOf?: string;
  lang: string;
  body: string;
}

function examplesOf(markdown: string): Example[] {
  const out: Example[] = [];
  const tagged = /<!-- example: (\S+) target: (\S+)(?: copy-of: (\S+))? -->\n+```(\w+)\n([\s\S]*?)```/g;
  for (const m of markdown.matchAll(tagged)) {
    out.push({ name: m[1]!, target: m[2]!, ...(m[3] ? { copyOf: m[3] } : {}), lang: m[4]!, body: m[5]! });
  }
  return out;
}

/** Every yaml/ftl fence, with whether an example tag sits right before it. */
function fences(markdown: string): { lang: string; tagged: boolean; line: number }[] {
  const lines = markdown.split("\n");
  const out: { lang: string; tagged: boolean; line: number }[] = [];
  let inside = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith("```")) continue;
    if (inside) {
      inside = false;
      continue;
    }
    inside = true;
    let j = i - 1;
    while (j >= 0 && lines[j]!.trim() === "") j--;
    out.push({ lang: line.slice(3).trim(), tagged: j >= 0 && /^<!-- example: /.test(lines[j]!), line: i + 1 });
  }
  return out;
}

interface Mistake {
  id: string;
  says: string;
}

function mistakesOf(markdown: string): Mistake[] {
  const out: Mistake[] = [];
  for (const line of markdown.split("\n")) {
    const id = /^\|\s*<!-- mistake: (\S+) -->/.exec(line)?.[1];
    if (!id) continue;
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim()).filter((c) => c !== "");
    const says = /^`(.*)`$/.exec(cells.at(-1) ?? "")?.[1];
    if (says === undefined) throw new Error(`mistake ${id}: the last cell must be the message in backticks`);
    out.push({ id, says });
  }
  return out;
}

// ── applying examples ────────────────────────────────────────────────────────

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): unknown {
  return isRecord(value) ? value.id : undefined;
}

function merge(into: unknown, add: unknown): unknown {
  if (isRecord(into) && isRecord(add)) {
    const out: Record<string, unknown> = { ...into };
    for (const [key, value] of Object.entries(add)) out[key] = key in out ? merge(out[key], value) : value;
    return out;
  }
  if (Array.isArray(into) && Array.isArray(add)) {
    const out = [...into];
    for (const item of add) {
      const id = idOf(item);
      const at = id === undefined ? -1 : out.findIndex((existing) => idOf(existing) === id);
      if (at >= 0) out[at] = merge(out[at], item);
      else if (!out.some((existing) => JSON.stringify(existing) === JSON.stringify(item))) out.push(item);
    }
    return out;
  }
  return add;
}

interface FtlMessage {
  id: string;
  start: number;
  end: number;
}

function ftlMessages(source: string): FtlMessage[] {
  const out: FtlMessage[] = [];
  for (const entry of new FluentParser({ withSpans: true }).parse(source).body) {
    if (entry.type !== "Message" || !entry.span || !entry.id.span) continue;
    // From the key, so a note (`# …`) above it is kept.
    out.push({ id: entry.id.name, start: entry.id.span.start, end: entry.span.end });
  }
  return out;
}

function setTexts(target: string, snippet: string): string {
  let out = target;
  const review = /^# review: .*$/m.exec(snippet.split("\n", 1)[0] ?? "");
  if (review) out = out.replace(/^.*$/m, review[0]);
  for (const message of ftlMessages(snippet)) {
    const text = snippet.slice(message.start, message.end).trimEnd();
    const existing = ftlMessages(out).find((m) => m.id === message.id);
    if (existing) out = `${out.slice(0, existing.start)}${text}\n${out.slice(existing.end)}`;
    else out = `${out.replace(/\n*$/, "\n")}${text}\n`;
  }
  return out;
}

/** A throwaway copy of flows/ and locales/. */
const dirs: string[] = [];
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), "beacon-doc-"));
  dirs.push(dir);
  cpSync(join(repo, "flows"), join(dir, "flows"), { recursive: true });
  cpSync(join(repo, "locales"), join(dir, "locales"), { recursive: true });
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function targetsOf(dir: string, target: string): string[] {
  if (target === "locales/*.ftl") {
    return readdirSync(join(dir, "locales"))
      .filter((n) => n.endsWith(".ftl"))
      .map((n) => join(dir, "locales", n));
  }
  return [join(dir, target)];
}

function apply(dir: string, example: Example, only?: string[]): void {
  if (example.copyOf && !existsSync(join(dir, example.target))) copyFileSync(join(dir, example.copyOf), join(dir, example.target));
  const paths = targetsOf(dir, example.target).filter((p) => !only || only.some((o) => p.endsWith(o)));
  for (const path of paths) {
    const before = readFileSync(path, "utf8");
    if (example.lang === "yaml") writeFileSync(path, stringifyYaml(merge(parseYaml(before), parseYaml(example.body)), { lineWidth: 0 }));
    else if (example.lang === "ftl") writeFileSync(path, setTexts(before, example.body));
    else throw new Error(`example ${example.name}: cannot apply a ${example.lang} block`);
  }
}

async function check(dir: string): Promise<ProjectCheck> {
  return validateProject({ flowsDir: join(dir, "flows"), localesDir: join(dir, "locales"), displayRoot: dir });
}

const examples = examplesOf(doc);
const byName = (name: string) => examples.filter((e) => e.name === name);
const applyAll = (dir: string, name: string) => {
  for (const example of byName(name)) apply(dir, example);
};

// ── the examples ─────────────────────────────────────────────────────────────

describe("docs/flows.md examples", () => {
  it("tags every YAML and FTL block, so none goes untested", () => {
    const untagged = fences(doc).filter((f) => (f.lang === "yaml" || f.lang === "ftl") && !f.tagged);
    expect(untagged).toEqual([]);
    const count = fences(doc).filter((f) => f.lang === "yaml" || f.lang === "ftl").length;
    expect(examples).toHaveLength(count);
    expect(new Set(examples.map((e) => e.name))).toEqual(new Set(["excerpt", "add-question", "add-priority", "add-language"]));
  });

  it("quotes the real files word for word", () => {
    const excerpts = byName("excerpt");
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(readFileSync(join(repo, excerpt.target), "utf8")).toContain(excerpt.body);
  });

  it("starts from a clean project (otherwise nothing below would mean anything)", async () => {
    expect((await check(project())).problems.map(formatProblem)).toEqual([]);
  });

  it("add-question: the new step passes flows:check and sits between situation and surroundings (after filing)", async () => {
    const dir = project();
    applyAll(dir, "add-question");
    const result = await check(dir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    const flow = result.bundles[0]!.flow;
    expect(flow.nodes.situation?.type !== "end" && flow.nodes.situation?.next).toBe("recruited");
    const recruited = flow.nodes.recruited;
    expect(recruited?.type).toBe("choice");
    expect(recruited?.type !== "end" && recruited?.next).toBe("surroundings");
    // Every language got the texts, as the guide says.
    for (const file of result.locales.files.values()) expect(file.messages.has("q-recruited")).toBe(true);
  });

  it("add-priority: the new answer makes a case critical and evidences the ILO indicator", async () => {
    const dir = project();
    applyAll(dir, "add-priority");
    const result = await check(dir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    const flow = result.bundles[0]!.flow;
    const score = scoreAnswers(flow, { violence: { kind: "multi", options: ["organs"] } });
    expect(score.tier).toBe("critical");
    expect(score.reasons).toEqual(["organ_threat"]);
    expect(score.indicators).toEqual(["intimidation_and_threats"]);
    // The indicator's other evidence is still there (the guide says "add", not "replace").
    expect(flow.scoring.indicators.intimidation_and_threats).toEqual(["threatened", "threat_of_sale", "organ_threat"]);
  });

  it("add-language: the new language file passes and the bot speaks it", async () => {
    const dir = project();
    applyAll(dir, "add-language");
    const result = await check(dir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(readFileSync(join(dir, "locales/ne.ftl"), "utf8").split("\n", 1)[0]).toBe("# review: draft");
    const translator = createTranslator({ localesDir: join(dir, "locales") });
    expect(translator.negotiate("ne")).toBe("ne");
    expect(translator.locales).toContain("ne");
    expect(translator.t("ne", "language-name")).toBe("नेपाली");
    expect(translator.exitWords()).toContain("बन्द");
    const countries = result.bundles[0]!.places.countries;
    const names = (id: string) => countries.find((c) => c.id === id)!.names;
    expect(translator.name("ne", names("np"))).toBe("नेपाल");
    expect(translator.name("ne", names("kh"))).toBe("कम्बोडिया");
    // Adding a name for one language leaves the others alone.
    expect(names("kh").en).toBe("Cambodia");
    expect(names("kh").km).toBe("កម្ពុជា");
  });

  it("all examples together pass `npm run flows:check` (the CLI itself)", async () => {
    const dir = project();
    for (const name of ["add-question", "add-priority", "add-language"]) applyAll(dir, name);
    const out: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    try {
      const code = await flowsCheck.run(["--flows", join(dir, "flows"), "--locales", join(dir, "locales")]);
      expect(out.join("")).toMatch(/^flows:check clean: 1 flow\(s\), 17 locale\(s\)/);
      expect(code).toBe(0);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

// ── the common-mistakes table ────────────────────────────────────────────────

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the mistake did not change ${file}: the real file moved on, update this test`);
  writeFileSync(path, after);
}

/** Replaces text that must occur exactly once, so each mistake is the one the guide describes. */
const once = (find: string, replace: string) => (text: string) => {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(find)}`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
};

const mistakes: Record<string, (dir: string) => void> = {
  "goto-typo": (dir) => edit(dir, "flows/triage.yaml", once("    next: passport\n", "    next: pasport\n")),
  "forgot-next": (dir) => {
    applyAll(dir, "add-question");
    edit(dir, "flows/triage.yaml", (t) => stringifyYaml(merge(parseYaml(t), { nodes: { situation: { next: "surroundings" } } })));
  },
  "text-only-in-english": (dir) => {
    for (const example of byName("add-question")) apply(dir, example, example.lang === "ftl" ? ["/en.ftl"] : undefined);
  },
  "when-typo": (dir) => edit(dir, "flows/triage.yaml", once("{ when: ransom, goto: amount }", "{ when: ransome, goto: amount }")),
  "setting-typo": (dir) =>
    edit(dir, "flows/triage.yaml", once("    ask: q-phone\n    field: phone\n    options:", "    ask: q-phone\n    field: phone\n    optoins:")),
  "field-unknown": (dir) => edit(dir, "flows/triage.yaml", once("    field: phone\n", "    field: phone_owner\n")),
  "flag-typo": (dir) => edit(dir, "flows/triage.yaml", once("      - minor\n", "      - minr\n")),
  "brace-open": (dir) => edit(dir, "flows/triage.yaml", once("{ id: own, label: opt-phone-own }", "{ id: own, label: opt-phone-own")),
  tab: (dir) => edit(dir, "flows/triage.yaml", once("    ask: q-phone\n", "\task: q-phone\n")),
  "ftl-second-line": (dir) =>
    edit(dir, "locales/en.ftl", once("q-passport = Where is your passport?\n", "q-passport = Where is your passport?\nIt is fine not to know.\n")),
  "button-too-long": (dir) =>
    edit(dir, "locales/en.ftl", (t) => t.replace(/^opt-phone-own = .*$/m, "opt-phone-own = It is my own phone and nobody else uses it")),
  "text-left-over": (dir) => {
    // The language files only: locales/ also holds the glossary, the neutral words and cover/.
    for (const name of readdirSync(join(dir, "locales")).filter((n) => n.endsWith(".ftl"))) edit(dir, `locales/${name}`, (t) => `${t}\nq-old-question = Where do you sleep?\n`);
  },
  "blank-in-question": (dir) => edit(dir, "locales/en.ftl", (t) => t.replace(/^q-phone = .*$/m, "q-phone = { $name }, whose phone is this?")),
  "no-review-line": (dir) => edit(dir, "locales/en.ftl", (t) => t.replace(/^# review: .*\n/, "")),
};

describe("docs/flows.md common mistakes", () => {
  const documented = mistakesOf(doc);

  it("documents exactly the mistakes this test can make", () => {
    expect(documented.map((m) => m.id).sort()).toEqual(Object.keys(mistakes).sort());
  });

  for (const { id, says } of documented) {
    it(`${id}: flows:check says what the guide says`, async () => {
      const dir = project();
      const make = mistakes[id];
      if (!make) throw new Error(`no way to make the mistake "${id}"`);
      make(dir);
      const result = await check(dir);
      expect(result.problems.length).toBeGreaterThan(0);
      // What follows `file:line:col  ` is what the guide quotes.
      const messages = result.problems.map((p) => formatProblem(p).replace(/^\S+:\d+:\d+ {2}/, ""));
      expect(messages).toContain(says);
    });
  }
});
