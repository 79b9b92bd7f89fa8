import { fieldOf, type FlowNode, type FlowOption } from "../schema.js";
import type { Answer, Button, FlowBundle, FlowState, Output, PressKind, SummaryItem, Text } from "../types.js";
import { nodeOf, optionsOf } from "./nodes.js";
import { placeChoices, placeNames } from "./places.js";
import { visitOrder } from "./route.js";

type AskOutput = Extract<Output, { type: "ask" }>;

/** Data of the multi-choice "done" button; `_` keeps it apart from option slugs. */
export const DONE = "_done";
/** Confirm node buttons. */
export const CONFIRM_OK = "ok";
export const CONFIRM_EDIT = "edit";

/** The question and hint lines of a node. */
export function linesOf(node: FlowNode): Text[] {
  if (node.type === "file_case") return [];
  return node.hint === undefined ? [{ key: node.ask }] : [{ key: node.ask }, { key: node.hint }];
}

function optionRows(kind: PressKind, nodeId: string, options: FlowOption[], selected?: readonly string[]): Button[][] {
  return options.map((o) => {
    const button: Button = { text: { key: o.label }, press: { kind, node: nodeId, arg: o.id } };
    if (selected?.includes(o.id)) button.selected = true;
    return [button];
  });
}

/** Multi-choice keyboard with the pending selection ticked, then "done". */
export function multiButtons(nodeId: string, node: FlowNode, pending: readonly string[]): Button[][] {
  return [
    ...optionRows("toggle", nodeId, optionsOf(node), pending),
    [{ text: { key: "btn-done" }, press: { kind: "toggle", node: nodeId, arg: DONE } }],
  ];
}

/** The question of `state.node` as a fresh message. */
export function askOf(bundle: FlowBundle, state: FlowState): AskOutput {
  const nodeId = state.node;
  const node = nodeOf(bundle, nodeId);
  const ask: AskOutput = { type: "ask", node: nodeId, lines: linesOf(node), buttons: [] };
  switch (node.type) {
    case "multi":
      ask.buttons = multiButtons(nodeId, node, state.pending ?? []);
      break;
    case "place": {
      const places = placeChoices(bundle, node, state.answers) ?? [];
      const rows: Button[][] = [];
      // Two per row: place names are short and lists can be long.
      for (let i = 0; i < places.length; i += 2) {
        rows.push(places.slice(i, i + 2).map((p) => ({ text: { names: p.names }, press: { kind: "place", node: nodeId, arg: p.id } })));
      }
      ask.buttons = [...rows, ...optionRows("option", nodeId, optionsOf(node))];
      break;
    }
    case "confirm":
      ask.summary = summaryOf(bundle, state.answers);
      ask.buttons = [
        [{ text: { key: node.confirmLabel }, press: { kind: "confirm", node: nodeId, arg: CONFIRM_OK } }],
        [{ text: { key: node.editLabel }, press: { kind: "confirm", node: nodeId, arg: CONFIRM_EDIT } }],
      ];
      break;
    case "location":
      ask.requestLocation = true;
      ask.buttons = optionRows("option", nodeId, optionsOf(node));
      break;
    default:
      ask.buttons = optionRows("option", nodeId, optionsOf(node));
  }
  return ask;
}

/** The answers worth checking (nodes with a card `field`), in visit order. */
export function summaryOf(bundle: FlowBundle, answers: Record<string, Answer>): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const id of visitOrder(bundle, answers)) {
    const node = nodeOf(bundle, id);
    const answer = answers[id];
    const field = fieldOf(node);
    if (field === undefined || !answer) continue;
    // A short name ("Passport") reads better in a list and fits on a button; the question may be long.
    items.push({ node: id, field, label: { key: `field-${field.replaceAll("_", "-")}` }, value: valueOf(bundle, node, answer) });
  }
  return items;
}

const unknown: Text = { key: "summary-unknown" };
const skipped: Text = { key: "summary-skipped" };
/** The option id flows give their skip buttons (flows/triage.yaml, the glossary's `opt-skip`). */
const SKIP = "skip";

/** How an answer reads back to the person who gave it. */
export function valueOf(bundle: FlowBundle, node: FlowNode, answer: Answer): Text[] {
  const label = (id: string): Text => {
    const option = optionsOf(node).find((o) => o.id === id);
    return option ? { key: option.label } : unknown;
  };
  switch (answer.kind) {
    case "choice":
      // "Skip" is a button, not an answer: read back, it would look like the person said "skip".
      return [answer.option === SKIP ? skipped : label(answer.option)];
    case "multi":
      return answer.options.length > 0 ? answer.options.map(label) : [unknown];
    case "text":
      return [{ verbatim: answer.text }];
    case "number":
      return [{ verbatim: String(answer.value) }];
    case "location":
      return [{ verbatim: `${answer.lat.toFixed(5)}, ${answer.lon.toFixed(5)}` }];
    case "place": {
      const names = placeNames(bundle, answer.id);
      return [names ? { names } : unknown];
    }
  }
}

/** After "change": the answered questions, each a button that goes back to it. */
export function editListOf(bundle: FlowBundle, state: FlowState): AskOutput {
  const buttons = summaryOf(bundle, state.answers).map((item): Button[] => [
    { text: item.label, press: { kind: "edit", node: state.node, arg: item.node } },
  ]);
  return { type: "ask", node: state.node, lines: [{ key: "summary-pick-change" }], buttons };
}
