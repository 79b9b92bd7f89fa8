import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";

import type { CoverMode } from "../config.js";

const fileSchema = z.strictObject({
  recipes: z.array(z.string().min(1)).min(1),
  weather: z.array(z.string().min(1)).min(1),
});

/** The shipped harmless items, per locale and mode; a locale without a file uses `en`. */
export interface CoverContent {
  items(locale: string, mode: CoverMode): readonly string[];
  /** One item, picked by `pick` (an index source, so tests can choose). */
  one(locale: string, mode: CoverMode, pick?: (n: number) => number): string;
}

/** Reads `<dir>/<locale>.yaml` (e.g. locales/cover/en.yaml); `en` must exist. */
export function loadCoverContent(dir: string): CoverContent {
  const byLocale = new Map<string, z.infer<typeof fileSchema>>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
    byLocale.set(name.slice(0, -".yaml".length), fileSchema.parse(parse(readFileSync(join(dir, name), "utf8"))));
  }
  const fallback = byLocale.get("en");
  if (!fallback) throw new Error(`cover content needs ${join(dir, "en.yaml")}`);
  const items = (locale: string, mode: CoverMode) => (byLocale.get(locale) ?? fallback)[mode];
  return {
    items,
    one(locale, mode, pick = (n) => Math.floor(Math.random() * n)) {
      const list = items(locale, mode);
      return list[pick(list.length) % list.length] ?? list[0]!;
    },
  };
}

/**
 * How a typed passphrase is compared: case, diacritics, spaces and
 * punctuation aside ("Mango Sticky-Rice" matches "mangostickyrice").
 */
export function loosePassphrase(text: string): string {
  return text.normalize("NFKD").replace(/[\p{M}\s\p{P}]/gu, "").toLocaleLowerCase();
}
