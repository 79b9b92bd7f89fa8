import type { Translator } from "../i18n/translator.js";

/** A text in the coordinators' locale (`COORDINATOR_LOCALE`). */
export type DeskText = (key: string, args?: Record<string, string | number>) => string;

/** The desk speaks one language, whatever the people behind the cases speak. */
export function deskText(translator: Translator, locale: string): DeskText {
  return (key, args) => translator.t(locale, key, args);
}
