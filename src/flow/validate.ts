import { checkCatalog, checkNeutralTexts, type KeyUse } from "../i18n/check.js";
import { allKeys, loadLocaleSet, type LocaleSet } from "../i18n/locale-set.js";
import { codeKeys as defaultCodeKeys, isCodeButtonKey } from "../i18n/catalog.js";
import { checkGlossary, loadGlossary } from "../i18n/glossary.js";
import { loadNeutralWords } from "../i18n/neutral-words.js";
import { checkMessageLengths, namesIn } from "../i18n/limits.js";
import { findFlowFiles, readFlowFile, type LoadedFlowFile } from "./load.js";
import type { FlowBundle } from "./types.js";
import type { ButtonEncoding } from "./validate/context.js";
import { sortProblems, type Problem } from "./validate/problem.js";

export { formatProblem, sortProblems, didYouMean, editDistance, type Problem } from "./validate/problem.js";
export { RULES, ruleIds, type RuleId } from "./validate/rules.js";
export { semanticRules, checkFlow } from "./validate/semantic.js";
export { pressesOf } from "./validate/button-rules.js";
export type { ButtonEncoding } from "./validate/context.js";

/** Everything `flows:check` and the registry need from one pass over the flow and locale folders. */
export interface ProjectCheck {
  /** Valid bundles (only flows with no problem of their own). */
  bundles: FlowBundle[];
  /** Every flow file read, valid or not. */
  flows: LoadedFlowFile[];
  locales: LocaleSet;
  /** Every problem, sorted by file and line, without duplicates. */
  problems: Problem[];
  /** Number of distinct text keys across the locale files. */
  keyCount: number;
}

/** Options of {@link validateProject}. */
export interface ValidateProjectOptions {
  flowsDir: string;
  localesDir: string;
  /** File names in problems are relative to this folder (default: the working directory). */
  displayRoot?: string;
  /** Keys the code uses, with their variables (default: src/i18n/catalog.ts). */
  codeKeys?: Record<string, readonly string[]>;
  /** The channel's button encoding (the bot passes Telegram's); without it button sizes are not checked. */
  buttons?: ButtonEncoding;
}

/**
 * Validates every flow of `flowsDir` against every locale of `localesDir`,
 * then the locales as a whole (code keys, unused texts). What this rejects,
 * the running bot refuses to load, so CI and production agree.
 */
export async function validateProject(options: ValidateProjectOptions): Promise<ProjectCheck> {
  const displayRoot = options.displayRoot ?? process.cwd();
  const locales = await loadLocaleSet(options.localesDir, { displayRoot });
  const flows: LoadedFlowFile[] = [];
  for (const path of await findFlowFiles(options.flowsDir)) {
    flows.push(await readFlowFile(path, { locales, displayRoot, ...(options.buttons ? { buttons: options.buttons } : {}) }));
  }
  const uses: KeyUse[] = flows.flatMap((f) => f.uses);
  // When a flow could not be read its keys are unknown; calling them unused would send the maintainer the wrong way.
  const everyFlowRead = flows.every((f) => f.uses.length > 0 || f.bundle !== undefined);
  // A flow's flags and indicators may have titles on the card (`flag-<flag>`, `indicator-<id>`); they are optional.
  const optional = flows.flatMap((f) => {
    const flow = f.bundle?.flow;
    if (!flow) return [];
    const flags = Object.values(flow.nodes).flatMap((n) => ("options" in n ? (n.options ?? []).flatMap((o) => o.flags ?? []) : []));
    return [...flags.map((x) => `flag-${x.replaceAll("_", "-")}`), ...Object.keys(flow.scoring.indicators).map((x) => `indicator-${x.replaceAll("_", "-")}`)];
  });
  const codeKeys = options.codeKeys ?? defaultCodeKeys;
  const catalog = checkCatalog(locales, { uses, codeKeys, optionalKeys: optional, checkUnused: everyFlowRead, buttonKeys: Object.keys(codeKeys).filter(isCodeButtonKey) });
  const placeNames = flows.flatMap((f) => (f.bundle ? namesIn([f.bundle.places, f.bundle.compounds]) : []));
  const glossary = await loadGlossary(options.localesDir, displayRoot);
  const neutral = await loadNeutralWords(options.localesDir, displayRoot);
  const closing = flows.flatMap((f) => Object.values(f.bundle?.flow.nodes ?? {}).flatMap((n) => (n.type === "end" && n.createsCase ? [n.ask] : [])));
  const texts = [
    ...checkMessageLengths(locales, { placeNames }),
    ...(glossary ? [...glossary.problems, ...checkGlossary(locales, glossary)] : []),
    ...(neutral ? [...neutral.problems, ...checkNeutralTexts(locales, neutral, closing)] : []),
  ];
  const all = [...locales.problems, ...flows.flatMap((f) => f.problems), ...catalog, ...texts];
  const seen = new Set<string>();
  const problems = sortProblems(all).filter((p) => {
    const id = `${p.file}:${p.line}:${p.col}:${p.rule}:${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  return {
    bundles: flows.flatMap((f) => (f.bundle ? [f.bundle] : [])),
    flows,
    locales,
    problems,
    keyCount: allKeys(locales).size,
  };
}
