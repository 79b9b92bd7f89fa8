/**
 * Fixture-driven flow tests (goflow style): a flow plus a script of person
 * inputs and the outputs expected after each.
 *
 * Files are `tests/fixtures/flows/**\/*.test.yaml`, one scenario each:
 *
 * ```yaml
 * flow: flows/triage.yaml      # path from the repo root; data files are found through the flow's `data`
 * description: person in Sihanoukville whose passport was taken
 * lang: en                     # optional, default en: the language of typed text
 * steps:
 *   - expect: { ask: safe_now }          # no action: checks the outputs of start (or of the previous action)
 *   - tap: yes                           # presses the button of the current question whose data ends with ":yes"
 *                                        #   (`tap: _done` presses a multi's done button alone)
 *     expect: { ask: danger }            #   (choice option, extra option, multi toggle, confirm ok/edit)
 *   - pick: [beaten, threats]            # multi: toggles each, then presses done
 *   - place: kh_preah_sihanouk           # presses the place button p:<node>:<id> of the current question
 *   - type: "near the beach"             # text input in `lang`
 *   - location: [10.627, 103.522]        # a shared location
 *   - send: sticker                      # unsupported input of that kind
 *     expect: { reask: unsupported }
 *   - data: "f:passport:taken"           # raw callback data (forged or stale), sent as is
 *     expect: { reask: stale_button }
 *   - edit: passport                     # on the summary: presses c:<node>:edit, then e:<node>:passport
 *   - confirm: true                      # on the summary: presses c:<node>:ok
 *     expect: { complete: true }
 * card:                                  # optional; checked against buildCard(...) after the last step
 *   tier: critical                       # exact
 *   flags: [passport_retained]           # subset: all must be present
 *   notFlags: [minor]                    # none may be present
 *   reasons: [passport_retained]         # subset
 *   indicators: [retention_of_identity_documents]  # subset
 *   answers:                             # keyed by card field; each a subset match, `null` = field absent
 *     passport: { kind: choice, option: taken }
 *     province: null
 *   location: { nearestCompound: { id: kp_one } }   # subset match; `null` = no location
 * ```
 *
 * `expect` keys (all optional, all checked against the outputs of the step's
 * action; for `pick` and `edit`, of its last press, and the earlier presses
 * must have been accepted):
 *   - `ask: <node>`: the last `ask` output is for that node
 *   - `reask: <reason>`: a `reask` with that reason was given
 *   - `complete: true|false`: a `complete` output was (not) given
 *   - `say: true|false`: a `say` output was (not) given
 *   - `buttons: [ids…]`: option ids of the question now shown (last segment
 *     of each button's data, `_done` left out), order-insensitive, exact set
 *   - `summary: [fields…]`: card fields of the summary shown, in order
 *   - `accepted: true|false`: the step's `accepted`
 *
 * A step without `expect` only has to run without an exception. Every step
 * also checks that the state stays on a node of the flow. Failures name the
 * fixture file and the step index (0-based, as in the file).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { edgeKey, routesOf, showCurrent, startFlow, stepFlow, type RouteEdge } from "../../src/flow/engine.js";
import { compoundsSchema, flowSchema, placesSchema } from "../../src/flow/schema.js";
import type { FlowBundle, FlowState, Input, Output, Step } from "../../src/flow/types.js";
import { buildCard, type TriageCard } from "../../src/triage/card.js";

/** The repository root (fixture `flow:` paths are relative to it). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const expectSchema = z.strictObject({
  ask: z.string().optional(),
  reask: z.string().optional(),
  complete: z.boolean().optional(),
  say: z.boolean().optional(),
  buttons: z.array(z.string()).optional(),
  summary: z.array(z.string()).optional(),
  accepted: z.boolean().optional(),
});
type Expect = z.infer<typeof expectSchema>;

const actions = ["tap", "pick", "place", "type", "location", "send", "data", "confirm", "edit"] as const;

const stepSchema = z
  .strictObject({
    tap: z.string().optional(),
    pick: z.array(z.string()).min(1).optional(),
    place: z.string().optional(),
    type: z.string().optional(),
    location: z.tuple([z.number(), z.number()]).optional(),
    send: z.string().optional(),
    data: z.string().optional(),
    confirm: z.literal(true).optional(),
    edit: z.string().optional(),
    expect: expectSchema.optional(),
  })
  .refine((s) => actions.filter((a) => s[a] !== undefined).length <= 1, { message: "a step has at most one action" });
export type FixtureStep = z.infer<typeof stepSchema>;

const cardExpectSchema = z.strictObject({
  tier: z.enum(["critical", "high", "normal"]).optional(),
  flags: z.array(z.string()).optional(),
  notFlags: z.array(z.string()).optional(),
  reasons: z.array(z.string()).optional(),
  indicators: z.array(z.string()).optional(),
  answers: z.record(z.string(), z.unknown()).optional(),
  location: z.unknown().optional(),
});

const fixtureSchema = z.strictObject({
  flow: z.string().min(1),
  description: z.string().optional(),
  lang: z.string().default("en"),
  steps: z.array(stepSchema).min(1),
  card: cardExpectSchema.optional(),
});
/** A parsed fixture file; `file` is relative to the repo root. */
export type FlowFixture = z.infer<typeof fixtureSchema> & { file: string };

/** A fixture did not go as written. */
export class FixtureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureError";
  }
}

/** Every `*.test.yaml` under `dir` (default `tests/fixtures/flows`), sorted, relative to the repo root. */
export function findFixtures(dir = "tests/fixtures/flows"): string[] {
  const out: string[] = [];
  const visit = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith(".test.yaml")) out.push(relative(repoRoot, path));
    }
  };
  visit(resolve(repoRoot, dir));
  return out.sort();
}

/** Reads and checks the shape of one fixture file. */
export function loadFixture(file: string): FlowFixture {
  const parsed = fixtureSchema.safeParse(parse(readFileSync(resolve(repoRoot, file), "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new FixtureError(`${file}: not a valid fixture\n${problems}`);
  }
  return { ...parsed.data, file: relative(repoRoot, resolve(repoRoot, file)) };
}

const bundles = new Map<string, FlowBundle>();

/**
 * Loads a flow and its data files into a bundle (zod shape check only; the
 * semantic checks belong to `flows check`). Cached per path.
 */
export function loadBundleFile(flowPath: string): FlowBundle {
  const abs = resolve(repoRoot, flowPath);
  const cached = bundles.get(abs);
  if (cached) return cached;
  const source = readFileSync(abs, "utf8");
  const flow = flowSchema.parse(parse(source));
  const read = (name: string | undefined) => (name === undefined ? undefined : readFileSync(resolve(dirname(abs), name), "utf8"));
  const places = read(flow.data.places);
  const compounds = read(flow.data.compounds);
  const hash = createHash("sha256");
  for (const part of [source, places ?? "", compounds ?? ""]) hash.update(part).update("\0");
  const bundle: FlowBundle = {
    flow,
    hash: hash.digest("hex"),
    places: places === undefined ? { countries: [] } : placesSchema.parse(parse(places)),
    compounds: compounds === undefined ? { compounds: [] } : compoundsSchema.parse(parse(compounds)),
    sources: { flow: source, ...(places === undefined ? {} : { places }), ...(compounds === undefined ? {} : { compounds }) },
  };
  bundles.set(abs, bundle);
  return bundle;
}

/** What a fixture run ends with. */
export interface FixtureResult {
  state: FlowState;
  card: TriageCard | undefined;
  /** Every route edge the run took, automatic hops included. */
  edges: RouteEdge[];
}

const START = 1_700_000_000_000;

/** Runs a fixture through the engine; throws `FixtureError` on the first mismatch. */
export function runFixture(fixture: FlowFixture): FixtureResult {
  const bundle = loadBundleFile(fixture.flow);
  const edges: RouteEdge[] = [];
  const onRoute = (edge: RouteEdge) => edges.push(edge);
  let now = START;
  let last: Step = startFlow(bundle, { sessionId: "fixture-session", now, onRoute });

  fixture.steps.forEach((step, index) => {
    const where = `${fixture.file} step ${index} (${describeStep(step)})`;
    const fail = (message: string): never => {
      throw new FixtureError(`${where}: ${message}`);
    };
    now += 1000;
    const press = (state: FlowState, input: Input): Step => {
      try {
        return stepFlow(bundle, state, input, { now, onRoute });
      } catch (error) {
        return fail(`engine threw: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    const inputs = inputsOf(bundle, last.state, step, fixture.lang, fail);
    if (inputs !== undefined) {
      let state = last.state;
      inputs.forEach((make, i) => {
        const input = make(state);
        last = press(state, input);
        if (i < inputs.length - 1 && !last.accepted) {
          fail(`press ${i + 1} of ${inputs.length} (${describeInput(input)}) was not accepted: ${describeOutputs(last.outputs)}`);
        }
        state = last.state;
      });
    }
    if (!Object.hasOwn(bundle.flow.nodes, last.state.node)) fail(`state is on "${last.state.node}", not a node of the flow`);
    if (step.expect) checkExpect(bundle, last, step.expect, fail);
  });

  const card = last.state.done ? buildCard(bundle, last.state, { caseId: last.state.sessionId, lang: fixture.lang, now }) : undefined;
  if (fixture.card) {
    if (!card) throw new FixtureError(`${fixture.file}: card expected but the flow did not finish (at "${last.state.node}")`);
    checkCard(fixture, card);
  }
  return { state: last.state, card, edges };
}

type Fail = (message: string) => never;
type MakeInput = (state: FlowState) => Input;

/** Inputs of a step's action, built lazily because `pick` and `edit` depend on the state in between. */
function inputsOf(bundle: FlowBundle, state: FlowState, step: FixtureStep, lang: string, fail: Fail): MakeInput[] | undefined {
  const button = (data: string): MakeInput => () => ({ type: "button", data });
  const shown = (suffix: string): MakeInput => (s) => ({ type: "button", data: findButton(bundle, s, suffix, fail) });
  if (step.tap !== undefined) return [shown(`:${step.tap}`)];
  if (step.pick !== undefined) return [...step.pick.map((id) => shown(`:${id}`)), shown(":_done")];
  if (step.place !== undefined) return [shown(`:${step.place}`)];
  if (step.type !== undefined) {
    const text = step.type;
    return [() => ({ type: "text", text, lang })];
  }
  if (step.location !== undefined) {
    const [lat, lon] = step.location;
    return [() => ({ type: "location", lat, lon })];
  }
  if (step.send !== undefined) {
    const kind = step.send;
    return [() => ({ type: "unsupported", kind })];
  }
  if (step.data !== undefined) return [button(step.data)];
  if (step.confirm !== undefined) return [button(`c:${state.node}:ok`)];
  if (step.edit !== undefined) return [button(`c:${state.node}:edit`), button(`e:${state.node}:${step.edit}`)];
  return undefined;
}

function findButton(bundle: FlowBundle, state: FlowState, suffix: string, fail: Fail): string {
  const shown = showCurrent(bundle, state).flatMap((o) => (o.type === "ask" ? o.buttons.flat() : []));
  const hit = shown.find((b) => b.data.endsWith(suffix));
  if (!hit) fail(`no button "${suffix.slice(1)}" on "${state.node}"; buttons: ${shown.map((b) => b.data).join(" ") || "none"}`);
  return hit?.data ?? "";
}

function checkExpect(bundle: FlowBundle, step: Step, expect: Expect, fail: Fail): void {
  const { outputs } = step;
  const got = describeOutputs(outputs);
  const asks = outputs.filter((o): o is Extract<Output, { type: "ask" }> => o.type === "ask");
  const lastAsk = asks[asks.length - 1];
  if (expect.ask !== undefined && lastAsk?.node !== expect.ask) fail(`expected ask ${expect.ask}, got ${got}`);
  if (expect.reask !== undefined && !outputs.some((o) => o.type === "reask" && o.reason === expect.reask)) {
    fail(`expected reask ${expect.reask}, got ${got}`);
  }
  if (expect.complete !== undefined && outputs.some((o) => o.type === "complete") !== expect.complete) {
    fail(`expected complete: ${expect.complete}, got ${got}`);
  }
  if (expect.say !== undefined && outputs.some((o) => o.type === "say") !== expect.say) fail(`expected say: ${expect.say}, got ${got}`);
  if (expect.accepted !== undefined && step.accepted !== expect.accepted) fail(`expected accepted: ${expect.accepted}, got ${step.accepted}`);
  if (expect.buttons !== undefined) {
    const ask = lastAsk ?? showCurrent(bundle, step.state).find((o) => o.type === "ask");
    const ids = (ask?.type === "ask" ? ask.buttons.flat() : []).map((b) => b.data.slice(b.data.lastIndexOf(":") + 1)).filter((id) => id !== "_done");
    const want = [...expect.buttons].sort();
    if (JSON.stringify([...ids].sort()) !== JSON.stringify(want)) fail(`expected buttons [${want.join(", ")}], got [${ids.join(", ")}]`);
  }
  if (expect.summary !== undefined) {
    const summary = [...asks].reverse().find((a) => a.summary !== undefined)?.summary;
    if (!summary) fail(`expected a summary, got ${got}`);
    const fields = (summary ?? []).map((i) => i.field ?? i.node);
    if (JSON.stringify(fields) !== JSON.stringify(expect.summary)) fail(`expected summary [${expect.summary.join(", ")}], got [${fields.join(", ")}]`);
  }
}

function checkCard(fixture: FlowFixture, card: TriageCard): void {
  const want = fixture.card;
  if (!want) return;
  const fail = (message: string): never => {
    throw new FixtureError(`${fixture.file} card: ${message}\ncard: ${JSON.stringify(card, null, 1)}`);
  };
  if (want.tier !== undefined && card.tier !== want.tier) fail(`expected tier ${want.tier}, got ${card.tier}`);
  const subset = (name: "flags" | "reasons" | "indicators") => {
    const missing = (want[name] ?? []).filter((x) => !card[name].includes(x));
    if (missing.length > 0) fail(`${name} lack ${missing.join(", ")}`);
  };
  subset("flags");
  subset("reasons");
  subset("indicators");
  const unwanted = (want.notFlags ?? []).filter((f) => card.flags.includes(f));
  if (unwanted.length > 0) fail(`flags should not hold ${unwanted.join(", ")}`);
  for (const [field, expected] of Object.entries(want.answers ?? {})) {
    const actual = card.answers.find((a) => a.field === field)?.answer;
    if (expected === null) {
      if (actual !== undefined) fail(`expected no answer for ${field}, got ${JSON.stringify(actual)}`);
    } else if (!matches(expected, actual)) {
      fail(`answer ${field}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }
  if (want.location === null && card.location !== undefined) fail(`expected no location, got ${JSON.stringify(card.location)}`);
  if (want.location !== undefined && want.location !== null && !matches(want.location, card.location)) {
    fail(`location: expected ${JSON.stringify(want.location)}, got ${JSON.stringify(card.location)}`);
  }
}

/** Deep subset match: objects need the expected keys, arrays match element-wise and in length. */
function matches(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(e, actual[i]));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return false;
    return Object.entries(expected).every(([k, v]) => matches(v, Object.hasOwn(actual, k) ? Reflect.get(actual, k) : undefined));
  }
  return Object.is(expected, actual);
}

function describeStep(step: FixtureStep): string {
  const action = actions.find((a) => step[a] !== undefined);
  return action === undefined ? "expect" : `${action}: ${JSON.stringify(step[action])}`;
}

function describeInput(input: Input): string {
  return input.type === "button" ? input.data : input.type;
}

/** Compact rendering of outputs for failure messages. */
export function describeOutputs(outputs: readonly Output[]): string {
  if (outputs.length === 0) return "no outputs";
  return outputs
    .map((o) => {
      switch (o.type) {
        case "ask":
          return `ask(${o.node})`;
        case "reask":
          return `reask(${o.reason})`;
        case "update_buttons":
          return `update_buttons(${o.node})`;
        case "complete":
          return `complete(${o.node})`;
        case "say":
          return "say";
      }
    })
    .join(" ");
}

/** Which routes of a flow a set of fixtures walked. */
export interface RouteCoverage {
  flow: string;
  edges: RouteEdge[];
  covered: RouteEdge[];
  missing: RouteEdge[];
}

/**
 * Runs the fixtures written for `flowPath` (others are ignored) and reports
 * which `routesOf` edges they took, automatic hops included.
 */
export function routeCoverage(flowPath: string, fixtureFiles: readonly string[] = findFixtures()): RouteCoverage {
  const bundle = loadBundleFile(flowPath);
  const target = resolve(repoRoot, flowPath);
  const taken = new Set<string>();
  for (const file of fixtureFiles) {
    const fixture = loadFixture(file);
    if (resolve(repoRoot, fixture.flow) !== target) continue;
    for (const edge of runFixture(fixture).edges) taken.add(edgeKey(edge));
  }
  const edges = routesOf(bundle.flow);
  return {
    flow: flowPath,
    edges,
    covered: edges.filter((e) => taken.has(edgeKey(e))),
    missing: edges.filter((e) => !taken.has(edgeKey(e))),
  };
}
