import { cardView } from "./card-view.js";
import { COMPOUND_WINDOW_DAYS } from "./compound-link.js";
import type { TriageCard } from "./card.js";
import { controlLines, headerLines, reachLines, restLines, whereLines, whoLines } from "./card-sections.js";
import { escapeHtml, FREE_TEXT_CAP, MAX_MESSAGE_CHARS, renderWithdrawn, statusText, TIER_BADGES, type CardRecord, type RenderOptions } from "./render-text.js";

export {
  capText, capUnits, escalationReasons, escapeHtml, formatAge, FREE_TEXT_CAP, keyPart, MAX_MESSAGE_CHARS, renderWithdrawn, statusText, termOf, TIER_BADGES,
  type CardRecord, type EscalationReason, type RenderOptions,
} from "./render-text.js";

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
