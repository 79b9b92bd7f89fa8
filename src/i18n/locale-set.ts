import { readdir, readFile } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { FluentParser, Visitor, type Junk, type MessageReference, type VariableReference } from "@fluent/syntax";
import type { Problem } from "../flow/validate/problem.js";

/** Where a message is defined in a locale file, and which `$variables` it references. */
export interface LocaleMessage {
  line: number;
  col: number;
  variables: string[];
  /** Other messages it pulls in with `{ other-key }`; those count as used. */
  references: string[];
}

/** One parsed `locales/<locale>.ftl`. */
export interface LocaleFile {
  locale: string;
  /** Absolute (or as given) path on disk. */
  path: string;
  /** Path as shown in problems. */
  file: string;
  source: string;
  messages: Map<string, LocaleMessage>;
}

/** Every locale file of a directory, with the problems found while reading them. */
export interface LocaleSet {
  files: Map<string, LocaleFile>;
  /** `fluent_syntax` and `locale_missing_header` problems. */
  problems: Problem[];
}

/** A place a flow (or code) uses a locale key. */

const REVIEW_HEADER = /^#{1,3} review: \S/;

/** Reads every `*.ftl` in `dir`. File names in problems are relative to `displayRoot` (default: cwd). */
export async function loadLocaleSet(dir: string, options: { displayRoot?: string } = {}): Promise<LocaleSet> {
  const root = options.displayRoot ?? process.cwd();
  const names = (await readdir(dir)).filter((name) => name.endsWith(".ftl")).sort();
  const entries = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      return { locale: basename(name, ".ftl"), path, file: relative(root, path), source: await readFile(path, "utf8") };
    }),
  );
  return parseLocaleSet(entries);
}

/** Parses locale sources already in memory (tests, and `loadLocaleSet`). */
export function parseLocaleSet(entries: { locale: string; path: string; file: string; source: string }[]): LocaleSet {
  const files = new Map<string, LocaleFile>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const parsed = parseLocaleFile(entry);
    files.set(entry.locale, parsed.file);
    problems.push(...parsed.problems);
  }
  return { files, problems };
}

function parseLocaleFile(entry: { locale: string; path: string; file: string; source: string }): { file: LocaleFile; problems: Problem[] } {
  const { source, file } = entry;
  const position = lineIndex(source);
  const problems: Problem[] = [];
  const firstLine = source.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  if (!REVIEW_HEADER.test(firstLine)) {
    problems.push({
      file,
      line: 1,
      col: 1,
      rule: "locale_missing_header",
      message: 'the first line must say how far this translation has been reviewed, e.g. "# review: draft"',
    });
  }
  const resource = new FluentParser({ withSpans: true }).parse(source);
  const messages = new Map<string, LocaleMessage>();
  for (const entity of resource.body) {
    if (entity.type === "Junk") {
      problems.push(junkProblem(file, entity, position));
      continue;
    }
    if (entity.type !== "Message") continue;
    const collector = new Collector();
    collector.visit(entity);
    messages.set(entity.id.name, {
      ...position(entity.id.span?.start ?? entity.span?.start ?? 0),
      variables: [...collector.variables],
      references: [...collector.references],
    });
  }
  return { file: { locale: entry.locale, path: entry.path, file, source, messages }, problems };
}

function junkProblem(file: string, junk: Junk, position: (offset: number) => { line: number; col: number }): Problem {
  const annotation = junk.annotations[0];
  const at = annotation?.span?.start ?? junk.span?.start ?? 0;
  const detail = annotation ? `: ${annotation.message.replace(/\.$/, "")}` : "";
  return {
    file,
    ...position(at),
    rule: "fluent_syntax",
    message: `this text cannot be read${detail}`,
    hint: 'write each text as "key = text"; lines that continue a text must start with spaces',
  };
}

class Collector extends Visitor {
  variables = new Set<string>();
  references = new Set<string>();
  visitVariableReference(node: VariableReference): void {
    this.variables.add(node.id.name);
  }
  visitMessageReference(node: MessageReference): void {
    this.references.add(node.id.name);
  }
}

/** Offset → 1-based line and column. */
function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - (starts[lo] ?? 0) + 1 };
  };
}

/**
 * Checks what one flow uses against every locale: the key exists in each
 * language (`missing_locale_key`, at the flow line using it), button texts fit
 * (`button_label_too_long`), and flow texts reference no variables
 * (`unknown_variable`: the engine gives flow texts none).
 */
const bundles = new WeakMap<LocaleFile, FluentBundle>();

/** The text of a message in one locale with no values given (for button lengths and the flow graph). */
export function messageText(set: LocaleSet, locale: string, key: string): string | undefined {
  const file = set.files.get(locale);
  if (!file) return undefined;
  let bundle = bundles.get(file);
  if (!bundle) {
    bundle = new FluentBundle(locale, { useIsolating: false });
    bundle.addResource(new FluentResource(file.source));
    bundles.set(file, bundle);
  }
  const message = bundle.getMessage(key);
  if (!message?.value) return undefined;
  return bundle.formatPattern(message.value, {}, []);
}

/** Every distinct message key across the locale files. */
export function allKeys(set: LocaleSet): Set<string> {
  const keys = new Set<string>();
  for (const file of set.files.values()) for (const key of file.messages.keys()) keys.add(key);
  return keys;
}
