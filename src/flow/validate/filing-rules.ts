import { fieldOf, type CardField, type Flow } from "../schema.js";
import { exitsOf, type FlowRule } from "./context.js";
import type { Problem } from "./problem.js";

/**
 * A way from the start to `target` that never enters a node in `avoid`, as the
 * steps walked (BFS: the shortest such way), or undefined when every way
 * passes one of them.
 */
function pathAvoiding(flow: Flow, target: string, avoid: (id: string) => boolean): string[] | undefined {
  if (avoid(flow.start)) return undefined;
  const next = new Map<string, string[]>();
  for (const exit of exitsOf(flow)) next.set(exit.from, [...(next.get(exit.from) ?? []), exit.to]);
  const parent = new Map<string, string | undefined>([[flow.start, undefined]]);
  const queue = [flow.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (id === target) {
      const path: string[] = [];
      for (let at: string | undefined = id; at !== undefined; at = parent.get(at)) path.unshift(at);
      return path;
    }
    for (const to of next.get(id) ?? []) {
      if (parent.has(to) || !(to in flow.nodes) || (to !== target && avoid(to))) continue;
      parent.set(to, id);
      queue.push(to);
    }
  }
  return undefined;
}

const shown = (path: string[]) => path.join(" → ");

/**
 * Every way to a `file_case` step asks each of its `core` facts first: the card
 * posted there is what rescuers act on, and a fact asked only after it may never
 * come (the person can stop at any time).
 */
export const coreFactNotAsked: FlowRule = ({ flow, flowSource }) => {
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.type !== "file_case") continue;
    node.core.forEach((entry, i) => {
      const fields: readonly CardField[] = typeof entry === "string" ? [entry] : entry;
      const asks = (nodeId: string) => {
        const n = flow.nodes[nodeId];
        const field = n ? fieldOf(n) : undefined;
        return field !== undefined && fields.includes(field);
      };
      const path = pathAvoiding(flow, id, asks);
      if (!path) return;
      const what = fields.map((f) => `"${f}"`).join(" or ");
      problems.push(
        flowSource.problem(
          "core_fact_not_asked",
          ["nodes", id, "core", i],
          `the case is filed at step "${id}" without asking for ${what} on the way ${shown(path)}`,
          `add a step with "field: ${fields[0] ?? ""}" on that way, before "${id}"`,
        ),
      );
    });
  }
  return problems;
};

/**
 * In a flow that files early, no way reaches an end that creates a case without
 * passing a `file_case` step: that end would file a case nobody checked the core facts of.
 */
export const filingSkipped: FlowRule = ({ flow, flowSource }) => {
  const filers = Object.entries(flow.nodes)
    .filter(([, node]) => node.type === "file_case")
    .map(([id]) => id);
  if (filers.length === 0) return [];
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.type !== "end" || !node.createsCase) continue;
    const path = pathAvoiding(flow, id, (nodeId) => filers.includes(nodeId));
    if (!path) continue;
    problems.push(
      flowSource.keyProblem(
        "filing_skipped",
        ["nodes", id],
        `the way ${shown(path)} files a case at step "${id}" without passing the filing step "${filers[0] ?? ""}"`,
        `route it through "${filers[0] ?? ""}", or set "createsCase: false"`,
      ),
    );
  }
  return problems;
};
