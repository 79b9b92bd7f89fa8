import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { isMap, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { Problem } from "../flow/validate/problem.js";
import { messageText, type LocaleSet } from "./locale-set.js";

/** The file, beside the locale files it governs. */
export const GLOSSARY_FILE = "glossary.yaml";

const localeWords = z.record(z.string(), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]));

const termSchema = z.strictObject({
  /** Why the word matters to the person reading; shown to reviewers. */
  why: z.string().min(1),
  /** English words that mean the term is used (matched at the start of a word, any case). */
  en: z.array(z.string().min(1)).min(1),
  /** Word(s) a named reviewer approved, per locale; only these are enforced. */
  approved: localeWords.default({}),
  /** What the machine draft uses today: information for reviewers, never enforced. */
  drafted: localeWords.default({}),
});

const glossarySchema = z.strictObject({ terms: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), termSchema) });

/** One term that must not drift between texts. */
export interface GlossaryTerm {
  id: string;
  why: string;
  en: string[];
  approved: Record<string, string[]>;
  drafted: Record<string, string[]>;
  /** Line of the term in the glossary file. */
  line: number;
}

/** The parsed glossary, or the problems that kept it from being read. */
export interface Glossary {
  file: string;
  terms: GlossaryTerm[];
  problems: Problem[];
}

/** Reads `<localesDir>/glossary.yaml`; undefined when there is none (fixtures, new projects). */
export async function loadGlossary(localesDir: string, displayRoot = process.cwd()): Promise<Glossary | undefined> {
  const path = join(localesDir, GLOSSARY_FILE);
  const source = await readFile(path, "utf8").catch(() => undefined);
  return source === undefined ? undefined : parseGlossary(source, relative(displayRoot, path));
}

/** Parses glossary YAML; problems use the `yaml_syntax` and `schema` rules like the flow files. */
export function parseGlossary(source: string, file: string): Glossary {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  const at = (offset: number) => lines.linePos(offset);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const { line, col } = at(error?.pos[0] ?? 0);
    return { file, terms: [], problems: [{ file, line, col, rule: "yaml_syntax", message: `the glossary is not valid YAML: ${error?.message.split("\n")[0] ?? ""}` }] };
  }
  const parsed = glossarySchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String) ?? [];
    const node = path.length > 0 ? doc.getIn(path, true) : undefined;
    const offset = node && typeof node === "object" && "range" in node ? ((node.range as number[] | undefined)?.[0] ?? 0) : 0;
    return { file, terms: [], problems: [{ file, ...at(offset), rule: "schema", message: `glossary ${path.join(".") || "file"}: ${issue?.message ?? "invalid"}` }] };
  }
  const terms = doc.get("terms", true);
  const lineOf = (id: string): number => {
    if (!isMap(terms)) return 1;
    const pair = terms.items.find((item) => String((item.key as { value?: unknown } | null)?.value) === id);
    const range = (pair?.key as { range?: number[] } | null)?.range;
    return range ? at(range[0] ?? 0).line : 1;
  };
  const list = (words: Record<string, string | string[]>) =>
    Object.fromEntries(Object.entries(words).map(([locale, w]) => [locale, Array.isArray(w) ? w : [w]]));
  return {
    file,
    problems: [],
    terms: Object.entries(parsed.data.terms).map(([id, term]) => ({
      id,
      why: term.why,
      en: term.en,
      approved: list(term.approved),
      drafted: list(term.drafted),
      line: lineOf(id),
    })),
  };
}

/** The English words of `term` found in `text`, or undefined. */
export function englishUse(term: GlossaryTerm, text: string): string | undefined {
  return term.en.find((word) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(word)}`, "iu").test(text));
}

/**
 * `glossary_term_missing`: where the English text of a key uses a term, each
 * locale with an approved word for it must use that word (any of them, any
 * case). Locales with only a `drafted` word are not checked: nobody approved it.
 */
export function checkGlossary(set: LocaleSet, glossary: Glossary): Problem[] {
  const problems: Problem[] = [];
  const english = set.files.get("en");
  if (!english) return problems;
  for (const key of english.messages.keys()) {
    const source = messageText(set, "en", key);
    if (source === undefined) continue;
    for (const term of glossary.terms) {
      const used = englishUse(term, source);
      if (!used) continue;
      for (const [locale, words] of Object.entries(term.approved)) {
        if (locale === "en") continue;
        const file = set.files.get(locale);
        const message = file?.messages.get(key);
        const text = messageText(set, locale, key);
        if (!file || !message || text === undefined) continue;
        if (words.some((word) => text.toLocaleLowerCase(locale).includes(word.toLocaleLowerCase(locale)))) continue;
        problems.push({
          file: file.file,
          line: message.line,
          col: message.col,
          rule: "glossary_term_missing",
          message: `the text "${key}" says "${used}" in English, but here it lacks the approved word ${words.map((w) => `"${w}"`).join(" or ")}`,
          hint: `use the word from ${glossary.file} (term "${term.id}"), or ask its reviewer to approve another`,
        });
      }
    }
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
