import type { CardField, FlowNode } from "../flow/schema.js";
import { placeNames } from "../flow/engine.js";
import type { Answer } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import type { TriageCard } from "./card.js";
import { capText, escapeHtml, type RenderOptions } from "./render-text.js";

export type CardAnswer = TriageCard["answers"][number];

/** What the sections of one rendering share: the card, escaped texts, and which answers a section has shown. */
export interface CardView {
  card: TriageCard;
  /** The flow version the card was filed with, when still known. */
  bundle: RenderOptions["bundle"];
  options: RenderOptions;
  tr: Translator;
  locale: string;
  /** A text in the coordinators' locale, escaped. */
  t(key: string, args?: Record<string, string | number>): string;
  /** "unknown", in italics. */
  unknown: string;
  /** The answer filed for a card field, marked as shown. */
  entryOf(field: CardField): CardAnswer | undefined;
  /** An answer as card HTML: option labels, capped free text, place names. */
  valueOf(node: string, answer: Answer | undefined): string;
  /** An option's label as card HTML ("don't know" and "skip" read as unknown). */
  optionLabel(node: string, optionId: string): string;
  /** A field's answer as card HTML, or unknown. */
  field(f: CardField): string;
  /** `<b>label:</b> value`. */
  line(labelKey: string, value: string): string;
  /** Indexes (in `card.answers`) of the answers a section has shown. */
  shown: ReadonlySet<number>;
}

export function cardView(card: TriageCard, options: RenderOptions, cap: number): CardView {
  const { translator: tr, locale, bundle } = options;
  const t = (key: string, args?: Record<string, string | number>) => escapeHtml(tr.t(locale, key, args));
  const used = new Set<number>();
  const unknown = `<i>${t("desk-unknown")}</i>`;

  const entryOf = (field: CardField) => {
    const index = card.answers.findIndex((a) => a.field === field);
    if (index < 0) return undefined;
    used.add(index);
    return card.answers[index];
  };
  const nodeDef = (node: string): FlowNode | undefined =>
    bundle && Object.hasOwn(bundle.flow.nodes, node) ? bundle.flow.nodes[node] : undefined;

  const freeText = (text: string, lang: string) =>
    `«${escapeHtml(capText(text, cap))}» <code>[${escapeHtml(lang || card.lang)}]</code>`;

  const optionLabel = (node: string, optionId: string): string => {
    // "don't know" and "skip" mean the same to a rescuer: we do not know.
    if (optionId === "dont_know" || optionId === "skip") return unknown;
    const def = nodeDef(node);
    const option = def && "options" in def ? def.options?.find((o) => o.id === optionId) : undefined;
    return option ? escapeHtml(tr.t(locale, option.label)) : escapeHtml(optionId);
  };

  const valueOf = (node: string, answer: Answer | undefined): string => {
    if (!answer) return unknown;
    switch (answer.kind) {
      case "choice":
        return optionLabel(node, answer.option);
      case "multi":
        return answer.options.length > 0 ? answer.options.map((o) => optionLabel(node, o)).join(", ") : unknown;
      case "text":
        return freeText(answer.text, answer.lang);
      case "number":
        return escapeHtml(new Intl.NumberFormat(locale).format(answer.value));
      case "location":
        return `${answer.lat.toFixed(5)}, ${answer.lon.toFixed(5)}`;
      case "place": {
        const names = bundle ? placeNames(bundle, answer.id) : undefined;
        return escapeHtml(names ? tr.name(locale, names) : answer.id);
      }
    }
  };
  const field = (f: CardField) => {
    const entry = entryOf(f);
    return valueOf(entry?.node ?? "", entry?.answer);
  };
  const line = (labelKey: string, value: string) => `<b>${t(labelKey)}:</b> ${value}`;
  return { card, bundle, options, tr, locale, t, unknown, entryOf, valueOf, field, line, optionLabel, shown: used };
}

