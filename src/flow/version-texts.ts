import { messageText, type LocaleSet } from "../i18n/locale-set.js";
import type { PinnedTexts } from "../i18n/translator.js";
import type { LoadedFlowFile } from "./load.js";

/**
 * The texts one flow version shows, in every locale, as they read when it went
 * live: the keys its steps and options name, and the card's optional titles of
 * its flags and indicators. Kept with the version (memory and Redis) so an edit
 * that renames or drops a text cannot turn a triage in flight into raw keys.
 */
export function textsOfVersion(file: LoadedFlowFile, locales: LocaleSet): PinnedTexts {
  const flow = file.bundle?.flow;
  const keys = new Set(file.uses.map((use) => use.key));
  if (flow) {
    for (const node of Object.values(flow.nodes)) {
      if ("options" in node) for (const option of node.options ?? []) for (const flag of option.flags ?? []) keys.add(`flag-${flag.replaceAll("_", "-")}`);
    }
    for (const indicator of Object.keys(flow.scoring.indicators)) keys.add(`indicator-${indicator.replaceAll("_", "-")}`);
  }
  const texts: PinnedTexts = {};
  for (const locale of locales.files.keys()) {
    const byKey: Record<string, string> = {};
    for (const key of keys) {
      const text = messageText(locales, locale, key);
      if (text !== undefined) byKey[key] = text;
    }
    texts[locale] = byKey;
  }
  return texts;
}

/** Whether a value read back from Redis has the shape of {@link PinnedTexts}. */
export function isPinnedTexts(value: unknown): value is PinnedTexts {
  if (!value || typeof value !== "object") return false;
  return Object.values(value).every((byKey) => byKey && typeof byKey === "object" && Object.values(byKey as object).every((t) => typeof t === "string"));
}
