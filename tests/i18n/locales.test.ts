import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { beforeAll, describe, expect, it } from "vitest";
import { cardFields } from "../../src/flow/schema.js";
import { loadFlowBundle } from "../../src/flow/load.js";
import { optionsOf } from "../../src/flow/validate/context.js";
import { codeKeys } from "../../src/i18n/catalog.js";
import { MAX_BUTTON_CHARS } from "../../src/i18n/check.js";
import { allKeys, loadLocaleSet, type LocaleSet } from "../../src/i18n/locale-set.js";
import { createTranslator, negotiateLocale, type Translator } from "../../src/i18n/translator.js";

const root = join(import.meta.dirname, "../..");
const localesDir = join(root, "locales");
const LOCALES = ["en", "zh-Hans", "zh-Hant", "vi", "th", "id", "ms", "tl", "my", "lo", "km", "ko", "ja", "hi", "ru", "sw"];

/**
 * Values close to what code passes: numbers where code passes numbers, so
 * plural selectors and NUMBER() take their real branch.
 */
const SAMPLES: Record<string, FluentVariable> = {
  ref: "K7QX-2M4P",
  max: 1000,
  min: 0,
  n: 5,
  count: 3,
  amount: 15000,
  km: 1.2,
  name: "Alice",
  lang: "ភាសាខ្មែរ (km)",
  outcome: "referred",
  reason: "medical",
  age: "12 min",
};

// Scripts a reader of these languages cannot do without: a question in Latin letters there is a draft slip.
const SCRIPTS: Record<string, RegExp> = {
  my: /[\u1000-\u109F]/u,
  lo: /[\u0E80-\u0EFF]/u,
  km: /[\u1780-\u17FF]/u,
  th: /[\u0E00-\u0E7F]/u,
  hi: /[\u0900-\u097F]/u,
};

const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

let set: LocaleSet;
let bundles: Map<string, FluentBundle>;
let flowKeys: Set<string>;
/** Labels of answer buttons the flow shows (options, confirm/change). */
let answerLabelKeys: Set<string>;

beforeAll(async () => {
  set = await loadLocaleSet(localesDir, { displayRoot: root });
  bundles = new Map();
  for (const file of set.files.values()) {
    // Same options as the bot's translator, so the text checked is the text sent.
    const bundle = new FluentBundle(file.locale, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(file.source));
    expect(errors, `${file.file} parse`).toEqual([]);
    bundles.set(file.locale, bundle);
  }
  const flow = (await loadFlowBundle(join(root, "flows/triage.yaml"), { displayRoot: root })).flow;
  flowKeys = new Set();
  answerLabelKeys = new Set();
  for (const node of Object.values(flow.nodes)) {
    if (node.type === "file_case") continue;
    flowKeys.add(node.ask);
    if (node.hint) flowKeys.add(node.hint);
    for (const option of optionsOf(node)) {
      flowKeys.add(option.label);
      answerLabelKeys.add(option.label);
    }
    if (node.type === "confirm") {
      for (const key of [node.confirmLabel, node.editLabel]) {
        flowKeys.add(key);
        answerLabelKeys.add(key);
      }
    }
  }
});

function format(locale: string, key: string): { text: string; errors: Error[] } {
  const bundle = bundles.get(locale);
  const message = bundle?.getMessage(key);
  if (!bundle || !message?.value) return { text: "", errors: [new Error(`${locale}: no value for ${key}`)] };
  const args = Object.fromEntries((codeKeys[key] ?? []).map((v) => [v, SAMPLES[v] ?? `sample-${v}`]));
  const errors: Error[] = [];
  return { text: bundle.formatPattern(message.value, args, errors), errors };
}

function everyKey(): string[] {
  return [...new Set([...flowKeys, ...Object.keys(codeKeys)])].sort();
}

/** What the bot compares exit words against (see `normalise` in person-commands.ts). */
function normal(text: string): string {
  return text.normalize("NFC").trim().toLowerCase().replace(/[.!。！]+$/u, "");
}

function exitWordsOf(locale: string): string[] {
  return format(locale, "exit-words").text.split(",").map(normal).filter(Boolean);
}

function words(label: string): string[] {
  return normal(label).split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
}

describe("locale files", () => {
  it("are exactly the 16 supported locales", () => {
    expect([...set.files.keys()].sort()).toEqual([...LOCALES].sort());
    expect(set.problems).toEqual([]);
  });

  it("every text the flow or code uses is defined (and nothing else is)", () => {
    const keys = everyKey();
    expect(keys.length).toBeGreaterThan(200);
    // An unused key would escape the checks below.
    expect([...allKeys(set)].filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(LOCALES)("%s: every text formats cleanly with sample values", (locale) => {
    const failures: string[] = [];
    for (const key of everyKey()) {
      const { text, errors } = format(locale, key);
      const fail = (why: string) => failures.push(`${key}: ${why} — ${JSON.stringify(text.slice(0, 80))}`);
      if (errors.length) fail(`Fluent errors: ${errors.map((e) => e.message).join("; ")}`);
      if (text.trim() === "") fail("empty");
      if (text.includes(key)) fail("shows its own key");
      if (/\{ ?\$/.test(text)) fail("unfilled placeholder");
      if (text.includes("\uFFFD")) fail("U+FFFD replacement character");
      if (LONE_SURROGATE.test(text)) fail("unpaired surrogate");
      if (CONTROL.test(text)) fail("control character");
      if (text !== text.normalize("NFC")) fail("not NFC");
    }
    expect(failures).toEqual([]);
  });

  it.each(Object.keys(SCRIPTS))("%s: questions are written in the language's own script", (locale) => {
    const script = SCRIPTS[locale]!;
    const questions = [...flowKeys].filter((k) => k.startsWith("q-"));
    expect(questions.length).toBeGreaterThan(15);
    const latinOnly = questions.filter((key) => !script.test(format(locale, key).text));
    expect(latinOnly).toEqual([]);
    // The picker shows each language in its own script too.
    expect(format(locale, "language-name").text).toMatch(script);
  });

  it.each(LOCALES)(`%s: every button label fits in ${MAX_BUTTON_CHARS} characters`, (locale) => {
    const changeButtons = cardFields.map((f) => `field-${f.replaceAll("_", "-")}`);
    const buttons = everyKey().filter((k) => /^(opt|btn)-/.test(k) || changeButtons.includes(k) || k === "language-name");
    expect(buttons.length).toBeGreaterThan(60);
    const tooLong = buttons.map((k) => [k, format(locale, k).text] as const).filter(([, text]) => [...text].length > MAX_BUTTON_CHARS);
    expect(tooLong).toEqual([]);
  });

  it.each(LOCALES)("%s: the first line says how far the file was reviewed", (locale) => {
    const first = readFileSync(join(localesDir, `${locale}.ftl`), "utf8").split(/\r?\n/, 1)[0];
    expect(first).toMatch(/^# review: \S/);
  });
});

describe("exit words", () => {
  it.each(LOCALES)("%s has at least one exit word", (locale) => {
    expect(exitWordsOf(locale).length).toBeGreaterThan(0);
  });

  it("no exit word is an answer label, or an answer word in a language where it is no exit word", () => {
    // An exit word wipes the chat when sent alone, whatever the person's language,
    // so it must not be an ordinary answer word in a language where it is no exit word.
    const clashes: string[] = [];
    for (const own of LOCALES) {
      for (const word of exitWordsOf(own)) {
        for (const locale of LOCALES) {
          for (const key of answerLabelKeys) {
            const label = format(locale, key).text;
            if (normal(label) === word) clashes.push(`${own} "${word}" is ${locale} ${key}`);
            // Sister languages share words: "keluar" is the exit word of both id and ms, so their readers expect it.
            else if (!exitWordsOf(locale).includes(word) && words(label).includes(word)) clashes.push(`${own} "${word}" is a word of ${locale} ${key} "${label}"`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("language negotiation against the real locale files", () => {
  let translator: Translator;
  beforeAll(() => {
    translator = createTranslator({ localesDir });
  });

  it("loads every locale, English first", () => {
    expect(translator.locales[0]).toBe("en");
    expect([...translator.locales].sort()).toEqual([...LOCALES].sort());
  });

  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant", "zh-Hant"],
    ["zh-hant", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["zh-hant-raw", "zh-Hant"],
    ["zh", "zh-Hans"],
    ["zh-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh-Hans", "zh-Hans"],
    ["zh-hans-raw", "zh-Hans"],
    ["fil", "tl"],
    ["fil-PH", "tl"],
    ["tl", "tl"],
    ["ms", "ms"],
    ["ms-MY", "ms"],
    ["in", "id"],
    ["id", "id"],
    ["id-ID", "id"],
    ["my", "my"],
    ["my-MM", "my"],
    ["lo", "lo"],
    ["lo-LA", "lo"],
    ["km", "km"],
    ["km-KH", "km"],
    ["th", "th"],
    ["th-TH", "th"],
    ["vi", "vi"],
    ["vi-VN", "vi"],
    ["ko", "ko"],
    ["ko-KR", "ko"],
    ["ja", "ja"],
    ["ja-JP", "ja"],
    ["hi", "hi"],
    ["hi-IN", "hi"],
    ["ru", "ru"],
    ["ru-RU", "ru"],
    ["sw", "sw"],
    ["sw-KE", "sw"],
    ["en", "en"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["pt-BR", "en"],
    ["xx", "en"],
  ])("%s → %s", (code, expected) => {
    expect(translator.negotiate(code)).toBe(expected);
    expect(negotiateLocale(code, translator.locales)).toBe(expected);
  });

  it("falls back to English without a code", () => {
    expect(translator.negotiate(undefined)).toBe("en");
    expect(translator.negotiate("")).toBe("en");
  });
});
