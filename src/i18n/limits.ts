import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Problem } from "../flow/validate/problem.js";
import type { LocaleFile, LocaleSet } from "./locale-set.js";

/** Telegram's limit on one message, in UTF-16 code units (as the presenter and the relay count). */
export const MAX_MESSAGE_UNITS = 4096;

/**
 * How long a `{ $variable }` can get, per kind of value. `flows:check` fills
 * every text with these before measuring it, so a text that fits today
 * cannot overflow when a long name or a big number comes along.
 *
 * - `number`: the largest value the bot passes; Fluent formats it with the
 *   locale's digit grouping, so its width is measured as shown.
 * - `text`: a value of that many characters, unless `longest` finds a longer
 *   real one (place and compound names from the flows' data files).
 * - `texts`: the variable receives another text of the same locale; the
 *   longest text whose key starts with `prefix` is used.
 */
export type VariableLimit =
  | { kind: "number"; max: number; why: string }
  | { kind: "text"; length: number; why: string; places?: true }
  | { kind: "texts"; prefix: string; why: string };

/** The documented maximum per variable; every variable in src/i18n/catalog.ts must be here (a test checks). */
export const VARIABLE_LIMITS: Record<string, VariableLimit> = {
  ref: { kind: "text", length: 9, why: "case references are XXXX-XXXX (src/cases/id.ts)" },
  n: { kind: "number", max: 9999, why: "ages in minutes, hours or days; a case older than 9999 days is long closed" },
  count: { kind: "number", max: 9999, why: "cases in a list or messages held for a person" },
  sent: { kind: "number", max: 9999, why: "parts of a relayed message" },
  total: { kind: "number", max: 9999, why: "parts of a relayed message" },
  km: { kind: "number", max: 20_000, why: "no place on Earth is further away than this" },
  amount: { kind: "number", max: 999_999_999, why: "money demanded, in USD, as the person typed it" },
  max: { kind: "number", max: MAX_MESSAGE_UNITS, why: "a typed answer can never be longer than one message" },
  min: { kind: "number", max: MAX_MESSAGE_UNITS, why: "lower bound of a number question" },
  name: { kind: "text", length: 129, why: "a coordinator's Telegram first and last name (64 + 1 + 64), or a place or compound name", places: true },
  hours: { kind: "text", length: 70, why: "up to five safe-hour windows written HH:MM–HH:MM, comma-separated" },
  zone: { kind: "text", length: 40, why: "an IANA time-zone name; the longest is America/Argentina/ComodRivadavia (32)" },
  lang: { kind: "texts", prefix: "language-name", why: "the name of a language, as its own file writes it" },
  outcome: { kind: "texts", prefix: "desk-outcome-", why: "one of the outcome texts" },
  reason: { kind: "texts", prefix: "desk-escalate-", why: "one of the escalation reasons" },
  age: { kind: "texts", prefix: "desk-age-", why: "a formatted age (desk-age-*)" },
};

/** Used for a variable missing from {@link VARIABLE_LIMITS}: generous, so an unknown value errs towards a warning. */
const UNKNOWN_LENGTH = 200;

/** Data the longest values come from. */
export interface LimitData {
  /** Every place and compound name of every flow, in any language. */
  placeNames: readonly string[];
}

/**
 * `message_too_long`: every text of every locale, filled with the longest
 * values its variables can get, must fit one Telegram message.
 */
export function checkMessageLengths(set: LocaleSet, data: LimitData): Problem[] {
  const problems: Problem[] = [];
  const longestPlace = data.placeNames.reduce((a, b) => (b.length > a.length ? b : a), "");
  for (const file of set.files.values()) {
    const bundle = bundleOf(file);
    for (const [key, message] of file.messages) {
      const units = longestLength(bundle, file, key, longestPlace);
      if (units === undefined || units <= MAX_MESSAGE_UNITS) continue;
      const filled = message.variables.length > 0 ? " once its values are filled in at their longest" : "";
      problems.push({
        file: file.file,
        line: message.line,
        col: message.col,
        rule: "message_too_long",
        message: `the text "${key}" can be ${units} characters long${filled}; Telegram allows ${MAX_MESSAGE_UNITS} in one message`,
        hint: "shorten it, or split it into two texts",
      });
    }
  }
  return problems;
}

/** UTF-16 length of `key` in `file` with every variable at its longest (undefined when it has no value). */
export function longestLength(bundle: FluentBundle, file: LocaleFile, key: string, longestPlace = ""): number | undefined {
  const pattern = bundle.getMessage(key)?.value;
  if (!pattern) return undefined;
  const args: Record<string, string | number> = {};
  for (const variable of file.messages.get(key)?.variables ?? []) args[variable] = longestValue(bundle, file, variable, longestPlace);
  return bundle.formatPattern(pattern, args, []).length;
}

function longestValue(bundle: FluentBundle, file: LocaleFile, variable: string, longestPlace: string): string | number {
  const limit = VARIABLE_LIMITS[variable];
  if (!limit) return "W".repeat(UNKNOWN_LENGTH);
  if (limit.kind === "number") return limit.max;
  if (limit.kind === "text") {
    const wanted = "W".repeat(limit.length);
    return limit.places && longestPlace.length > wanted.length ? longestPlace : wanted;
  }
  let longest = "";
  for (const [other, message] of file.messages) {
    // A text never fills itself in (that would loop); its variables are measured at their own longest.
    if (!other.startsWith(limit.prefix) || message.variables.includes(variable)) continue;
    const pattern = bundle.getMessage(other)?.value;
    if (!pattern) continue;
    const args = Object.fromEntries(message.variables.map((v) => [v, longestValue(bundle, file, v, longestPlace)]));
    const text = bundle.formatPattern(pattern, args, []);
    if (text.length > longest.length) longest = text;
  }
  return longest;
}

const bundles = new WeakMap<LocaleFile, FluentBundle>();

function bundleOf(file: LocaleFile): FluentBundle {
  let bundle = bundles.get(file);
  if (!bundle) {
    // Isolation marks are off in the bot too (src/i18n/translator.ts), so they are not counted.
    bundle = new FluentBundle(file.locale, { useIsolating: false });
    bundle.addResource(new FluentResource(file.source));
    bundles.set(file, bundle);
  }
  return bundle;
}

/** Every string under a `names` map anywhere in `data` (places.yaml and compounds.yaml entries). */
export function namesIn(data: unknown, out: string[] = []): string[] {
  if (Array.isArray(data)) for (const item of data) namesIn(item, out);
  else if (data && typeof data === "object") {
    for (const [field, value] of Object.entries(data)) {
      if (field === "names" && value && typeof value === "object") {
        for (const name of Object.values(value)) if (typeof name === "string") out.push(name);
      } else namesIn(value, out);
    }
  }
  return out;
}
