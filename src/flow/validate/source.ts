import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document, type Pair } from "yaml";
import type { Problem } from "./problem.js";
import type { RuleId } from "./rules.js";

/** A parsed YAML file that can say where any path in it is. */
export interface YamlSource {
  /** Display name used in problems. */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Position of the value at `path` (or of the nearest existing ancestor). */
  at(path: readonly PropertyKey[]): { line: number; col: number };
  /** Position of the key at the end of `path`, when it is a map key. */
  keyAt(path: readonly PropertyKey[]): { line: number; col: number };
  /** A problem at the value at `path`. */
  problem(rule: RuleId, path: readonly PropertyKey[], message: string, hint?: string): Problem;
  /** A problem at the key at the end of `path`. */
  keyProblem(rule: RuleId, path: readonly PropertyKey[], message: string, hint?: string): Problem;
}

/** Friendlier words for the YAML errors maintainers actually run into. */
const yamlHints: Record<string, string> = {
  BAD_INDENT: "check the spaces at the start of this line; items at the same level must line up",
  TAB_AS_INDENT: "use spaces, not tabs, at the start of lines",
  DUPLICATE_KEY: "the same name appears twice at this level; rename or remove one",
  MISSING_CHAR: "a bracket or quote is not closed",
  BLOCK_AS_IMPLICIT_KEY: "check the spaces at the start of this line and that every name ends with a colon",
  MULTILINE_IMPLICIT_KEY: "check the spaces at the start of this line and that every name ends with a colon",
  UNEXPECTED_TOKEN: "a character is out of place here",
};

/**
 * Parses YAML keeping node positions. Only the first syntax error is reported:
 * later ones are nearly always echoes of it and would bury the real fix.
 */
export function parseYamlSource(file: string, text: string): { source: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const source = makeSource(file, text, doc, lineCounter);
  const first = doc.errors[0];
  if (!first) return { source, problems: [] };
  const { line, col } = lineCounter.linePos(first.pos[0]);
  const detail = first.message.replace(/ at line \d+, column \d+.*$/s, "");
  // "Flow map … must end with a }" is yaml's way of saying a bracket was never closed.
  const unclosed = /end with an? ([}\]])/.exec(detail)?.[1];
  const hint = unclosed ? `add the missing "${unclosed}"` : yamlHints[first.code];
  const message = unclosed
    ? `this is not valid YAML: a "${unclosed === "}" ? "{" : "["}" here is never closed`
    : `this is not valid YAML: ${detail}`;
  return { source, problems: [{ file, line, col, rule: "yaml_syntax", message, ...(hint ? { hint } : {}) }] };
}

function makeSource(file: string, text: string, doc: Document.Parsed, lineCounter: LineCounter): YamlSource {
  const position = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  const walk = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    let lastGood: unknown = node;
    for (const segment of path) {
      if (isMap(node)) {
        const found = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!found) break;
        pair = found;
        node = found.value ?? found.key;
      } else if (isSeq(node) && typeof segment === "number") {
        const item: unknown = node.items[segment];
        if (item === undefined) break;
        pair = undefined;
        node = item;
      } else {
        break;
      }
      lastGood = node;
    }
    return { node: lastGood, pair };
  };
  const offsetOf = (node: unknown) => (isNode(node) ? node.range?.[0] : 0);
  const at = (path: readonly PropertyKey[]) => position(offsetOf(walk(path).node));
  const keyAt = (path: readonly PropertyKey[]) => {
    const { node, pair } = walk(path);
    return position(offsetOf(pair?.key ?? node));
  };
  return {
    file,
    text,
    doc,
    lineCounter,
    at,
    keyAt,
    problem: (rule, path, message, hint) => ({ file, ...at(path), rule, message, ...(hint ? { hint } : {}) }),
    keyProblem: (rule, path, message, hint) => ({ file, ...keyAt(path), rule, message, ...(hint ? { hint } : {}) }),
  };
}
