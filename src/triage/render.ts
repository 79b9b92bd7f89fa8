import type { CaseRecord } from "../cases/types.js";
import type { CardField, FlowNode, Tier } from "../flow/schema.js";
import { placeNames } from "../flow/engine.js";
import type { Answer, FlowBundle } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import { formatAge } from "./age.js";
import type { TriageCard } from "./card.js";
import { COMPOUND_WINDOW_DAYS } from "./compound-link.js";

export { formatAge };

/** Telegram's limit on a message text. */
export const MAX_MESSAGE_CHARS = 4096;
/** Each free-text answer is cut to this many characters on the card (the full text stays in the store). */
export const FREE_TEXT_CAP = 300;

/** Escapes text for Telegram's HTML parse mode (quotes too, so it is safe inside attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Cuts to `max` code points (never inside a surrogate pair) and marks the cut with "…". */
export function capText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

export const TIER_BADGES: Record<Tier, string> = { critical: "🔴", high: "🟠", normal: "🔵" };

/** Escalation reasons a coordinator can pick, and the tier each lifts the case to at least. */
export const escalationReasons = ["worse_now", "minor_confirmed", "medical", "moved_sold", "other"] as const;
export type EscalationReason = (typeof escalationReasons)[number];

/** Slug (`needs_medical`) → locale key part (`needs-medical`). */
export const keyPart = (slug: string) => slug.replace(/_/g, "-");

/** What the card needs of the case besides the card itself. */
export type CardRecord = Pick<CaseRecord<unknown>, "id" | "status" | "tier" | "createdAt"> &
  Partial<Pick<CaseRecord<unknown>, "assigneeName" | "outcome" | "escalationReason">>;

export interface RenderOptions {
  translator: Translator;
  /** The coordinators' locale (`COORDINATOR_LOCALE`). */
  locale: string;
  /** Epoch ms, for the age of the case. */
  now: number;
  /**
   * The flow version the card was filed with (for option labels and place
   * names). Without it option ids and place ids are shown as they are.
   */
  bundle: FlowBundle | undefined;
  /** Cap per free-text answer; lowered automatically when the card would be too long. */
  freeTextCap?: number;
  /** This case's number among the reports from its compound in the last days (triage/compound-link.ts); shown from 2. */
  compoundReport?: number;
}

/** A locale key's text, or the readable slug when the locale lacks it (a flag added to the flow later). */
function termOf(translator: Translator, locale: string, key: string, slug: string): string {
  return translator.has(locale, key) || translator.has("en", key) ? translator.t(locale, key) : slug.replace(/_/g, " ");
}

/** The status line alone (used by `/queue` too). Plain text, not escaped. */
export function statusText(record: CardRecord, translator: Translator, locale: string): string {
  switch (record.status) {
    case "open":
      return translator.t(locale, "desk-status-open");
    case "claimed":
      return translator.t(locale, "desk-status-claimed", { name: record.assigneeName ?? "?" });
    case "resolved":
      return translator.t(locale, "desk-status-resolved", {
        outcome: translator.t(locale, `desk-outcome-${keyPart(record.outcome ?? "unreachable")}`),
      });
    case "withdrawn":
      return translator.t(locale, "desk-status-withdrawn");
  }
}

/** The text a card is replaced with once the person withdrew: the reference and nothing else. */
export function renderWithdrawn(caseId: string, translator: Translator, locale: string): string {
  return `⚪ <b>${escapeHtml(translator.t(locale, "desk-card-withdrawn", { ref: caseId }))}</b>`;
}

/**
 * The triage card as coordinators read it on a phone: HTML, every value
 * escaped, at most 4096 characters. It holds only what the card data holds,
 * which never includes the person's Telegram id, name or username.
 */
export function renderCard(card: TriageCard, record: CardRecord, options: RenderOptions): string {
  if (record.status === "withdrawn") return renderWithdrawn(record.id, options.translator, options.locale);
  // Long answers are cut harder until the whole card fits in one message.
  for (const cap of [options.freeTextCap ?? FREE_TEXT_CAP, 150, 60, 20]) {
    const html = renderWithCap(card, record, options, cap);
    if (html.length <= MAX_MESSAGE_CHARS) return html;
  }
  return renderHeaderOnly(record, options);
}

/** Last resort for a card that cannot fit even with every text cut: header and status only. */
function renderHeaderOnly(record: CardRecord, options: RenderOptions): string {
  const { translator: tr, locale } = options;
  return [
    `${TIER_BADGES[record.tier]} <b>${escapeHtml(tr.t(locale, `desk-tier-${record.tier}`))}</b>`,
    `<b>${escapeHtml(tr.t(locale, "desk-card-ref", { ref: record.id }))}</b>`,
    escapeHtml(statusText(record, tr, locale)),
  ].join("\n");
}

type CardAnswer = TriageCard["answers"][number];

/** What the sections of one rendering share: the card, escaped texts, and which answers a section has shown. */
interface CardView {
  card: TriageCard;
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
  /** A field's answer as card HTML, or unknown. */
  field(f: CardField): string;
  /** `<b>label:</b> value`. */
  line(labelKey: string, value: string): string;
  /** Indexes (in `card.answers`) of the answers a section has shown. */
  shown: ReadonlySet<number>;
}

function cardView(card: TriageCard, options: RenderOptions, cap: number): CardView {
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
  return { card, tr, locale, t, unknown, entryOf, valueOf, field, line, shown: used };
}

/** Urgency first: it decides who picks this up. */
function headerLines(v: CardView, record: CardRecord, now: number): string[] {
  const { card, tr, locale, t } = v;
  const out: string[] = [];
  const reasons = card.reasons.map((r) => escapeHtml(termOf(tr, locale, `flag-${keyPart(r)}`, r)));
  out.push(`${TIER_BADGES[record.tier]} <b>${t(`desk-tier-${record.tier}`)}</b>${reasons.length ? ` · ${reasons.join(", ")}` : ""}`);
  const langName = tr.locales.includes(card.lang) ? `${tr.t(card.lang, "language-name")} (${card.lang})` : card.lang;
  out.push(
    `<b>${t("desk-card-ref", { ref: record.id })}</b> · ${escapeHtml(formatAge(tr, locale, now - record.createdAt))} · ${t("desk-card-language", { lang: langName })}`,
  );
  out.push(`<b>${escapeHtml(statusText(record, tr, locale))}</b>`);
  if (record.escalationReason) {
    const reason = record.escalationReason;
    out.push(t("desk-escalated", { reason: termOf(tr, locale, `desk-escalate-${keyPart(reason)}`, reason) }));
  }
  return out;
}

/** Where: what rescuers need most. */
function whereLines(v: CardView): string[] {
  const { card, tr, locale, t, unknown, entryOf, valueOf, field, line } = v;
  const out: string[] = [];
  const where = (["country", "province", "compound"] as const).map((f) => entryOf(f)).filter((e) => e !== undefined);
  out.push(line("desk-field-where", where.length ? where.map((e) => valueOf(e.node, e.answer)).join(" › ") : unknown));
  const pinEntry = entryOf("location");
  if (card.location) {
    const { lat, lon, nearestCompound } = card.location;
    const osm = `https://www.openstreetmap.org/?mlat=${lat.toFixed(5)}&amp;mlon=${lon.toFixed(5)}#map=15/${lat.toFixed(5)}/${lon.toFixed(5)}`;
    let pin = `📍 ${lat.toFixed(5)}, ${lon.toFixed(5)} · <a href="${osm}">${t("desk-osm-link")}</a>`;
    if (nearestCompound) {
      pin += ` · ${t("desk-nearest", { name: tr.name(locale, nearestCompound.names), km: nearestCompound.distanceKm })}`;
    }
    out.push(line("desk-field-pin", pin));
  } else {
    out.push(line("desk-field-pin", pinEntry ? valueOf(pinEntry.node, pinEntry.answer) : unknown));
  }
  out.push(line("desk-field-surroundings", field("surroundings")));
  out.push(line("desk-field-situation", field("situation")));
  out.push(line("desk-field-danger", field("danger")));
  return out;
}

/** Control over them. */
function controlLines(v: CardView): string[] {
  const { locale, t, entryOf, valueOf, field, line } = v;
  const out: string[] = [];
  out.push(line("desk-field-passport", field("passport")));
  out.push(line("desk-field-phone", field("phone")));
  out.push(line("desk-field-restraint", field("restraint")));
  out.push(line("desk-field-violence", field("violence")));
  const ransom = entryOf("ransom");
  const amount = entryOf("ransom_amount");
  let money = valueOf(ransom?.node ?? "", ransom?.answer);
  if (amount) {
    money +=
      amount.answer.kind === "number"
        ? ` · ${t("desk-amount-usd", { amount: new Intl.NumberFormat(locale).format(amount.answer.value) })}`
        : ` · ${valueOf(amount.node, amount.answer)}`;
  }
  out.push(line("desk-field-ransom", money));
  return out;
}

/** Who. */
function whoLines(v: CardView): string[] {
  const { card, tr, locale, t, field, line } = v;
  const indicators = card.indicators.map((i) => escapeHtml(termOf(tr, locale, `indicator-${keyPart(i)}`, i)));
  return [
    line("desk-field-nationality", field("nationality")),
    line("desk-field-minor", field("minor")),
    line("desk-field-others", field("others_count")),
    line("desk-field-indicators", indicators.length ? indicators.join("; ") : `<i>${t("desk-none")}</i>`),
  ];
}

/** How to reach them. */
function reachLines(v: CardView): string[] {
  const { entryOf, valueOf, field, line } = v;
  const hours = entryOf("contact_hours");
  return [
    line("desk-field-contact", field("contact_window") + (hours ? ` (${valueOf(hours.node, hours.answer)})` : "")),
    line("desk-field-consent", field("consent")),
    line("desk-field-notes", field("notes")),
  ];
}

/** Anything else they said, so no answer is ever hidden; runs after every other section. */
function restLines(v: CardView): string[] {
  const rest = v.card.answers.filter((a, i) => !v.shown.has(i) && a.field !== "safe_now");
  if (!rest.length) return [];
  return ["", `<b>${v.t("desk-field-other-answers")}</b>`, ...rest.map((a) => `• <code>${escapeHtml(a.field ?? a.node)}</code>: ${v.valueOf(a.node, a.answer)}`)];
}

/** The whole card with free-text answers cut to `cap`; sections in the order a coordinator reads them. */
function renderWithCap(card: TriageCard, record: CardRecord, options: RenderOptions, cap: number): string {
  const v = cardView(card, options, cap);
  // In order: the last section lists what the ones before it did not show.
  return [
    ...headerLines(v, record, options.now),
    "",
    ...whereLines(v),
    ...(options.compoundReport !== undefined && options.compoundReport > 1
      ? [v.t("desk-compound-reports", { n: options.compoundReport, days: COMPOUND_WINDOW_DAYS })]
      : []),
    "",
    ...controlLines(v),
    "",
    ...whoLines(v),
    "",
    ...reachLines(v),
    ...restLines(v),
  ].join("\n");
}
