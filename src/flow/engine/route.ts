import type { Flow, FlowNode } from "../schema.js";
import type { Answer, FlowBundle } from "../types.js";
import { chosenIds, flagsOf, FlowBrokenError, hasNode, nodeOf, optionsOf } from "./nodes.js";
import { placeChoices } from "./places.js";

/** One edge of the flow graph: `when` is absent for `next: node` and default routes. */
export interface RouteEdge {
  from: string;
  when?: string;
  to: string;
}

/** Every edge of a flow, in file order (coverage reports and the graph). */
export function routesOf(flow: Flow): RouteEdge[] {
  const edges: RouteEdge[] = [];
  for (const [from, node] of Object.entries(flow.nodes)) {
    if (node.type === "end" || node.next === undefined) continue;
    if (typeof node.next === "string") edges.push({ from, to: node.next });
    else for (const r of node.next) edges.push(r.when === undefined ? { from, to: r.goto } : { from, when: r.when, to: r.goto });
  }
  return edges;
}

/** Stable identity of an edge, for sets. */
export function edgeKey(edge: RouteEdge): string {
  return `${edge.from} -[${edge.when ?? "*"}]-> ${edge.to}`;
}

/**
 * The edge taken out of `nodeId` given its answer (`undefined` when the node
 * was passed without one): `next: node`, else the first route whose `when` is
 * a chosen option id (or place id) or a flag of a chosen option, else the
 * route without `when`. Throws when the flow offers no way on.
 */
export function chooseRoute(bundle: FlowBundle, nodeId: string, answer: Answer | undefined): RouteEdge {
  const edge = matchRoute(bundle, nodeId, answer);
  if (!edge) throw new FlowBrokenError(`flow ${bundle.flow.id}: node "${nodeId}" has no route for this answer and no default`);
  if (!hasNode(bundle, edge.to)) throw new FlowBrokenError(`flow ${bundle.flow.id}: node "${nodeId}" routes to missing node "${edge.to}"`);
  return edge;
}

function matchRoute(bundle: FlowBundle, nodeId: string, answer: Answer | undefined): RouteEdge | undefined {
  const node = nodeOf(bundle, nodeId);
  if (node.type === "end" || node.next === undefined) return undefined;
  if (typeof node.next === "string") return { from: nodeId, to: node.next };
  const facts = new Set([...chosenIds(answer), ...flagsOf(node, answer)]);
  const route = node.next.find((r) => r.when === undefined || facts.has(r.when));
  if (!route) return undefined;
  return route.when === undefined ? { from: nodeId, to: route.goto } : { from: nodeId, when: route.when, to: route.goto };
}

/**
 * Nodes the engine walks through without stopping: info nodes without
 * buttons, and place nodes with nothing to offer (see `placeChoices`).
 */
export function passesThrough(bundle: FlowBundle, node: FlowNode, answers: Record<string, Answer>): boolean {
  if (node.type === "info") return optionsOf(node).length === 0;
  if (node.type === "file_case") return true;
  if (node.type === "place") return placeChoices(bundle, node, answers) === undefined;
  return false;
}

/** Whether `answer` is a possible answer of `node` given the other answers. */
export function isValidAnswer(bundle: FlowBundle, node: FlowNode, answer: Answer, answers: Record<string, Answer>): boolean {
  const isOption = (id: string) => optionsOf(node).some((o) => o.id === id);
  if (answer.kind === "choice") return node.type !== "multi" && isOption(answer.option);
  switch (node.type) {
    case "multi":
      return answer.kind === "multi" && answer.options.length > 0 && answer.options.every(isOption);
    case "text":
      return answer.kind === "text";
    case "number":
      return answer.kind === "number" && answer.value >= node.min && answer.value <= node.max;
    case "location":
      return answer.kind === "location";
    case "place":
      if (answer.kind === "text") return node.allowText;
      return answer.kind === "place" && (placeChoices(bundle, node, answers)?.some((p) => p.id === answer.id) ?? false);
    default:
      return false;
  }
}

/**
 * Walks from the start through the current answers. `path` lists the
 * answered nodes in visit order; `stop` is where the walk ended (the first
 * node without a valid answer, usually the current question or the confirm
 * node), or `undefined` when the walk hit a loop or a broken route.
 */
export function walk(bundle: FlowBundle, answers: Record<string, Answer>): { path: string[]; stop: string | undefined } {
  const path: string[] = [];
  const seen = new Set<string>();
  let id: string | undefined = bundle.flow.start;
  while (id !== undefined && hasNode(bundle, id) && !seen.has(id)) {
    seen.add(id);
    const node = nodeOf(bundle, id);
    if (passesThrough(bundle, node, answers)) {
      id = matchRoute(bundle, id, undefined)?.to;
      continue;
    }
    const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!answer || !isValidAnswer(bundle, node, answer, answers)) return { path, stop: id };
    path.push(id);
    id = matchRoute(bundle, id, answer)?.to;
  }
  return { path, stop: undefined };
}

/** Answered nodes in the order the person met them on their current path. */
export function visitOrder(bundle: FlowBundle, answers: Record<string, Answer>): string[] {
  return walk(bundle, answers).path;
}

/**
 * Place nodes whose list depends on `nodeId` through `parent` links
 * (country → province → compound), nearest first.
 */
export function dependentsOf(flow: Flow, nodeId: string): string[] {
  const out: string[] = [];
  const queue = [nodeId];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const [id, node] of Object.entries(flow.nodes)) {
      if (node.type === "place" && node.parent === current && !out.includes(id) && id !== nodeId) {
        out.push(id);
        queue.push(id);
      }
    }
  }
  return out;
}

/**
 * Keeps the answers that can still matter after a change: those on the
 * path from the start, and those of nodes still reachable from where that
 * path stops. Answers of branches the person left are dropped, so the card
 * never mixes two stories.
 */
export function pruneAnswers(bundle: FlowBundle, answers: Record<string, Answer>): Record<string, Answer> {
  const { path, stop } = walk(bundle, answers);
  const keep = new Set(path);
  if (stop !== undefined) for (const id of reachableFrom(bundle.flow, stop)) keep.add(id);
  const kept: Record<string, Answer> = {};
  for (const [id, answer] of Object.entries(answers)) if (keep.has(id)) kept[id] = answer;
  return kept;
}

function reachableFrom(flow: Flow, start: string): Set<string> {
  const edges = routesOf(flow);
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift();
    for (const edge of edges) {
      if (edge.from === current && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return seen;
}
