import type { Translator } from "../i18n/translator.js";

/** How long ago, in the coordinator's words ("12 min ago"). */
export function formatAge(translator: Translator, locale: string, ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return translator.t(locale, "desk-age-now");
  if (minutes < 120) return translator.t(locale, "desk-age-minutes", { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return translator.t(locale, "desk-age-hours", { n: hours });
  return translator.t(locale, "desk-age-days", { n: Math.floor(hours / 24) });
}
