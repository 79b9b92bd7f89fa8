import { messageText, type LocaleSet } from "../i18n/locale-set.js";
import { routesOf, type RouteEdge } from "./engine.js";
import type { FlowNode } from "./schema.js";
import type { FlowBundle } from "./types.js";
import { optionsOf } from "./validate/context.js";

/** Longest question text shown in a box; the full text is in the locale file. */
const MAX_LABEL = 80;

/**
 * Escapes text for a quoted Mermaid label. Mermaid reads `#name;` entities,
 * so `#` goes first; quotes, pipes and angle brackets would end or break the label.
 */
export function escapeMermaid(text: string): string {
  return text
    .replace(/#/g, "#35;")
    .replace(/"/g, "#quot;")
    .replace(/</g, "#lt;")
    .replace(/>/g, "#gt;")
    .replace(/\|/g, "#124;")
    .replace(/`/g, "#96;")
    .replace(/\s+/g, " ")
    .trim();
}

/** A Mermaid `flowchart TD` of the flow, labelled in `locale` (English by default). */
export function flowToMermaid(bundle: FlowBundle, locales: LocaleSet, locale = "en"): string {
  const { flow } = bundle;
  const text = (key: string) => messageText(locales, locale, key) ?? key;
  const critical = new Set(flow.scoring.priority.critical);
  const high = new Set(flow.scoring.priority.high);
  const tierOf = (flags: readonly string[] = []) =>
    flags.some((f) => critical.has(f)) ? "critical" : flags.some((f) => high.has(f)) ? "high" : undefined;
  const id = (nodeId: string) => `n_${nodeId}`; // `end` and friends are Mermaid keywords

  const lines = ["flowchart TD", `  start(("start")) --> ${id(flow.start)}`];
  const classes = { critical: [] as string[], high: [] as string[], ending: [] as string[] };

  for (const [nodeId, node] of Object.entries(flow.nodes)) {
    const label = `${escapeMermaid(truncate(node.type === "file_case" ? "(case filed here)" : text(node.ask)))}<br/><small>${escapeMermaid(nodeId)}</small>`;
    lines.push(node.type === "end" ? `  ${id(nodeId)}(["${label}"])` : `  ${id(nodeId)}["${label}"]`);
    const tiers = optionsOf(node).map((o) => tierOf(o.flags));
    if (tiers.includes("critical")) classes.critical.push(id(nodeId));
    else if (tiers.includes("high")) classes.high.push(id(nodeId));
    if (node.type === "end") classes.ending.push(id(nodeId));
  }

  const edges = routesOf(flow);
  for (const edge of edges) {
    const node = flow.nodes[edge.from];
    if (!node) continue;
    const label = edgeLabel(bundle, node, edge, edges, text, tierOf);
    lines.push(label ? `  ${id(edge.from)} -->|"${label}"| ${id(edge.to)}` : `  ${id(edge.from)} --> ${id(edge.to)}`);
  }

  lines.push(
    "  classDef critical fill:#fde2e1,stroke:#c0392b,stroke-width:2px",
    "  classDef high fill:#fff1d6,stroke:#d68910,stroke-width:2px",
    "  classDef ending fill:#e8f6ef,stroke:#1e8449",
  );
  for (const [name, ids] of Object.entries(classes)) if (ids.length > 0) lines.push(`  class ${ids.join(",")} ${name}`);
  return lines.join("\n");
}

/**
 * What an edge is taken for, in words: the option (or options carrying the
 * flag) named by `when`, else "otherwise" on a default route. Answers that
 * raise the priority are marked ⚠ wherever they lead, including plain `next`.
 */
function edgeLabel(
  bundle: FlowBundle,
  node: FlowNode,
  edge: RouteEdge,
  edges: RouteEdge[],
  text: (key: string) => string,
  tierOf: (flags?: readonly string[]) => string | undefined,
): string {
  const options = optionsOf(node);
  const mark = (o: { label: string; flags?: string[] }) => `${tierOf(o.flags) ? "⚠ " : ""}${text(o.label)}`;
  if (edge.when !== undefined) {
    const when = edge.when;
    const named = options.filter((o) => o.id === when || (o.flags ?? []).includes(when));
    if (named.length > 0) return escapeMermaid(named.map(mark).join(" / "));
    const place = placeName(bundle, when);
    return escapeMermaid(place ?? when);
  }
  // A default route (or plain `next`) takes every option no earlier route matched.
  const routed = new Set(edges.filter((e) => e.from === edge.from && e.when !== undefined).map((e) => e.when));
  const falling = options.filter((o) => !routed.has(o.id) && !(o.flags ?? []).some((f) => routed.has(f)));
  const flagged = falling.filter((o) => tierOf(o.flags));
  const base = routed.size > 0 ? "otherwise" : "any answer";
  if (flagged.length === 0) return routed.size > 0 ? base : "";
  return escapeMermaid(`${base}, incl. ${flagged.map(mark).join(" / ")}`);
}

function placeName(bundle: FlowBundle, placeId: string): string | undefined {
  for (const country of bundle.places.countries) {
    if (country.id === placeId) return country.names.en;
    for (const province of country.provinces) if (province.id === placeId) return province.names.en;
  }
  return bundle.compounds.compounds.find((c) => c.id === placeId)?.names.en;
}

function truncate(text: string): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= MAX_LABEL ? chars.join("") : `${chars.slice(0, MAX_LABEL - 1).join("")}…`;
}

/** The Markdown page for `docs/flows/<flowId>.md`: a short guide and the chart. */
export function flowGraphMarkdown(bundle: FlowBundle, locales: LocaleSet): string {
  const { flow } = bundle;
  return [
    `# Flow "${flow.id}"`,
    "",
    "<!-- Generated by `npm run flows:graph` from flows/ and locales/en.ftl. Do not edit by hand. -->",
    "",
    "How to read this chart:",
    "",
    "- Each box is one step: the English question, and under it the step id used in the flow file.",
    "- Arrows show where an answer leads; the arrow text is the answer (or \"otherwise\" for the default).",
    "  An arrow without text (or \"any answer\") is taken whatever the answer.",
    "- ⚠ marks answers that raise the case's priority (`scoring.priority` in the flow file).",
    "  Red boxes have an answer that makes the case critical, orange boxes one that makes it high.",
    "- Green rounded boxes are end steps.",
    "",
    "```mermaid",
    flowToMermaid(bundle, locales),
    "```",
    "",
  ].join("\n");
}
