import { headlineReasons } from "../triage/evidence.js";
import type { CaseRecord } from "../cases/types.js";
import { placeNames } from "../flow/engine.js";
import { tiers, type Tier } from "../flow/schema.js";
import type { FlowBundle } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import type { TriageCard } from "../triage/card.js";
import { capText, capUnits, formatAge, keyPart, MAX_MESSAGE_CHARS, statusText, TIER_BADGES } from "../triage/render.js";

/** Telegram's limit on the buttons of one message. */
export const MAX_DIGEST_BUTTONS = 100;
/** One line never takes more than this (a case with many reasons and a long place name). */
const MAX_LINE_CHARS = 300;
/** Buttons per keyboard row: short labels (badge and reference), so two fit on a phone. */
const BUTTONS_PER_ROW = 2;

/** Where a listed case stands, as its digest line says. */
export type DigestState = "waiting" | "carded" | "claimed" | "closed" | "gone";

/** One case as its digest line shows it. Plain values; rendering adds the words. */
export interface DigestEntry {
  caseId: string;
  tier: Tier;
  createdAt: number;
  /** Terms of the card headline's reasons, in the coordinators' locale. */
  reasons: string[];
  /** The most precise place the person named, or undefined. */
  place: string | undefined;
  state: DigestState;
  /** The status line for claimed and closed cases (`Claimed by Ann`). */
  status?: string;
  /** Callback data of the "post its card" button (only `waiting` lines show it). */
  button?: string;
}

/** What one digest message shows: its text and its buttons (label and callback data), rows of two. */
export interface DigestPage {
  text: string;
  buttons: { text: string; data: string }[][];
}

export interface DigestTextOptions {
  translator: Translator;
  locale: string;
  now: number;
}

/** The urgency order of the desk: tier, then oldest first (the order of `casesOpen`). */
export function urgency(a: Pick<DigestEntry, "tier" | "createdAt">): number {
  return tiers.indexOf(a.tier) * 1e13 + a.createdAt;
}

/** A locale term, or the readable slug when the locale lacks it (a flag added to the flow later). */
function term(tr: Translator, locale: string, key: string, slug: string): string {
  return tr.has(locale, key) || tr.has("en", key) ? tr.t(locale, key) : slug.replace(/_/g, " ");
}

/** The deepest place answer (compound, else province, else country), by its name in the coordinators' locale. */
function placeOf(card: TriageCard, bundle: FlowBundle | undefined, tr: Translator, locale: string): string | undefined {
  for (const field of ["compound", "province", "country"] as const) {
    const answer = card.answers.find((a) => a.field === field)?.answer;
    if (answer?.kind !== "place") continue;
    const names = bundle ? placeNames(bundle, answer.id) : undefined;
    return names ? tr.name(locale, names) : answer.id;
  }
  return undefined;
}

/** A case record as a digest entry; `state` and `button` are the digest's own knowledge. */
export function digestEntry(
  record: CaseRecord<TriageCard>,
  listing: { waiting: boolean; button?: string },
  options: DigestTextOptions & { bundle: FlowBundle | undefined },
): DigestEntry {
  const { translator: tr, locale } = options;
  const state: DigestState =
    record.status === "withdrawn"
      ? "gone"
      : record.status === "resolved"
        ? "closed"
        : record.status === "claimed"
          ? "claimed"
          : listing.waiting && record.cardMessageId === undefined
            ? "waiting"
            : "carded";
  return {
    caseId: record.id,
    tier: record.tier,
    createdAt: record.createdAt,
    // Every reported reason, most serious first, as on the card's headline.
    reasons: headlineReasons(record.card, options.bundle?.flow.scoring).map((r) => term(tr, locale, `flag-${keyPart(r)}`, r)),
    place: placeOf(record.card, options.bundle, tr, locale),
    state,
    ...(state === "claimed" || state === "closed" ? { status: statusText(record, tr, locale) } : {}),
    ...(state === "waiting" && listing.button ? { button: listing.button } : {}),
  };
}

/** A case that is gone (erased) shows as its reference and nothing else, like a withdrawn card. */
export function goneEntry(caseId: string): DigestEntry {
  return { caseId, tier: "normal", createdAt: Number.MAX_SAFE_INTEGER / 1e4, reasons: [], place: undefined, state: "gone" };
}

/** One line: badge, tier, reasons, place, age, reference, and what became of it. Plain text. */
export function digestLine(entry: DigestEntry, options: DigestTextOptions): string {
  const { translator: tr, locale, now } = options;
  const t = (key: string, args?: Record<string, string | number>) => tr.t(locale, key, args);
  if (entry.state === "gone") return `⚪ ${entry.caseId} · ${t("desk-status-withdrawn")}`;
  const head = `${TIER_BADGES[entry.tier]} ${t(`desk-tier-${entry.tier}`)}${entry.reasons.length ? ` · ${entry.reasons.join(", ")}` : ""}`;
  const parts = [head, ...(entry.place ? [entry.place] : []), formatAge(tr, locale, now - entry.createdAt), entry.caseId];
  if (entry.state === "carded") parts.push(t("desk-digest-card-below"));
  if (entry.status) parts.push(entry.status);
  return capText(parts.join(" · "), MAX_LINE_CHARS);
}

/**
 * Room a page keeps free when cases are laid out on it: its lines grow after
 * that (ages from "1 min" to "2 h", "card below", "Claimed by …"), and an edit
 * past Telegram's 4,096 characters is refused, which stalled the digest in a
 * surge (bench:surge, 150 people: 15 refused edits, cases seen 7 s late).
 */
const LAYOUT_HEADROOM = 0.85;

/** A line whose case needs nothing more from the digest: badge, reference and what became of it. */
function settledLine(entry: DigestEntry, options: DigestTextOptions): string {
  if (entry.state === "gone") return digestLine(entry, options);
  const what = entry.status ?? (entry.state === "carded" ? options.translator.t(options.locale, "desk-digest-card-below") : "");
  return capText([`${TIER_BADGES[entry.tier]} ${entry.caseId}`, ...(what ? [what] : [])].join(" · "), MAX_LINE_CHARS);
}

/** A waiting line cut to fit: reference and age before place and reasons, so a cut keeps what identifies the case. */
function compactLine(entry: DigestEntry, options: DigestTextOptions): string {
  const age = formatAge(options.translator, options.locale, options.now - entry.createdAt);
  return [`${TIER_BADGES[entry.tier]} ${entry.caseId}`, age, ...(entry.place ? [entry.place] : []), ...(entry.reasons.length ? [entry.reasons.join(", ")] : [])].join(" · ");
}

/**
 * The message for these entries (most urgent first): header, a line each, a
 * button per waiting case. When the full lines no longer fit, settled cases
 * (carded, claimed, closed) shorten to reference and outcome, the waiting
 * ones keep their detail; the text never passes Telegram's limit.
 */
/** The entries most urgent first, and their page's text with each line drawn by `line`. */
function pageText(entries: DigestEntry[], options: DigestTextOptions) {
  const sorted = [...entries].sort((a, b) => urgency(a) - urgency(b));
  const title = options.translator.t(options.locale, "desk-digest-title");
  return { sorted, textOf: (line: (e: DigestEntry) => string) => [title, "", ...sorted.map(line)].join("\n") };
}

export function renderDigestPage(entries: DigestEntry[], options: DigestTextOptions): DigestPage {
  const { sorted, textOf } = pageText(entries, options);
  let text = textOf((e) => digestLine(e, options));
  if (text.length > MAX_MESSAGE_CHARS) text = textOf((e) => (e.state === "waiting" ? digestLine(e, options) : settledLine(e, options)));
  if (text.length > MAX_MESSAGE_CHARS) {
    // Still too long (later answers added reasons and places to waiting cases): every waiting line gets
    // an equal share, reference and age first, so no case drops off the end of the message.
    const settled = textOf((e) => (e.state === "waiting" ? "" : settledLine(e, options))).length;
    const waiting = sorted.filter((e) => e.state === "waiting").length;
    const share = Math.max(24, Math.floor((MAX_MESSAGE_CHARS - settled) / Math.max(1, waiting)));
    text = textOf((e) => (e.state === "waiting" ? capUnits(compactLine(e, options), share) : settledLine(e, options)));
  }
  const flat = sorted.filter((e) => e.button).map((e) => ({ text: `${TIER_BADGES[e.tier]} ${e.caseId}`, data: e.button! }));
  const buttons: DigestPage["buttons"] = [];
  for (let i = 0; i < flat.length; i += BUTTONS_PER_ROW) buttons.push(flat.slice(i, i + BUTTONS_PER_ROW));
  return { text: capUnits(text, MAX_MESSAGE_CHARS), buttons };
}

/** Whether a page fits in one Telegram message (text length, buttons), with room for its lines to grow. */
export function pageFits(entries: DigestEntry[], options: DigestTextOptions): boolean {
  if (entries.length > MAX_DIGEST_BUTTONS) return false;
  const { textOf } = pageText(entries, options);
  return textOf((e) => digestLine(e, options)).length <= Math.floor(MAX_MESSAGE_CHARS * LAYOUT_HEADROOM);
}

/**
 * Splits entries into pages that each fit: `kept` stay on the message they
 * are on (the current digest), and as many `added` as fit join them; the
 * rest fill new pages, in urgency order. Returns what joins the current
 * message and the new pages.
 */
export function layoutDigest(kept: DigestEntry[], added: DigestEntry[], options: DigestTextOptions): { joined: DigestEntry[]; pages: DigestEntry[][] } {
  const rest = [...added].sort((a, b) => urgency(a) - urgency(b));
  const joined: DigestEntry[] = [];
  if (kept.length > 0) {
    while (rest.length > 0 && pageFits([...kept, ...joined, rest[0]!], options)) joined.push(rest.shift()!);
  }
  const pages: DigestEntry[][] = [];
  while (rest.length > 0) {
    const page: DigestEntry[] = [rest.shift()!];
    while (rest.length > 0 && pageFits([...page, rest[0]!], options)) page.push(rest.shift()!);
    pages.push(page);
  }
  return { joined, pages };
}
