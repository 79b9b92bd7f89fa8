import { BeaconError } from "../../errors.js";
import type { FlowNode, FlowOption } from "../schema.js";
import type { Answer, FlowBundle } from "../types.js";

/**
 * The bundle or the saved state contradicts itself (a route to a missing node,
 * no default route). Validation should make this impossible, so it is thrown
 * rather than shown to the person.
 */
export class FlowBrokenError extends BeaconError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "flow_broken", options);
  }
}

/** The node `id` of the bundle's flow; throws when the flow has no such node. */
export function nodeOf(bundle: FlowBundle, id: string): FlowNode {
  const node = Object.hasOwn(bundle.flow.nodes, id) ? bundle.flow.nodes[id] : undefined;
  if (!node) throw new FlowBrokenError(`flow ${bundle.flow.id}: no node "${id}"`);
  return node;
}

/** Whether `id` names a node of the flow (own key: "constructor" is not a node). */
export function hasNode(bundle: FlowBundle, id: string): boolean {
  return Object.hasOwn(bundle.flow.nodes, id);
}

/** Options a node offers as buttons: a choice's answers or the extras beside typing. */
export function optionsOf(node: FlowNode): FlowOption[] {
  if (node.type === "end" || node.type === "confirm" || node.type === "file_case") return [];
  return node.options ?? [];
}

/** Option ids an answer chose (for routing and flags); places count their id. */
export function chosenIds(answer: Answer | undefined): string[] {
  if (!answer) return [];
  if (answer.kind === "choice") return [answer.option];
  if (answer.kind === "multi") return answer.options;
  if (answer.kind === "place") return [answer.id];
  return [];
}

/** Flags carried by the options an answer chose, in option order. */
export function flagsOf(node: FlowNode, answer: Answer | undefined): string[] {
  const ids = new Set(chosenIds(answer));
  const flags: string[] = [];
  for (const option of optionsOf(node)) {
    if (!ids.has(option.id)) continue;
    for (const flag of option.flags ?? []) if (!flags.includes(flag)) flags.push(flag);
  }
  return flags;
}
