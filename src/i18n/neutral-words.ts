import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { Problem } from "../flow/validate/problem.js";

/** The file, beside the locale files it governs. */
export const NEUTRAL_WORDS_FILE = "neutral-words.yaml";

const schema = z.strictObject({
  /** Texts the bot itself leaves on screen after filing. */
  keys: z.array(z.string().min(1)).default([]),
  /** Per locale, the words those texts must not contain. */
  words: z.record(z.string(), z.array(z.string().min(1)).min(1)),
});

/** What a phone read by a captor must not show once a case is filed. */
export interface NeutralWords {
  file: string;
  keys: string[];
  words: Record<string, string[]>;
  problems: Problem[];
}

/** Reads `<localesDir>/neutral-words.yaml`; undefined when there is none (fixtures, new projects). */
export async function loadNeutralWords(localesDir: string, displayRoot = process.cwd()): Promise<NeutralWords | undefined> {
  const path = join(localesDir, NEUTRAL_WORDS_FILE);
  const source = await readFile(path, "utf8").catch(() => undefined);
  return source === undefined ? undefined : parseNeutralWords(source, relative(displayRoot, path));
}

/** Parses the file; problems use the `yaml_syntax` and `schema` rules like the flow files. */
export function parseNeutralWords(source: string, file: string): NeutralWords {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const { line, col } = lines.linePos(error?.pos[0] ?? 0);
    return { file, keys: [], words: {}, problems: [{ file, line, col, rule: "yaml_syntax", message: `${file} is not valid YAML: ${error?.message.split("\n")[0] ?? ""}` }] };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { file, keys: [], words: {}, problems: [{ file, line: 1, col: 1, rule: "schema", message: `${file} ${issue?.path.join(".") || "file"}: ${issue?.message ?? "invalid"}` }] };
  }
  return { file, keys: parsed.data.keys, words: parsed.data.words, problems: [] };
}

/** Scripts written without spaces between words: a word there is matched anywhere. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}]/u;

/** The first of `words` that `text` contains (at a word start where words are spaced), or undefined. */
export function neutralWordIn(text: string, words: readonly string[], locale: string): string | undefined {
  const lower = text.toLocaleLowerCase(locale);
  return words.find((word) => {
    const w = word.toLocaleLowerCase(locale);
    if (UNSPACED.test(w)) return lower.includes(w);
    return new RegExp(`(^|[^\\p{L}\\p{M}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "u").test(lower);
  });
}
