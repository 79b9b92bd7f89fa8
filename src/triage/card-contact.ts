import type { CardView } from "./card-view.js";
import { contactWindowOf, minutesUntilOpen, shiftClock } from "./contact.js";

/**
 * When the person can be reached, in their zone and the coordinators', and
 * whether that is now. A coordinator on another continent must not do zone
 * arithmetic to know whether a reply would land while a guard holds the phone.
 * Undefined when there is nothing to add to the contact line.
 *
 * @example
 * // 🕒 18:00–22:00 their time (Asia/Phnom_Penh) · 12:00–16:00 your time (Europe/Berlin) · opens in 3 h
 */
export function contactTimeLine(v: CardView): string | undefined {
  const { card, bundle, options, t } = v;
  if (!bundle) return undefined;
  const country = card.answers.find((a) => a.field === "country")?.answer;
  const window = contactWindowOf(bundle, card.flags, country?.kind === "place" ? country.id : undefined);
  if (window.mode === "any") return undefined;
  if (window.mode === "when_i_write") return `⏳ ${t("desk-contact-waits")}`;
  const ours = options.coordinatorTimezone ?? "UTC";
  const now = options.now;
  const theirs = window.windows.map((w) => `${w.from}–${w.to}`).join(", ");
  const mine = window.windows.map((w) => `${shiftClock(w.from, window.timezone, ours, now)}–${shiftClock(w.to, window.timezone, ours, now)}`).join(", ");
  const wait = minutesUntilOpen(window, now);
  const state =
    wait === 0 ? t("desk-contact-open-now") : wait < 60 ? t("desk-contact-opens-minutes", { n: wait }) : t("desk-contact-opens-hours", { n: Math.round(wait / 60) });
  const zones = window.timezone === ours
    ? t("desk-contact-same-zone", { hours: theirs, zone: ours })
    : `${t("desk-contact-their-time", { hours: theirs, zone: window.timezone })} · ${t("desk-contact-your-time", { hours: mine, zone: ours })}`;
  return `🕒 ${zones} · <b>${state}</b>`;
}
