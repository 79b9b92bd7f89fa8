import { exitsOf, type FlowRule } from "./context.js";
import { didYouMean, type Problem } from "./problem.js";

/** `start` must name a step. */
export const unknownStart: FlowRule = ({ flow, flowSource }) => {
  if (flow.start in flow.nodes) return [];
  const ids = Object.keys(flow.nodes);
  return [
    flowSource.problem("unknown_start", ["start"], `the flow starts at step "${flow.start}", which does not exist`, didYouMean(flow.start, ids)),
  ];
};

/** Every `next` / `goto` must name a step. */
export const unknownGoto: FlowRule = ({ flow, flowSource }) => {
  const ids = Object.keys(flow.nodes);
  return exitsOf(flow)
    .filter((exit) => !(exit.to in flow.nodes))
    .map((exit) => flowSource.problem("unknown_goto", exit.path, `step "${exit.to}" does not exist`, didYouMean(exit.to, ids)));
};

/** A step no path reaches is dead text that still needs translating: usually a forgotten `goto`. */
export const unreachableNode: FlowRule = ({ flow, flowSource }) => {
  if (hasBrokenLinks(flow)) return [];
  const reached = walk(flow.start, successors(flow));
  return Object.keys(flow.nodes)
    .filter((id) => !reached.has(id))
    .map((id) =>
      flowSource.keyProblem("unreachable_node", ["nodes", id], `no answer leads to step "${id}", so nobody will ever see it`, "add a goto to it, or remove it"),
    );
};

/** A step from which no end is reachable would trap the person in the flow. */
export const noPathToEnd: FlowRule = ({ flow, flowSource }) => {
  if (hasBrokenLinks(flow)) return [];
  const preds = new Map<string, string[]>();
  for (const exit of exitsOf(flow)) {
    preds.set(exit.to, [...(preds.get(exit.to) ?? []), exit.from]);
  }
  const ends = Object.entries(flow.nodes).filter(([, node]) => node.type === "end").map(([id]) => id);
  const canFinish = new Set<string>();
  for (const end of ends) for (const id of walk(end, preds)) canFinish.add(id);
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (canFinish.has(id)) continue;
    const message =
      node.type !== "end" && node.next === undefined
        ? `step "${id}" has no "next", so the person would be stuck there`
        : `from step "${id}" no answer ever leads to an end step, so the person would be stuck`;
    problems.push(flowSource.keyProblem("no_path_to_end", ["nodes", id], message));
  }
  return problems;
};

/**
 * With a broken `start` or `goto`, reachability is computed on the wrong
 * graph and every step behind the typo would be reported too; the typo
 * alone is the useful message, so those two rules wait until it is fixed.
 */
function hasBrokenLinks(flow: Parameters<FlowRule>[0]["flow"]): boolean {
  return !(flow.start in flow.nodes) || exitsOf(flow).some((exit) => !(exit.to in flow.nodes));
}

function successors(flow: Parameters<FlowRule>[0]["flow"]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const exit of exitsOf(flow)) out.set(exit.from, [...(out.get(exit.from) ?? []), exit.to]);
  return out;
}

function walk(from: string, edges: Map<string, string[]>): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of edges.get(id) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}
