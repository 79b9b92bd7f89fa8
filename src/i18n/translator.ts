import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import type { LocalizedNames } from "../flow/schema.js";

export const DEFAULT_LOCALE = "en";

/**
 * Telegram `language_code` values that plain BCP 47 matching gets wrong
 * (scripts for Chinese, Filipino's code, Malay's regional tag).
 */
const ALIASES: Record<string, string> = {
  zh: "zh-Hans",
  "zh-cn": "zh-Hans",
  "zh-sg": "zh-Hans",
  "zh-my": "zh-Hans",
  "zh-hans": "zh-Hans",
  "zh-tw": "zh-Hant",
  "zh-hk": "zh-Hant",
  "zh-mo": "zh-Hant",
  "zh-hant": "zh-Hant",
  fil: "tl",
  "fil-ph": "tl",
  "tl-ph": "tl",
  "ms-my": "ms",
  "ms-bn": "ms",
  "ms-sg": "ms",
  in: "id",
  "id-id": "id",
  "my-mm": "my",
  "km-kh": "km",
  "lo-la": "lo",
};

export interface Translator {
  /** Locales that have a file, in a stable order (en first). */
  readonly locales: readonly string[];
  /** Picks the closest locale for a Telegram `language_code`. */
  negotiate(languageCode: string | undefined): string;
  /** Formats a message; falls back to English, then to the key itself. */
  t(locale: string, key: string, args?: Record<string, FluentVariable>): string;
  has(locale: string, key: string): boolean;
  /** A place name in the locale, else its Latin-script English name. */
  name(locale: string, names: LocalizedNames): string;
  /** Lowercased exit words of every locale (a person may type their own language's word in any UI language). */
  exitWords(): ReadonlySet<string>;
  /** Re-reads the locale files (hot reload in `npm run dev`, after flows:check passed). */
  reload(): void;
  /**
   * Texts of a flow version still in use (locale → key → text), kept for keys the
   * live files no longer have: a triage begun before an edit that renamed or dropped
   * a text shows the words it was asked in, never the raw key. The live text wins.
   */
  pin(texts: PinnedTexts): void;
}

export type PinnedTexts = Record<string, Record<string, string>>;

export function negotiateLocale(languageCode: string | undefined, available: readonly string[]): string {
  if (!languageCode) return DEFAULT_LOCALE;
  // The longest known prefix decides: "zh-Hant-TW" is Traditional although "zh" alone means Simplified.
  const parts = languageCode.toLowerCase().split("-");
  let alias: string | undefined;
  for (let n = parts.length; n > 0 && alias === undefined; n--) alias = ALIASES[parts.slice(0, n).join("-")];
  if (alias && available.includes(alias)) return alias;
  const [match] = negotiateLanguages([languageCode], [...available], { defaultLocale: DEFAULT_LOCALE, strategy: "lookup" });
  return match ?? DEFAULT_LOCALE;
}

function readBundles(localesDir: string): Map<string, FluentBundle> {
  const bundles = new Map<string, FluentBundle>();
  for (const file of readdirSync(localesDir).filter((f) => f.endsWith(".ftl")).sort()) {
    const locale = basename(file, ".ftl");
    // Isolation marks (U+2068/9) show up as boxes on some phones; our variables are plain.
    const bundle = new FluentBundle(locale, { useIsolating: false });
    bundle.addResource(new FluentResource(readFileSync(join(localesDir, file), "utf8")));
    bundles.set(locale, bundle);
  }
  return bundles;
}

export function createTranslator(deps: { localesDir: string }): Translator {
  let bundles = new Map<string, FluentBundle>();
  const locales: string[] = [];
  const exitWords = new Set<string>();

  function format(locale: string, key: string, args?: Record<string, FluentVariable>): string | undefined {
    const bundle = bundles.get(locale);
    const message = bundle?.getMessage(key);
    if (!bundle || !message?.value) return undefined;
    const errors: Error[] = [];
    const text = bundle.formatPattern(message.value, args, errors);
    return errors.length ? undefined : text;
  }

  const pinned = new Map<string, Map<string, string>>();
  const pinnedText = (locale: string, key: string) => pinned.get(locale)?.get(key);

  const negotiated = new Map<string, string>();
  function load() {
    negotiated.clear();
    bundles = readBundles(deps.localesDir);
    locales.splice(0, locales.length, ...[...bundles.keys()].sort((a, b) => (a === DEFAULT_LOCALE ? -1 : b === DEFAULT_LOCALE ? 1 : a.localeCompare(b))));
    exitWords.clear();
    for (const locale of locales) {
      for (const word of (format(locale, "exit-words") ?? "").split(",")) {
        const trimmed = word.normalize("NFC").trim().toLowerCase();
        if (trimmed) exitWords.add(trimmed);
      }
    }
  }
  load();

  return {
    reload: load,
    locales,
    negotiate: (code) => {
      // Every update asks; the answer depends only on the code and the locale files.
      const cached = negotiated.get(code ?? "");
      if (cached) return cached;
      const locale = negotiateLocale(code, locales);
      if (negotiated.size < 1000) negotiated.set(code ?? "", locale);
      return locale;
    },
    t: (locale, key, args) => format(locale, key, args) ?? pinnedText(locale, key) ?? format(DEFAULT_LOCALE, key, args) ?? pinnedText(DEFAULT_LOCALE, key) ?? key,
    has: (locale, key) => (bundles.get(locale)?.hasMessage(key) ?? false) || pinnedText(locale, key) !== undefined,
    pin(texts) {
      for (const [locale, byKey] of Object.entries(texts)) {
        const into = pinned.get(locale) ?? new Map<string, string>();
        pinned.set(locale, into);
        for (const [key, text] of Object.entries(byKey)) if (typeof text === "string") into.set(key, text);
      }
    },
    name: (locale, names) => names[locale] ?? names[DEFAULT_LOCALE] ?? Object.values(names)[0] ?? "?",
    exitWords: () => exitWords,
  };
}
