import type { RuleId } from "./rules.js";

/**
 * One thing wrong with a flow, data or locale file, pointing at the exact
 * place a maintainer has to edit. Lines and columns are 1-based, as editors
 * show them.
 */
export interface Problem {
  /** Path of the file as shown to the maintainer (relative to where the check ran). */
  file: string;
  line: number;
  col: number;
  /** Plain English, no jargon: NGO maintainers read these, not programmers. */
  message: string;
  rule: RuleId;
  /** A suggestion, e.g. `did you mean "passport"?`. */
  hint?: string;
}

/** Renders a problem as `file:line:col  message  (hint)`, one line, editor-clickable. */
export function formatProblem(p: Problem): string {
  const hint = p.hint ? `  (${p.hint})` : "";
  return `${p.file}:${p.line}:${p.col}  ${p.message}${hint}`;
}

/** Orders problems by file, then position, so output is stable and reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.message.localeCompare(b.message),
  );
}

/**
 * The closest candidate to `word` by edit distance, when close enough to be
 * a plausible typo (so we never suggest something unrelated).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** `did you mean "x"?` for the closest candidate, if any. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/** Levenshtein distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitute = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitute));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
