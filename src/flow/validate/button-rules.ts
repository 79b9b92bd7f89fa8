import { CONFIRM_EDIT, CONFIRM_OK, DONE } from "../engine/render.js";
import type { Press } from "../types.js";
import { fieldOf } from "../schema.js";
import { optionsOf, type FlowContext, type FlowRule } from "./context.js";
import type { Problem } from "./problem.js";

/** One press the engine would put on a button, and where its longest part is written. */
interface Callback {
  press: Press;
  at: { source: FlowContext["flowSource"]; path: (string | number)[] };
}

/**
 * Every press the engine can put on a button for this flow (see
 * engine/render.ts). Kept next to the check so a new kind of button is one
 * edit here and one in the engine.
 */
export function pressesOf(ctx: FlowContext): Callback[] {
  const { flow, flowSource } = ctx;
  const out: Callback[] = [];
  // The "change" list offers the answers that land on the card (nodes with a `field`).
  const editable = Object.entries(flow.nodes)
    .filter(([, node]) => fieldOf(node) !== undefined)
    .map(([id]) => id);
  for (const [id, node] of Object.entries(flow.nodes)) {
    const atNode = { source: flowSource, path: ["nodes", id] };
    const kind = node.type === "multi" ? "toggle" : "option";
    const press = (k: Press["kind"], arg: string): Press => ({ kind: k, node: id, arg });
    optionsOf(node).forEach((option, i) => {
      out.push({ press: press(kind, option.id), at: { source: flowSource, path: ["nodes", id, "options", i, "id"] } });
    });
    if (node.type === "multi") out.push({ press: press("toggle", DONE), at: atNode });
    if (node.type === "confirm") {
      out.push({ press: press("confirm", CONFIRM_OK), at: atNode }, { press: press("confirm", CONFIRM_EDIT), at: atNode });
      for (const target of editable) out.push({ press: press("edit", target), at: { source: flowSource, path: ["nodes", target] } });
    }
    if (node.type === "place") {
      for (const place of placeIds(ctx, node.source)) out.push({ press: press("place", place.id), at: place.at });
    }
  }
  return out;
}

export /** Ids a place step may offer (a superset when `parent` narrows the list), each with where it is written. */
function placeIds(ctx: FlowContext, source: "countries" | "provinces" | "compounds" | "nationalities") {
  const out: { id: string; at: Callback["at"] }[] = [];
  if (source === "compounds") {
    const compounds = ctx.compounds;
    compounds?.data.compounds.forEach((c, i) => out.push({ id: c.id, at: { source: compounds.source, path: ["compounds", i, "id"] } }));
    return out;
  }
  const places = ctx.places;
  places?.data.countries.forEach((country, i) => {
    if (source !== "provinces") {
      out.push({ id: country.id, at: { source: places.source, path: ["countries", i, "id"] } });
      return;
    }
    country.provinces.forEach((p, j) => out.push({ id: p.id, at: { source: places.source, path: ["countries", i, "provinces", j, "id"] } }));
  });
  return out;
}

/** The channel rejects the whole message when one button's data is too long, so the question would never show. */
export const callbackDataTooLong: FlowRule = (ctx) => {
  const problems: Problem[] = [];
  const buttons = ctx.buttons;
  if (!buttons) return problems;
  const seen = new Set<string>();
  for (const callback of pressesOf(ctx)) {
    const data = buttons.encode(callback.press);
    const bytes = Buffer.byteLength(data, "utf8");
    if (bytes <= buttons.maxBytes || seen.has(data)) continue;
    seen.add(data);
    problems.push(
      callback.at.source.problem(
        "callback_data_too_long",
        callback.at.path,
        `the button "${data}" is ${bytes} bytes long, over ${buttons.channel}'s limit of ${buttons.maxBytes}`,
        "use a shorter step, option or place id",
      ),
    );
  }
  return problems;
};
