import { FluentParser } from "@fluent/syntax";
import { visitOrder } from "../flow/engine.js";
import { validateProject } from "../flow/validate.js";
import { describeReview, reviewStateOf } from "../i18n/review-state.js";

/** One text as the review page shows it: the English beside this locale's. */
export interface ReviewText {
  key: string;
  en: string;
  /** The locale's Fluent source of the text (what the reviewer edits), `{ $ref }` and all. */
  text: string;
}

/** One message the person sees: its texts as a bubble, and the buttons under it. */
export interface ReviewBubble {
  /** The flow step, or "bot" for texts the code sends. */
  step: string;
  texts: ReviewText[];
  buttons: ReviewText[];
}

/** What /review.json gives the review page for one locale. */
export interface ReviewData {
  locale: string;
  review: string;
  bubbles: ReviewBubble[];
}

/**
 * The texts of `locale` in the order the person meets them: the triage
 * flow's steps along the default path (visitOrder), then its other steps,
 * then every text the bot sends from code, in en.ftl's order.
 */
export async function reviewData(flowsDir: string, localesDir: string, locale: string): Promise<ReviewData | undefined> {
  const check = await validateProject({ flowsDir, localesDir });
  const file = check.locales.files.get(locale);
  const english = check.locales.files.get("en");
  if (!file || !english) return undefined;
  const sources = new Map([...check.locales.files].map(([code, f]) => [code, patternSources(f.source)]));
  const text = (key: string): ReviewText => ({ key, en: sources.get("en")?.get(key) ?? "", text: sources.get(locale)?.get(key) ?? "" });
  const bubbles: ReviewBubble[] = [];
  const seen = new Set<string>();
  const take = (keys: (string | undefined)[]) => keys.filter((k): k is string => k !== undefined && !seen.has(k) && (seen.add(k), true)).map(text);
  for (const bundle of check.bundles) {
    const nodes = bundle.flow.nodes;
    const order = [...new Set([...visitOrder(bundle, {}), ...Object.keys(nodes)])];
    for (const id of order) {
      const node = nodes[id];
      if (!node || node.type === "file_case") continue;
      const options = "options" in node ? (node.options ?? []) : [];
      bubbles.push({ step: id, texts: take([node.ask, "hint" in node ? node.hint : undefined]), buttons: take(options.map((o) => o.label)) });
    }
  }
  for (const key of english.messages.keys()) if (!seen.has(key)) bubbles.push({ step: "bot", texts: take([key]), buttons: [] });
  return { locale, review: describeReview(reviewStateOf(file.source)), bubbles: bubbles.filter((b) => b.texts.length + b.buttons.length > 0) };
}

/** Each message's value as written in the file, de-indented: what a reviewer reads and rewrites. */
function patternSources(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of new FluentParser({ withSpans: true }).parse(source).body) {
    if (entry.type !== "Message" || !entry.value?.span) continue;
    const raw = source.slice(entry.value.span.start, entry.value.span.end);
    const lines = raw.split("\n");
    const indent = Math.min(...lines.slice(1).filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    out.set(entry.id.name, lines.map((l, i) => (i === 0 || !Number.isFinite(indent) ? l : l.slice(indent))).join("\n").trim());
  }
  return out;
}

