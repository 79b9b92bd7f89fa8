import type { CaseRecord } from "../cases/types.js";
import type { Tier } from "../flow/schema.js";
import type { FlowBundle } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import { formatAge } from "./age.js";

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

/**
 * Cuts to `max` UTF-16 code units, the unit of Telegram's 4,096 limit on a message
 * (an emoji badge counts two), never inside a surrogate pair, marking the cut with "…".
 */
export function capUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
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
  /** The coordinators' time zone (`COORDINATOR_TIMEZONE`), for the person's safe hours; UTC when unset. */
  coordinatorTimezone?: string;
  /** Cap per free-text answer; lowered automatically when the card would be too long. */
  freeTextCap?: number;
  /** This case's number among the reports from its compound in the last days (triage/compound-link.ts); shown from 2. */
  compoundReport?: number;
}


/** A locale key's text, or the readable slug when the locale lacks it (a flag added to the flow later). */
export function termOf(translator: Translator, locale: string, key: string, slug: string): string {
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

