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
 * card:                                  # optional; checked against buildCard(...) after the last step (finished, or filed)
 *   tier: critical                       # exact
 *   flags: [passport_retained]           # EXACT set: these and no others (order-insensitive); [] = no flag at all
 *   reasons: [passport_retained]         # EXACT set, as `flags`; [] = nothing lifted the tier
 *   indicators: [retention_of_identity_documents]  # EXACT set, as `flags`
 *   flagsInclude: [minor]                # subset: all must be present, others may be too
 *   reasonsInclude: [minor]              # subset (same for `indicatorsInclude`)
 *   notFlags: [minor]                    # none may be present
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
 *   - `filed: true|false`: a `file` output (a `file_case` step) was (not) given
 *   - `buttons: [ids…]`: option ids of the question now shown (last segment
 *     of each button's data, `_done` left out), order-insensitive, exact set
 *   - `summary: [fields…]`: card fields of the summary shown, in order
 *   - `accepted: true|false`: the step's `accepted`
 *
 * A step without `expect` only has to run without an exception. Every step
 * also checks that the state stays on a node of the flow. Failures name the
 * fixture file and the step index (0-based, as in the file).
 *
 * `flags`, `reasons` and `indicators` are exact on purpose: a subset check
 * with an empty list checks nothing, and a fixture that lists only some flags
 * would never notice a flag that appears by mistake. Use the `…Include` keys
 * only when a fixture is about one fact and the rest is beside the point.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import { CONFIRM_EDIT, CONFIRM_OK, edgeKey, routesOf, showCurrent, startFlow, stepFlow, type RouteEdge } from "../../src/flow/engine.js";
import { formatProblem, parseFlowBundle, type FlowSourceNames, type FlowSources } from "../../src/flow/load.js";
import type { FlowBundle, FlowState, Input, Output, Step } from "../../src/flow/types.js";
import { buildCard, type TriageCard } from "../../src/triage/card.js";
import { buttonInput, dataOf } from "./press.js";
import { encodePress } from "../../src/bot/flow/callback-codec.js";

/** The repository root (fixture `flow:` paths are relative to it). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const expectSchema = z.strictObject({
  ask: z.string().optional(),
  reask: z.string().optional(),
  complete: z.boolean().optional(),
  say: z.boolean().optional(),
  filed: z.boolean().optional(),
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

const uniqueList = z.array(z.string()).refine((xs) => new Set(xs).size === xs.length, { message: "lists an item twice" });

const cardExpectSchema = z.strictObject({
  tier: z.enum(["critical", "high", "normal"]).optional(),
  flags: uniqueList.optional(),
  reasons: uniqueList.optional(),
  indicators: uniqueList.optional(),
  flagsInclude: uniqueList.optional(),
  reasonsInclude: uniqueList.optional(),
  indicatorsInclude: uniqueList.optional(),
  notFlags: uniqueList.optional(),
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
 * Loads a flow and its data files into a bundle with the project's own
 * loader (`parseFlowBundle` of src/flow/load.ts: YAML, schema and every
 * semantic rule; texts are not checked, the engine never renders them), so
 * the bundle and its `hash` are exactly what the registry would serve.
 * Throws, naming each problem, when the flow is missing or invalid. Cached per path.
 */
export function loadBundleFile(flowPath: string): FlowBundle {
  const abs = resolve(repoRoot, flowPath);
  const cached = bundles.get(abs);
  if (cached) return cached;
  if (!existsSync(abs)) throw new FixtureError(`flow file ${flowPath} does not exist (renamed or moved?)`);
  const flow = readFileSync(abs, "utf8");
  const sources: FlowSources = { flow };
  const names: FlowSourceNames = { flow: relative(repoRoot, abs) };
  const data: unknown = Reflect.get(Object(parse(flow)), "data");
  for (const kind of ["places", "compounds"] as const) {
    const ref: unknown = data !== null && typeof data === "object" ? Reflect.get(data, kind) : undefined;
    if (typeof ref !== "string") continue;
    const path = resolve(dirname(abs), ref);
    sources[kind] = readFileSync(path, "utf8");
    names[kind] = relative(repoRoot, path);
  }
  const result = parseFlowBundle(sources, names);
  if (!result.bundle) throw new FixtureError(`${flowPath} is not a valid flow:\n${result.problems.map(formatProblem).join("\n")}`);
  bundles.set(abs, result.bundle);
  return result.bundle;
}

/** What a fixture run ends with. */
export interface FixtureResult {
  state: FlowState;
  card: TriageCard | undefined;
  /** Every route edge the run took, automatic hops included. */
  edges: RouteEdge[];
  /** Every accepted answer of the run as `(node, pick)` pairs, see {@link answerPicksOf}. */
  picks: AnswerPick[];
}

const START = 1_700_000_000_000;

/** Runs a fixture through the engine; throws `FixtureError` on the first mismatch. */
export function runFixture(fixture: FlowFixture): FixtureResult {
  const bundle = loadBundleFile(fixture.flow);
  const edges: RouteEdge[] = [];
  const onRoute = (edge: RouteEdge) => edges.push(edge);
  const picks: AnswerPick[] = [];
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
        if (last.accepted) picks.push(...picksOf(bundle, state, input, last.state));
        if (i < inputs.length - 1 && !last.accepted) {
          fail(`press ${i + 1} of ${inputs.length} (${describeInput(input)}) was not accepted: ${describeOutputs(last.outputs)}`);
        }
        state = last.state;
      });
    }
    if (!Object.hasOwn(bundle.flow.nodes, last.state.node)) fail(`state is on "${last.state.node}", not a node of the flow`);
    if (step.expect) checkExpect(bundle, last, step.expect, fail);
  });

  // A run that stopped after its `file_case` step has a case too: its card is what the desk has.
  const card = last.state.done || last.state.filed ? buildCard(bundle, last.state, { caseId: last.state.sessionId, lang: fixture.lang, now }) : undefined;
  if (fixture.card) {
    if (!card) throw new FixtureError(`${fixture.file}: card expected but the flow did not file a case (at "${last.state.node}")`);
    checkCard(fixture, card);
  }
  return { state: last.state, card, edges, picks };
}

/** One answer a person can give at a node: an option id, or a kind of typed/picked answer. */
export interface AnswerPick {
  node: string;
  /** An option id (choice, multi, extra buttons of other steps, info), `ok`/`edit` of a confirm, or `<place>`, `<text>`, `<number>`, `<location>`. */
  pick: string;
}

/** Stable identity of a pick, for sets and reports. */
export const pickKey = (p: AnswerPick): string => `${p.node}:${p.pick}`;

/**
 * Every answer each step of a flow accepts, as pairs to cover: each option
 * of every step (each option of a multi on its own), both buttons of a
 * confirm, and for steps that take something else the kind of it: a place
 * from the list (`<place>`), a typed name where `allowText` (`<text>`), a
 * text, a number, a location pin.
 */
export function answerPicksOf(bundle: FlowBundle): AnswerPick[] {
  const out: AnswerPick[] = [];
  for (const [node, def] of Object.entries(bundle.flow.nodes)) {
    const add = (pick: string) => out.push({ node, pick });
    switch (def.type) {
      case "end":
      case "file_case":
        break;
      case "confirm":
        add(CONFIRM_OK);
        add(CONFIRM_EDIT);
        break;
      default:
        for (const option of def.options ?? []) add(option.id);
        if (def.type === "place") {
          add("<place>");
          if (def.allowText) add("<text>");
        }
        if (def.type === "text" || def.type === "number" || def.type === "location") add(`<${def.type}>`);
    }
  }
  return out;
}

/** What an accepted input at `before.node` answered, as picks (none for a multi toggle or the "change" list). */
function picksOf(bundle: FlowBundle, before: FlowState, input: Input, after: FlowState): AnswerPick[] {
  const node = before.node;
  if (bundle.flow.nodes[node]?.type === "confirm") {
    const cb = input.type === "button" ? input.press : undefined;
    return cb?.kind === "confirm" ? [{ node, pick: cb.arg }] : [];
  }
  const given = Object.hasOwn(after.answers, node) ? after.answers[node] : undefined;
  // The engine stores a fresh object for every answer; an unchanged reference means nothing was answered here.
  if (!given || given === before.answers[node]) return [];
  switch (given.kind) {
    case "choice":
      return [{ node, pick: given.option }];
    case "multi":
      return given.options.map((pick) => ({ node, pick }));
    default:
      return [{ node, pick: `<${given.kind}>` }];
  }
}

type Fail = (message: string) => never;
type MakeInput = (state: FlowState) => Input;

/** Inputs of a step's action, built lazily because `pick` and `edit` depend on the state in between. */
function inputsOf(bundle: FlowBundle, state: FlowState, step: FixtureStep, lang: string, fail: Fail): MakeInput[] | undefined {
  const button = (data: string): MakeInput => () => (buttonInput(data));
  const shown = (suffix: string): MakeInput => (s) => (buttonInput(findButton(bundle, s, suffix, fail)));
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
  const hit = shown.find((b) => dataOf(b).endsWith(suffix));
  if (!hit) fail(`no button "${suffix.slice(1)}" on "${state.node}"; buttons: ${shown.map((b) => dataOf(b)).join(" ") || "none"}`);
  return (hit ? dataOf(hit) : "");
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
  if (expect.filed !== undefined && outputs.some((o) => o.type === "file") !== expect.filed) fail(`expected filed: ${expect.filed}, got ${got}`);
  if (expect.say !== undefined && outputs.some((o) => o.type === "say") !== expect.say) fail(`expected say: ${expect.say}, got ${got}`);
  if (expect.accepted !== undefined && step.accepted !== expect.accepted) fail(`expected accepted: ${expect.accepted}, got ${step.accepted}`);
  if (expect.buttons !== undefined) {
    const ask = lastAsk ?? showCurrent(bundle, step.state).find((o) => o.type === "ask");
    const ids = (ask?.type === "ask" ? ask.buttons.flat() : []).map((b) => dataOf(b).slice(dataOf(b).lastIndexOf(":") + 1)).filter((id) => id !== "_done");
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
  for (const name of ["flags", "reasons", "indicators"] as const) {
    const exact = want[name];
    if (exact !== undefined) {
      const missing = exact.filter((x) => !card[name].includes(x));
      const extra = card[name].filter((x) => !exact.includes(x));
      if (missing.length > 0 || extra.length > 0) {
        const parts = [missing.length > 0 ? `lack ${missing.join(", ")}` : "", extra.length > 0 ? `also hold ${extra.join(", ")}` : ""];
        fail(`${name} ${parts.filter(Boolean).join(" and ")}: expected [${exact.join(", ")}], got [${card[name].join(", ")}]`);
      }
    }
    const included = want[`${name}Include`] ?? [];
    const lacking = included.filter((x) => !card[name].includes(x));
    if (lacking.length > 0) fail(`${name} lack ${lacking.join(", ")}: got [${card[name].join(", ")}]`);
  }
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
  // In a fixture, `null` means "not there".
  if (expected === null) return actual === null || actual === undefined;
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
  return input.type === "button" ? (input.press ? encodePress(input.press) : "<not a press>") : input.type;
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
        case "file":
          return `file(${o.node})`;
        case "say":
          return "say";
      }
    })
    .join(" ");
}

/** Which routes and answers of a flow a set of fixtures took. */
export interface FlowCoverage {
  flow: string;
  /** Every `routesOf` edge, and those no fixture took (automatic hops count as taken). */
  edges: RouteEdge[];
  missingEdges: RouteEdge[];
  /** Every {@link answerPicksOf} pair, and those no fixture chose. */
  picks: AnswerPick[];
  missingPicks: AnswerPick[];
}

/** Runs the fixtures written for `flowPath` (others are ignored) and reports what they left out. */
export function flowCoverage(flowPath: string, fixtureFiles: readonly string[] = findFixtures()): FlowCoverage {
  const bundle = loadBundleFile(flowPath);
  const target = resolve(repoRoot, flowPath);
  const takenEdges = new Set<string>();
  const takenPicks = new Set<string>();
  let runs = 0;
  for (const file of fixtureFiles) {
    const fixture = loadFixture(file);
    if (resolve(repoRoot, fixture.flow) !== target) continue;
    runs++;
    const result = runFixture(fixture);
    for (const edge of result.edges) takenEdges.add(edgeKey(edge));
    for (const pick of result.picks) takenPicks.add(pickKey(pick));
  }
  if (runs === 0) throw new FixtureError(`no fixture is written for ${flowPath}`);
  const edges = routesOf(bundle.flow);
  const picks = answerPicksOf(bundle);
  return {
    flow: flowPath,
    edges,
    missingEdges: edges.filter((e) => !takenEdges.has(edgeKey(e))),
    picks,
    missingPicks: picks.filter((p) => !takenPicks.has(pickKey(p))),
  };
}
