import { describe, expect, it } from "vitest";
import {
  FlowBrokenError,
  parseCoordinates,
  parseNumber,
  routesOf,
  showCurrent,
  startFlow,
  stepFlow,
  valueOf,
  visitOrder,
} from "../../src/flow/engine.js";
import { parseFlowBundle } from "../../src/flow/load.js";
import { flowSchema } from "../../src/flow/schema.js";
import type { FlowBundle, FlowState, Input, Output, Step } from "../../src/flow/types.js";
import { decodePress, encodePress, MAX_CALLBACK_BYTES, TELEGRAM_BUTTONS } from "../../src/bot/flow/callback-codec.js";
import { pressesOf } from "../../src/flow/validate.js";
import { parseYamlSource } from "../../src/flow/validate/source.js";
import { loadBundleFile, loadFixture, runFixture } from "../helpers/flow-fixtures.js";
import { buttonInput, dataOf, pressOf } from "../helpers/press.js";

const mini = loadBundleFile("tests/fixtures/flows/engine/mini.yaml");
let clock = 1_000;

function start(bundle: FlowBundle = mini): Step {
  return startFlow(bundle, { sessionId: "s1", now: clock });
}
function send(state: FlowState, input: Input, bundle: FlowBundle = mini): Step {
  clock += 10;
  return stepFlow(bundle, state, input, { now: clock });
}
const tap = (state: FlowState, data: string) => send(state, buttonInput(data));
const type = (state: FlowState, text: string) => send(state, { type: "text", text, lang: "en" });

function ask(outputs: Output[]): Extract<Output, { type: "ask" }> {
  const found = outputs.filter((o) => o.type === "ask").pop();
  if (found?.type !== "ask") throw new Error(`no ask in ${JSON.stringify(outputs)}`);
  return found;
}

/** Drives mini to the summary along a fixed path. */
function toSummary(): FlowState {
  let s = start().state;
  for (const data of ["f:safe_now:yes", "p:country:kh", "p:province:kh_preah_sihanouk", "p:compound:kp_one", "f:location:skip"]) s = tap(s, data).state;
  for (const data of ["m:violence:beaten", "m:violence:restrained", "m:violence:_done", "f:restraint_note:ok", "f:passport:taken", "f:ransom_amount:none", "f:minor:no", "p:nationality:vn"]) {
    s = tap(s, data).state;
  }
  s = type(s, "note").state;
  expect(s.node).toBe("summary");
  return s;
}

function bundleOf(flow: unknown): FlowBundle {
  return { flow: flowSchema.parse(flow), hash: "h", places: { countries: [] }, compounds: { compounds: [] }, sources: { flow: "" } };
}

describe("startFlow", () => {
  it("says opening info nodes and asks the first question", () => {
    const step = start();
    expect(step.state).toMatchObject({ v: 1, flowId: "mini", flowHash: mini.hash, sessionId: "s1", node: "safe_now", answers: {}, startedAt: clock });
    expect(step.outputs).toEqual([
      { type: "say", lines: [{ key: "i-intro" }] },
      {
        type: "ask",
        node: "safe_now",
        lines: [{ key: "q-safe" }],
        buttons: [[{ text: { key: "opt-yes" }, press: pressOf("f:safe_now:yes") }], [{ text: { key: "opt-not-now" }, press: pressOf("f:safe_now:not_now") }]],
      },
    ]);
    expect(step.accepted).toBe(false);
  });
});

describe("stepFlow", () => {
  it("never mutates the state it is given", () => {
    const s0 = start().state;
    const frozen = structuredClone(s0);
    const s1 = tap(s0, "f:safe_now:yes").state;
    expect(s0).toEqual(frozen);
    expect(s1).not.toBe(s0);
    expect(s1.answers).toEqual({ safe_now: { kind: "choice", option: "yes" } });
    expect(s1.updatedAt).toBe(clock);
  });

  it("returns the same state on a reask", () => {
    const s0 = start().state;
    const step = type(s0, "hello");
    expect(step.state).toBe(s0);
    expect(step.outputs).toEqual([{ type: "reask", node: "safe_now", reason: "use_buttons" }]);
    expect(step.accepted).toBe(false);
  });

  it("lists provinces with the featured ones first, two per row, then extra options", () => {
    let s = tap(start().state, "f:safe_now:yes").state;
    const step = tap(s, "p:country:kh");
    s = step.state;
    expect(ask(step.outputs).buttons).toEqual([
      [
        { text: { names: { en: "Preah Sihanouk" } }, press: pressOf("p:province:kh_preah_sihanouk") },
        { text: { names: { en: "Phnom Penh" } }, press: pressOf("p:province:kh_phnom_penh") },
      ],
      [{ text: { names: { en: "Pursat" } }, press: pressOf("p:province:kh_pursat") }],
      [{ text: { key: "opt-dont-know" }, press: pressOf("f:province:dont_know") }],
    ]);
  });

  it("asks for the location with requestLocation and a hint", () => {
    let s = tap(start().state, "f:safe_now:yes").state;
    const step = tap(s, "f:country:dont_know");
    s = step.state;
    expect(ask(step.outputs)).toMatchObject({ node: "location", lines: [{ key: "q-location" }, { key: "hint-location" }], requestLocation: true });
  });

  it("marks toggled multi options as selected and keeps option order", () => {
    let s = tap(tap(start().state, "f:safe_now:yes").state, "f:country:dont_know").state;
    s = tap(s, "f:location:skip").state;
    const t1 = tap(s, "m:violence:threats");
    const t2 = tap(t1.state, "m:violence:beaten");
    expect(t2.state.pending).toEqual(["beaten", "threats"]);
    expect(t2.outputs).toHaveLength(1);
    const update = t2.outputs[0];
    expect(update?.type).toBe("update_buttons");
    if (update?.type !== "update_buttons") return;
    expect(update.buttons.flat().map((b) => [dataOf(b), b.selected === true])).toEqual([
      ["m:violence:beaten", true],
      ["m:violence:restrained", false],
      ["m:violence:threats", true],
      ["m:violence:none", false],
      ["m:violence:_done", false],
    ]);
    expect(update.buttons.at(-1)?.[0]?.text).toEqual({ key: "btn-done" });
    const none = tap(t2.state, "m:violence:none");
    expect(none.state.pending).toEqual(["none"]);
    expect(tap(none.state, "m:violence:beaten").state.pending).toEqual(["beaten"]);
    const done = tap(t2.state, "m:violence:_done");
    expect(done.state.pending).toBeUndefined();
    expect(done.state.answers.violence).toEqual({ kind: "multi", options: ["beaten", "threats"] });
  });

  it("reports too_long with the maximum, counting characters not UTF-16 units", () => {
    let s = toSummary();
    s = tap(tap(s, "c:summary:edit").state, "e:summary:notes").state;
    expect(s.node).toBe("notes");
    expect(type(s, "x".repeat(51)).outputs).toEqual([{ type: "reask", node: "notes", reason: "too_long", args: { max: 50 } }]);
    // 50 emoji are 100 UTF-16 units but 50 characters.
    expect(type(s, "😀".repeat(50)).accepted).toBe(true);
  });

  it("reports out_of_range with min and max", () => {
    let s = toSummary();
    s = tap(tap(s, "c:summary:edit").state, "e:summary:ransom_amount").state;
    expect(type(s, "2m").outputs).toEqual([{ type: "reask", node: "ransom_amount", reason: "out_of_range", args: { min: 0, max: 1000000 } }]);
    expect(type(s, "9".repeat(90)).outputs[0]).toMatchObject({ reason: "out_of_range" });
    expect(type(s, "9".repeat(400)).outputs[0]).toMatchObject({ reason: "not_a_number" });
  });

});

/**
 * Every callback data the engine can put on a person's button for a bundle:
 * each question as shown at its node (a place question once per possible
 * parent answer, so every province and compound appears), the multi "done"
 * buttons, the confirm buttons, and the "change" list of `atSummary`.
 */
function everyButton(bundle: FlowBundle, atSummary: FlowState): string[] {
  const out = new Set<string>();
  const collect = (outputs: Output[]) => {
    for (const o of outputs) if (o.type === "ask" || o.type === "update_buttons") for (const b of o.buttons.flat()) out.add(dataOf(b));
  };
  const base = startFlow(bundle, { sessionId: "buttons", now: 1 }).state;
  const countries = bundle.places.countries;
  const anyPlace = [...countries.map((c) => c.id), ...countries.flatMap((c) => c.provinces.map((p) => p.id))];
  for (const [id, node] of Object.entries(bundle.flow.nodes)) {
    if (node.type === "end") continue;
    const parents = node.type === "place" && node.parent !== undefined ? node.parent : undefined;
    const answersList: FlowState["answers"][] =
      parents === undefined ? [{}] : anyPlace.map((place) => ({ [parents]: { kind: "place" as const, id: place } }));
    for (const answers of answersList) collect(showCurrent(bundle, { ...base, node: id, answers }));
  }
  collect(stepFlow(bundle, atSummary, buttonInput(`c:${atSummary.node}:edit`), { now: 2 }).outputs);
  return [...out].sort();
}

const overLong = (data: readonly string[]) => data.filter((d) => Buffer.byteLength(d, "utf8") > MAX_CALLBACK_BYTES);

describe("callback data of the real triage flow", () => {
  const triage = loadBundleFile("flows/triage.yaml");
  // A run that answers every core question (the place lists and contact hours included), stopped at the summary before filing.
  const full = loadFixture("tests/fixtures/flows/triage/sihanoukville-critical.test.yaml");
  const atSummary = runFixture({ ...full, steps: full.steps.slice(0, full.steps.findIndex((s) => s.confirm !== undefined)), card: undefined }).state;
  const buttons = everyButton(triage, atSummary);

  it("reaches the summary with every core question answered, each with its change button", () => {
    expect(atSummary.node).toBe("summary");
    const core = ["safe_now", "danger", "location", "country", "province", "compound", "passport", "restraint", "contact", "hours", "consent"];
    expect(buttons).toEqual(expect.arrayContaining(core.map((id) => `e:summary:${id}`)));
  });

  it("renders a button for every option of every step, every place and both confirm buttons", () => {
    const wanted: string[] = [];
    for (const [id, node] of Object.entries(triage.flow.nodes)) {
      if (node.type === "end" || node.type === "file_case") continue;
      if (node.type === "confirm") wanted.push(`c:${id}:ok`, `c:${id}:edit`);
      else for (const o of node.options ?? []) wanted.push(`${node.type === "multi" ? "m" : "f"}:${id}:${o.id}`);
      if (node.type === "multi") wanted.push(`m:${id}:_done`);
    }
    wanted.push(...triage.compounds.compounds.map((c) => `p:compound:${c.id}`));
    wanted.push(...triage.places.countries.flatMap((c) => c.provinces.map((p) => `p:province:${p.id}`)));
    wanted.push(...triage.places.countries.map((c) => `p:nationality:${c.id}`));
    expect(buttons).toEqual(expect.arrayContaining(wanted));
  });

  it("keeps every button within Telegram's 64 bytes, and each one decodes", () => {
    expect(buttons.length).toBeGreaterThan(200);
    expect(overLong(buttons)).toEqual([]);
    expect(buttons.filter((data) => decodePress(data) === undefined)).toEqual([]);
  });

  it("sends only buttons flows:check measures, so the check sees every one", () => {
    const yaml = (text: string, file: string) => parseYamlSource(file, text).source;
    const checked = new Set(
      pressesOf({
        flow: triage.flow,
        flowSource: yaml(triage.sources.flow, "triage.yaml"),
        places: { data: triage.places, source: yaml(triage.sources.places ?? "", "places.yaml") },
        compounds: { data: triage.compounds, source: yaml(triage.sources.compounds ?? "", "compounds.yaml") },
      }).map((c) => encodePress(c.press)),
    );
    expect(buttons.filter((data) => !checked.has(data))).toEqual([]);
  });

  it("detects an over-long id: the engine would send a button no press can come back from, and flows:check reports it", () => {
    const long = "i_do_not_know_if_they_would_stop_me_at_the_gate_at_night";
    const broken = structuredClone(triage);
    const restraint = broken.flow.nodes.restraint;
    if (restraint?.type !== "choice") throw new Error("triage has a choice step restraint");
    restraint.options = restraint.options.map((o) => (o.id === "dont_know" ? { ...o, id: long } : o));
    const data = `f:restraint:${long}`;
    expect(overLong(everyButton(broken, atSummary))).toEqual([data]);
    // Why it matters: the press comes back as data over 64 bytes, which the engine (rightly) refuses.
    const atRestraint: FlowState = { ...atSummary, node: "restraint" };
    expect(stepFlow(broken, atRestraint, buttonInput(data), { now: 3 }).outputs).toEqual([{ type: "reask", node: "restraint", reason: "use_buttons" }]);
    // And the validator catches it before it could go live.
    const source = triage.sources.flow.replace("{ id: dont_know, label: opt-dont-know }\n    next: contact", `{ id: ${long}, label: opt-dont-know }\n    next: contact`);
    expect(source).not.toBe(triage.sources.flow);
    const { problems } = parseFlowBundle({ ...triage.sources, flow: source }, { flow: "triage.yaml" }, { buttons: TELEGRAM_BUTTONS });
    expect(problems.map((p) => [p.rule, p.message])).toEqual([
      ["callback_data_too_long", `the button "${data}" is ${Buffer.byteLength(data)} bytes long, over Telegram's limit of 64`],
    ]);
  });
});

describe("summary and editing", () => {
  it("renders one item per answered node with a field, in visit order", () => {
    const s = toSummary();
    const summary = ask(showCurrent(mini, s));
    expect(summary.lines).toEqual([{ key: "q-summary" }]);
    expect(summary.buttons).toEqual([[{ text: { key: "btn-send" }, press: pressOf("c:summary:ok") }], [{ text: { key: "btn-change" }, press: pressOf("c:summary:edit") }]]);
    expect(summary.summary?.slice(0, 6)).toEqual([
      { node: "safe_now", field: "safe_now", label: { key: "field-safe-now" }, value: [{ key: "opt-yes" }] },
      { node: "country", field: "country", label: { key: "field-country" }, value: [{ names: { en: "Cambodia", km: "កម្ពុជា" } }] },
      { node: "province", field: "province", label: { key: "field-province" }, value: [{ names: { en: "Preah Sihanouk" } }] },
      { node: "compound", field: "compound", label: { key: "field-compound" }, value: [{ names: { en: "Compound One" } }] },
      { node: "location", field: "location", label: { key: "field-location" }, value: [{ key: "summary-skipped" }] },
      { node: "violence", field: "violence", label: { key: "field-violence" }, value: [{ key: "opt-beaten" }, { key: "opt-restrained" }] },
    ]);
    expect(summary.summary?.at(-1)).toEqual({ node: "notes", field: "notes", label: { key: "field-notes" }, value: [{ verbatim: "note" }] });
    // restraint_note was answered but has no field: not on the summary.
    expect(summary.summary?.map((i) => i.node)).not.toContain("restraint_note");
  });

  it("reads a skipped question back as not answered, never as the word Skip", () => {
    const node = { type: "choice" as const, ask: "q", options: [{ id: "skip", label: "opt-skip" }, { id: "yes", label: "opt-yes" }] };
    expect(valueOf(mini, node, { kind: "choice", option: "skip" })).toEqual([{ key: "summary-skipped" }]);
    expect(valueOf(mini, node, { kind: "choice", option: "yes" })).toEqual([{ key: "opt-yes" }]);
  });

  it("renders answers that no longer match the flow as summary-unknown", () => {
    const passport = mini.flow.nodes.passport;
    if (!passport) throw new Error("mini has passport");
    expect(valueOf(mini, passport, { kind: "choice", option: "gone" })).toEqual([{ key: "summary-unknown" }]);
    expect(valueOf(mini, passport, { kind: "place", id: "atlantis" })).toEqual([{ key: "summary-unknown" }]);
    // On the path itself an invalid answer stops the walk: it is asked again, not summarised.
    const s = toSummary();
    expect(visitOrder(mini, { ...s.answers, notes: { kind: "choice", option: "gone" } })).not.toContain("notes");
  });

  it("shows the change list and edits with editing: true", () => {
    const s = toSummary();
    const list = tap(s, "c:summary:edit");
    expect(list.accepted).toBe(true);
    expect(list.state).toBe(s);
    const out = ask(list.outputs);
    expect(out.node).toBe("summary");
    expect(out.lines).toEqual([{ key: "summary-pick-change" }]);
    expect(out.buttons[0]).toEqual([{ text: { key: "field-safe-now" }, press: pressOf("e:summary:safe_now") }]);
    const editing = tap(s, "e:summary:violence");
    expect(editing.state).toMatchObject({ node: "violence", editing: true, pending: ["beaten", "restrained"] });
    expect(ask(editing.outputs).buttons.flat().filter((b) => b.selected).map((b) => dataOf(b))).toEqual(["m:violence:beaten", "m:violence:restrained"]);
  });

  it("drops answers of a branch the person left", () => {
    let s = toSummary();
    expect(s.answers.restraint_note).toEqual({ kind: "choice", option: "ok" });
    s = tap(s, "e:summary:violence").state;
    s = tap(s, "m:violence:restrained").state;
    const done = tap(s, "m:violence:_done");
    expect(done.state.node).toBe("summary");
    expect(done.state.editing).toBeUndefined();
    expect(done.state.answers.restraint_note).toBeUndefined();
    expect(done.state.answers.passport).toEqual({ kind: "choice", option: "taken" });
  });

  it("clears the province and compound when the country changes", () => {
    let s = tap(toSummary(), "e:summary:country").state;
    const step = tap(s, "p:country:mm");
    s = step.state;
    expect(s.node).toBe("province");
    expect(s.answers.province).toBeUndefined();
    expect(s.answers.compound).toBeUndefined();
    expect(s.answers.passport).toBeDefined();
    expect(s.editing).toBe(true);
  });

  it("confirms to the end node: say, then complete, and done", () => {
    const step = tap(toSummary(), "c:summary:ok");
    expect(step.outputs).toEqual([
      { type: "say", lines: [{ key: "end-done" }, { key: "hint-done" }] },
      { type: "complete", node: "done" },
    ]);
    expect(step.state).toMatchObject({ node: "done", done: true });
    expect(showCurrent(mini, step.state)).toEqual([]);
    expect(tap(step.state, "c:summary:ok").outputs).toEqual([{ type: "reask", node: "done", reason: "stale_button" }]);
    expect(send(step.state, { type: "unsupported", kind: "photo" }).outputs).toEqual([]);
  });
});

describe("robustness", () => {
  it("refuses buttons of other nodes as stale and unknown ones as use_buttons", () => {
    const s = toSummary();
    expect(tap(s, "f:safe_now:yes").outputs[0]).toMatchObject({ reason: "stale_button" });
    expect(tap(s, "f:constructor:yes").outputs[0]).toMatchObject({ reason: "use_buttons" });
    expect(tap(s, "c:summary:maybe").outputs[0]).toMatchObject({ reason: "use_buttons" });
    expect(tap(s, "x".repeat(5000)).outputs[0]).toMatchObject({ reason: "use_buttons" });
    expect(tap(s, "f:summary:ok").outputs[0]).toMatchObject({ reason: "use_buttons" });
  });

  it("rejects locations out of range", () => {
    let s = tap(tap(start().state, "f:safe_now:yes").state, "f:country:dont_know").state;
    expect(send(s, { type: "location", lat: Number.NaN, lon: 3 }).outputs[0]).toMatchObject({ reason: "unsupported" });
    s = send(s, { type: "location", lat: -33.9, lon: 151.2 }).state;
    expect(s.answers.location).toEqual({ kind: "location", lat: -33.9, lon: 151.2 });
  });

  it("throws FlowBrokenError on a state whose node is not in the flow", () => {
    const s = { ...start().state, node: "gone" };
    expect(() => type(s, "x")).toThrow(FlowBrokenError);
  });

  it("throws on a route to a missing node and on a loop without a question", () => {
    const scoring = { priority: {}, indicators: {} };
    const missing = bundleOf({ specVersion: 1, id: "b", start: "a", scoring, nodes: { a: { type: "info", ask: "k", next: "nowhere" } } });
    expect(() => start(missing)).toThrow(FlowBrokenError);
    const loop = bundleOf({
      specVersion: 1,
      id: "b",
      start: "a",
      scoring,
      nodes: { a: { type: "info", ask: "k", next: "b" }, b: { type: "info", ask: "k", next: "a" } },
    });
    expect(() => start(loop)).toThrow(FlowBrokenError);
  });

  it("skips a place picker with nothing to offer when the bundle has no data", () => {
    const b = bundleOf({
      specVersion: 1,
      id: "b",
      start: "where",
      scoring: { priority: {}, indicators: {} },
      nodes: {
        where: { type: "place", ask: "k", source: "compounds", next: "end" },
        end: { type: "end", ask: "bye" },
      },
    });
    const step = start(b);
    expect(step.state.done).toBe(true);
    expect(step.outputs).toEqual([{ type: "say", lines: [{ key: "bye" }] }]);
  });
});

describe("routesOf", () => {
  it("lists next strings and route lists in file order", () => {
    const edges = routesOf(mini.flow);
    expect(edges.slice(0, 4)).toEqual([
      { from: "intro", to: "safe_now" },
      { from: "safe_now", when: "not_now", to: "later" },
      { from: "safe_now", to: "country" },
      { from: "country", when: "dont_know", to: "location" },
    ]);
    expect(edges.some((e) => e.from === "later" || e.from === "done")).toBe(false);
    expect(edges).toHaveLength(17);
  });
});

describe("parsing helpers", () => {
  it.each([
    ["5000", 5000],
    ["5,000", 5000],
    ["$5000", 5000],
    ["5000 USD", 5000],
    ["5k", 5000],
    ["1.5 million", 1_500_000],
    ["5 000", 5000],
    ["5.000", 5000],
    ["2,5", 2.5],
    ["about 20k usdt", 20_000],
    ["5000 or 6000", undefined],
    ["5-10", undefined],
    ["building B3", undefined],
    ["K99", undefined],
    ["in block7 with 12 others", undefined],
    ["usd5000", 5000],
    ["12 people", 12],
    ["none", undefined],
    ["", undefined],
  ])("parseNumber(%j) = %j", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it("reads typed coordinates and map links, not stray numbers", () => {
    expect(parseCoordinates("10.627, 103.522")).toEqual({ lat: 10.627, lon: 103.522 });
    expect(parseCoordinates("https://maps.google.com/?q=16.64,98.51")).toEqual({ lat: 16.64, lon: 98.51 });
    expect(parseCoordinates("room 5, floor 10")).toBeUndefined();
    expect(parseCoordinates("95, 10")).toBeUndefined();
  });

});
