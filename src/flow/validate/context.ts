import type { Compounds, Flow, FlowNode, Places } from "../schema.js";
import type { Press } from "../types.js";
import type { Problem } from "./problem.js";
import type { YamlSource } from "./source.js";

/** What a semantic (phase two) rule sees: the parsed flow and data, with their sources for positions. */
/**
 * How the channel carries a button press, and how much it can carry. The
 * engine knows no channel: the edge passes its encoding (Telegram's callback
 * data, 64 bytes) so flows:check can refuse a button the channel would refuse.
 */
export interface ButtonEncoding {
  encode(press: Press): string;
  maxBytes: number;
  /** Named in the problem: "Telegram". */
  channel: string;
}

export interface FlowContext {
  flow: Flow;
  flowSource: YamlSource;
  /** Without it, button sizes are not checked. */
  buttons?: ButtonEncoding;
  places?: { data: Places; source: YamlSource };
  compounds?: { data: Compounds; source: YamlSource };
}

/** A phase-two check. Runs only after the schema passed, so it may trust the shapes. */
export type FlowRule = (ctx: FlowContext) => Problem[];

/** One way out of a step, with the path of its `goto` (or `next`) for positions. */
export interface Exit {
  from: string;
  to: string;
  /** Option id or flag; absent for a plain `next` or a default route. */
  when?: string;
  path: (string | number)[];
}

/** Every exit the flow file declares, in file order. */
export function exitsOf(flow: Flow): Exit[] {
  const exits: Exit[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.type === "end" || node.next === undefined) continue;
    if (typeof node.next === "string") {
      exits.push({ from: id, to: node.next, path: ["nodes", id, "next"] });
      continue;
    }
    node.next.forEach((route, i) => {
      exits.push({
        from: id,
        to: route.goto,
        ...(route.when !== undefined ? { when: route.when } : {}),
        path: ["nodes", id, "next", i, "goto"],
      });
    });
  }
  return exits;
}

/** The buttons a step offers (its options), whatever its type. */
export function optionsOf(node: FlowNode): { id: string; label: string; flags?: string[]; exclusive?: boolean }[] {
  return "options" in node && node.options ? node.options : [];
}
