import type { FlowNode } from "../schema.js";
import type { Answer, FlowBundle, FlowState, Input, Output, Press, ReaskReason, Step } from "../types.js";
import { FlowBrokenError, hasNode, nodeOf, optionsOf } from "./nodes.js";
import { charLength, cleanText, parseCoordinates, parseNumber } from "./parse.js";
import { placeChoices } from "./places.js";
import { askOf, CONFIRM_EDIT, CONFIRM_OK, DONE, editListOf, linesOf, multiButtons, summaryOf } from "./render.js";
import { chooseRoute, dependentsOf, isValidAnswer, passesThrough, pruneAnswers, type RouteEdge } from "./route.js";

/** Longest name typed into a place picker that allows typing. */
export const PLACE_TEXT_MAX = 200;

/** Options of `stepFlow`. */
export interface StepOptions {
  /** Clock of this step (ms); the engine never reads the time itself. */
  now: number;
  /** Called for every edge taken, including automatic ones (coverage, tracing). */
  onRoute?: (edge: RouteEdge) => void;
}

/** Options of `startFlow`. */
export interface StartOptions extends StepOptions {
  /** Random id of this run, made by the caller; becomes the case id. */
  sessionId: string;
}

/**
 * Starts a run of the bundle's flow: passes any opening info nodes and asks
 * the first question.
 */
export function startFlow(bundle: FlowBundle, opts: StartOptions): Step {
  const state: FlowState = {
    v: 1,
    flowId: bundle.flow.id,
    flowHash: bundle.hash,
    sessionId: opts.sessionId,
    node: bundle.flow.start,
    answers: {},
    startedAt: opts.now,
    updatedAt: opts.now,
  };
  const outputs: Output[] = [];
  return { state: settle(bundle, state, bundle.flow.start, outputs, opts), outputs, accepted: false };
}

/** The current question again (after a language switch or a restart); nothing once done. */
export function showCurrent(bundle: FlowBundle, state: FlowState): Output[] {
  if (state.done) return [];
  nodeOf(bundle, state.node);
  return [askOf(bundle, state)];
}

/**
 * Applies one input to a run. Never throws on what a person sends: input
 * that cannot be taken gives a `reask` and the same state. Throws
 * `FlowBrokenError` only when the bundle or state contradicts itself.
 */
export function stepFlow(bundle: FlowBundle, state: FlowState, input: Input, opts: StepOptions): Step {
  if (state.done) {
    // The runner owns what happens after completion; only old buttons get a word.
    return input.type === "button" ? reask(state, "stale_button") : { state, outputs: [], accepted: false };
  }
  const node = nodeOf(bundle, state.node);
  switch (input.type) {
    case "unsupported":
      return reask(state, "unsupported");
    case "button":
      return onButton(bundle, state, node, input.press, opts);
    case "text":
      return onText(bundle, state, node, input.text, input.lang, opts);
    case "location": {
      const valid = Number.isFinite(input.lat) && Number.isFinite(input.lon) && Math.abs(input.lat) <= 90 && Math.abs(input.lon) <= 180;
      if (node.type !== "location") return reask(state, refusal(node));
      if (!valid) return reask(state, "unsupported");
      return answer(bundle, state, { kind: "location", lat: input.lat, lon: input.lon }, opts);
    }
  }
}

function reask(state: FlowState, reason: ReaskReason, args?: Record<string, string | number>): Step {
  const output: Output = args ? { type: "reask", node: state.node, reason, args } : { type: "reask", node: state.node, reason };
  return { state, outputs: [output], accepted: false };
}

/** Why a node cannot take a text/location it was not built for. */
function refusal(node: FlowNode): ReaskReason {
  const typing = node.type === "text" || node.type === "number" || (node.type === "place" && node.allowText);
  return typing ? "unsupported" : "use_buttons";
}

function onButton(bundle: FlowBundle, state: FlowState, node: FlowNode, cb: Press | undefined, opts: StepOptions): Step {
  if (!cb) return reask(state, "use_buttons");
  if (cb.node !== state.node) return reask(state, hasNode(bundle, cb.node) ? "stale_button" : "use_buttons");
  const isOption = optionsOf(node).some((o) => o.id === cb.arg);
  switch (cb.kind) {
    case "option":
      if (node.type === "multi" || !isOption) break;
      return answer(bundle, state, { kind: "choice", option: cb.arg }, opts);
    case "toggle":
      if (node.type !== "multi") break;
      if (cb.arg === DONE) {
        const pending = state.pending ?? [];
        return pending.length === 0 ? reask(state, "empty") : answer(bundle, state, { kind: "multi", options: pending }, opts);
      }
      if (!isOption) break;
      return toggle(state, node, cb.arg, opts);
    case "place":
      if (node.type !== "place" || !placeChoices(bundle, node, state.answers)?.some((p) => p.id === cb.arg)) break;
      return answer(bundle, state, { kind: "place", id: cb.arg }, opts);
    case "confirm":
      if (node.type !== "confirm") break;
      if (cb.arg === CONFIRM_OK) return confirm(bundle, state, opts);
      if (cb.arg === CONFIRM_EDIT) return { state, outputs: [editListOf(bundle, state)], accepted: true };
      break;
    case "edit":
      if (node.type !== "confirm" || !summaryOf(bundle, state.answers).some((i) => i.node === cb.arg)) break;
      return goEdit(bundle, state, cb.arg, opts);
  }
  return reask(state, "use_buttons");
}

function onText(bundle: FlowBundle, state: FlowState, node: FlowNode, raw: string, lang: string, opts: StepOptions): Step {
  switch (node.type) {
    case "text":
    case "place": {
      if (node.type === "place" && !node.allowText) return reask(state, "use_buttons");
      const max = node.type === "text" ? node.maxLength : PLACE_TEXT_MAX;
      const text = cleanText(raw);
      if (text.length === 0) return reask(state, "empty");
      if (charLength(text) > max) return reask(state, "too_long", { max });
      return answer(bundle, state, { kind: "text", text, lang }, opts);
    }
    case "number": {
      const value = parseNumber(raw);
      if (value === undefined) return reask(state, cleanText(raw).length === 0 ? "empty" : "not_a_number");
      if (!Number.isFinite(value) || value < node.min || value > node.max) {
        return reask(state, "out_of_range", { min: node.min, max: node.max });
      }
      return answer(bundle, state, { kind: "number", value }, opts);
    }
    case "location": {
      const at = parseCoordinates(raw);
      return at ? answer(bundle, state, { kind: "location", ...at }, opts) : reask(state, "use_buttons");
    }
    default:
      return reask(state, "use_buttons");
  }
}

function toggle(state: FlowState, node: FlowNode, optionId: string, opts: StepOptions): Step {
  const options = optionsOf(node);
  const exclusive = (id: string) => options.some((o) => o.id === id && o.exclusive === true);
  const pending = state.pending ?? [];
  let chosen: string[];
  if (pending.includes(optionId)) chosen = pending.filter((id) => id !== optionId);
  else if (exclusive(optionId)) chosen = [optionId];
  else chosen = [...pending.filter((id) => !exclusive(id)), optionId];
  // Keep option order so the stored answer does not depend on tapping order.
  const ordered = options.map((o) => o.id).filter((id) => chosen.includes(id));
  const next: FlowState = { ...state, pending: ordered, updatedAt: opts.now };
  return { state: next, outputs: [{ type: "update_buttons", node: state.node, buttons: multiButtons(state.node, node, ordered) }], accepted: true };
}

/** Stores the answer of the current node and moves on. */
function answer(bundle: FlowBundle, state: FlowState, given: Answer, opts: StepOptions): Step {
  const id = state.node;
  const previous = Object.hasOwn(state.answers, id) ? state.answers[id] : undefined;
  let answers: Record<string, Answer> = { ...state.answers, [id]: given };
  if (previous !== undefined && JSON.stringify(previous) !== JSON.stringify(given)) {
    // A new country invalidates the province and compound chosen inside it.
    for (const dependent of dependentsOf(bundle.flow, id)) delete answers[dependent];
  }
  if (state.editing) answers = pruneAnswers(bundle, answers);
  const edge = chooseRoute(bundle, id, given);
  opts.onRoute?.(edge);
  const outputs: Output[] = [];
  const next = settle(bundle, { ...withoutPending(state), answers, updatedAt: opts.now }, edge.to, outputs, opts);
  return { state: next, outputs, accepted: true };
}

function confirm(bundle: FlowBundle, state: FlowState, opts: StepOptions): Step {
  const edge = chooseRoute(bundle, state.node, undefined);
  opts.onRoute?.(edge);
  const outputs: Output[] = [];
  const next = settle(bundle, { ...withoutEditing(state), updatedAt: opts.now }, edge.to, outputs, opts);
  return { state: next, outputs, accepted: true };
}

function goEdit(bundle: FlowBundle, state: FlowState, target: string, opts: StepOptions): Step {
  const next = enter(bundle, { ...state, editing: true, updatedAt: opts.now }, target);
  return { state: next, outputs: [askOf(bundle, next)], accepted: true };
}

/** Makes `nodeId` current; a multi-choice starts from its earlier answer. */
function enter(bundle: FlowBundle, state: FlowState, nodeId: string): FlowState {
  const node = nodeOf(bundle, nodeId);
  const base = { ...withoutPending(state), node: nodeId };
  const earlier = Object.hasOwn(state.answers, nodeId) ? state.answers[nodeId] : undefined;
  if (node.type === "multi" && earlier?.kind === "multi") {
    return { ...base, pending: earlier.options.filter((id) => optionsOf(node).some((o) => o.id === id)) };
  }
  return base;
}

/**
 * Moves from `target` to the next node that needs the person: info nodes
 * without buttons are said and passed, place pickers with nothing to offer
 * are skipped, and while editing, nodes that still hold a valid answer are
 * passed. Ends at a question, the confirm node, or an end node.
 */
function settle(bundle: FlowBundle, state: FlowState, target: string, outputs: Output[], opts: StepOptions): FlowState {
  let current = state;
  let id = target;
  const passed = new Set<string>();
  const limit = Object.keys(bundle.flow.nodes).length * 2 + 2;
  for (let hops = 0; hops <= limit; hops++) {
    const node = nodeOf(bundle, id);
    if (node.type === "end") {
      outputs.push({ type: "say", lines: linesOf(node) });
      if (node.createsCase) outputs.push({ type: "complete", node: id });
      return { ...withoutEditing(withoutPending(current)), node: id, done: true };
    }
    if (node.type === "confirm") {
      const at = { ...withoutEditing(withoutPending(current)), node: id };
      outputs.push(askOf(bundle, at));
      return at;
    }
    if (node.type === "file_case" && current.filed !== true) {
      outputs.push({ type: "file", node: id });
      current = { ...current, filed: true };
    }
    const answers = current.answers;
    let taken: Answer | undefined;
    if (passesThrough(bundle, node, answers)) {
      if (node.type === "info") outputs.push({ type: "say", lines: linesOf(node) });
      if (Object.hasOwn(answers, id)) current = { ...current, answers: omit(answers, id) };
    } else {
      const earlier = Object.hasOwn(answers, id) ? answers[id] : undefined;
      const keep = current.editing === true && !passed.has(id) && earlier !== undefined && isValidAnswer(bundle, node, earlier, answers);
      if (!keep) {
        const at = enter(bundle, current, id);
        outputs.push(askOf(bundle, at));
        return at;
      }
      taken = earlier;
    }
    passed.add(id);
    const edge = chooseRoute(bundle, id, taken);
    opts.onRoute?.(edge);
    id = edge.to;
  }
  throw new FlowBrokenError(`flow ${bundle.flow.id}: loop without a question from "${target}"`);
}

function omit(answers: Record<string, Answer>, id: string): Record<string, Answer> {
  const { [id]: _dropped, ...rest } = answers;
  return rest;
}

function withoutPending(state: FlowState): FlowState {
  const { pending: _pending, ...rest } = state;
  return rest;
}

function withoutEditing(state: FlowState): FlowState {
  const { editing: _editing, ...rest } = state;
  return rest;
}
