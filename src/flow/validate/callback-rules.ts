import { optionsOf, type FlowContext, type FlowRule } from "./context.js";
import type { Problem } from "./problem.js";

/** Telegram refuses a button whose callback data is longer than this. */
export const MAX_CALLBACK_BYTES = 64;

/** One callback data string the engine would put on a button, and where its longest part is written. */
interface Callback {
  data: string;
  at: { source: FlowContext["flowSource"]; path: (string | number)[] };
}

/**
 * Every callback data the engine can generate for this flow, in the formats
 * of docs/architecture.md. Kept next to the check so a format change is
 * one edit here and one in the engine.
 */
export function callbacksOf(ctx: FlowContext): Callback[] {
  const { flow, flowSource } = ctx;
  const out: Callback[] = [];
  // The "change" list offers the answers that land on the card (nodes with a `field`).
  const editable = Object.entries(flow.nodes)
    .filter(([, node]) => node.type !== "end" && node.field !== undefined)
    .map(([id]) => id);
  for (const [id, node] of Object.entries(flow.nodes)) {
    const atNode = { source: flowSource, path: ["nodes", id] };
    const prefix = node.type === "multi" ? "m" : "f";
    optionsOf(node).forEach((option, i) => {
      out.push({ data: `${prefix}:${id}:${option.id}`, at: { source: flowSource, path: ["nodes", id, "options", i, "id"] } });
    });
    if (node.type === "multi") out.push({ data: `m:${id}:_done`, at: atNode });
    if (node.type === "confirm") {
      out.push({ data: `c:${id}:ok`, at: atNode }, { data: `c:${id}:edit`, at: atNode });
      for (const target of editable) out.push({ data: `e:${id}:${target}`, at: { source: flowSource, path: ["nodes", target] } });
    }
    if (node.type === "place") {
      for (const place of placeIds(ctx, node.source)) out.push({ data: `p:${id}:${place.id}`, at: place.at });
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

/** Telegram rejects the whole message when one button's data is too long, so the question would never show. */
export const callbackDataTooLong: FlowRule = (ctx) => {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const callback of callbacksOf(ctx)) {
    const bytes = Buffer.byteLength(callback.data, "utf8");
    if (bytes <= MAX_CALLBACK_BYTES || seen.has(callback.data)) continue;
    seen.add(callback.data);
    problems.push(
      callback.at.source.problem(
        "callback_data_too_long",
        callback.at.path,
        `the button "${callback.data}" is ${bytes} bytes long, over Telegram's limit of ${MAX_CALLBACK_BYTES}`,
        "use a shorter step, option or place id",
      ),
    );
  }
  return problems;
};
