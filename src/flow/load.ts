import { compoundNameMissing } from "./validate/name-rules.js";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { isMap, isScalar, parseDocument } from "yaml";
import type { z } from "zod";
import { FlowValidationError } from "../errors.js";
import { checkKeyUses, type KeyUse } from "../i18n/check.js";
import type { LocaleSet } from "../i18n/locale-set.js";
import { compoundsSchema, flowSchema, placesSchema } from "./schema.js";
import type { FlowBundle } from "./types.js";
import type { ButtonEncoding, FlowContext } from "./validate/context.js";
import { keyUsesOf } from "./validate/key-uses.js";
import { formatProblem, sortProblems, type Problem } from "./validate/problem.js";
import { schemaProblems } from "./validate/schema-issues.js";
import { checkFlow } from "./validate/semantic.js";
import { parseYamlSource, type YamlSource } from "./validate/source.js";

export { formatProblem, type Problem } from "./validate/problem.js";

/** YAML texts of one flow version: the flow file and the data files it names. */
export interface FlowSources {
  flow: string;
  places?: string;
  compounds?: string;
}

/** Display names of those files, as problems should show them. */
export interface FlowSourceNames {
  flow: string;
  places?: string;
  compounds?: string;
}

/** Outcome of reading a flow: a bundle only when there is no problem at all. */
export interface FlowParseResult {
  bundle?: FlowBundle;
  problems: Problem[];
  /** Locale keys the flow uses (empty when the schema failed). */
  uses: KeyUse[];
}

/** Version id of a flow: the first 16 hex digits of sha256 over the flow and its data sources. */
export function hashSources(sources: FlowSources): string {
  const hash = createHash("sha256");
  for (const text of [sources.flow, sources.places, sources.compounds]) {
    // A marker per part, so moving text between files or dropping a file changes the hash.
    hash.update(text === undefined ? "\u0000absent\u0000" : `\u0000${text.length}\u0000${text}`);
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * Parses and validates a flow from memory, goflow style: phase one is YAML
 * syntax plus the zod schema; phase two (semantic rules, and locale checks
 * when `options.locales` is given) only runs when phase one passed.
 * Every problem points at the line of the offending node.
 */
export function parseFlowBundle(sources: FlowSources, names: FlowSourceNames, options: { locales?: LocaleSet; buttons?: ButtonEncoding } = {}): FlowParseResult {
  const problems: Problem[] = [];
  const flowYaml = parseYamlSource(names.flow, sources.flow);
  problems.push(...flowYaml.problems);
  const places = sources.places === undefined ? undefined : parseData(names.places ?? "places.yaml", sources.places, placesSchema);
  const compounds =
    sources.compounds === undefined ? undefined : parseData(names.compounds ?? "compounds.yaml", sources.compounds, compoundsSchema);
  problems.push(...(places?.problems ?? []), ...(compounds?.problems ?? []));
  if (flowYaml.problems.length > 0) return { problems: sortProblems(problems), uses: [] };

  const raw: unknown = flowYaml.source.doc.toJS();
  const parsed = flowSchema.safeParse(raw);
  if (!parsed.success) problems.push(...schemaProblems(flowYaml.source, raw, parsed.error.issues));
  if (!parsed.success || problems.length > 0) return { problems: sortProblems(problems), uses: [] };

  const ctx: FlowContext = {
    flow: parsed.data,
    flowSource: flowYaml.source,
    ...(places?.data ? { places: { data: places.data, source: places.source } } : {}),
    ...(compounds?.data ? { compounds: { data: compounds.data, source: compounds.source } } : {}),
    ...(options.buttons ? { buttons: options.buttons } : {}),
  };
  problems.push(...checkFlow(ctx));
  const uses = keyUsesOf(ctx);
  if (options.locales) problems.push(...checkKeyUses(options.locales, uses));
  if (options.locales && ctx.compounds) problems.push(...compoundNameMissing(ctx.compounds, options.locales));
  if (problems.length > 0) return { problems: sortProblems(problems), uses };

  const bundle: FlowBundle = {
    flow: parsed.data,
    hash: hashSources(sources),
    places: places?.data ?? { countries: [] },
    compounds: compounds?.data ?? { compounds: [] },
    sources: { ...sources },
  };
  return { bundle, problems: [], uses };
}

function parseData<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): { data?: z.output<S>; source: YamlSource; problems: Problem[] } {
  const yaml = parseYamlSource(file, text);
  if (yaml.problems.length > 0) return { source: yaml.source, problems: yaml.problems };
  const raw: unknown = yaml.source.doc.toJS();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { source: yaml.source, problems: schemaProblems(yaml.source, raw, parsed.error.issues) };
  return { data: parsed.data, source: yaml.source, problems: [] };
}

/** Options for reading flow files from disk. */
export interface LoadFlowOptions {
  /** Check the flow's texts against these locales too. */
  locales?: LocaleSet;
  /** File names in problems are relative to this folder (default: the working directory). */
  displayRoot?: string;
  /** The channel's button encoding, so buttons it would refuse are problems. */
  buttons?: ButtonEncoding;
}

/** A flow read from disk, with its sources and display names (what the registry stores). */
export interface LoadedFlowFile extends FlowParseResult {
  path: string;
  sources: FlowSources;
  names: FlowSourceNames;
}

/**
 * Reads a flow file and the data files named in its `data:` (paths relative
 * to the flow file), then validates them. Never throws for content problems.
 */
export async function readFlowFile(flowPath: string, options: LoadFlowOptions = {}): Promise<LoadedFlowFile> {
  const root = options.displayRoot ?? process.cwd();
  const flowText = await readFile(flowPath, "utf8");
  const sources: FlowSources = { flow: flowText };
  const names: FlowSourceNames = { flow: relative(root, resolve(flowPath)) };
  const missing: Problem[] = [];
  const peek = parseYamlSource(names.flow, flowText);
  const data: unknown = peek.problems.length === 0 ? peek.source.doc.toJS() : undefined;
  for (const kind of ["places", "compounds"] as const) {
    const ref = dataRef(data, kind);
    if (ref === undefined) continue;
    const path = resolve(dirname(flowPath), ref);
    names[kind] = relative(root, path);
    try {
      sources[kind] = await readFile(path, "utf8");
    } catch (error) {
      if (!isNotFound(error)) throw error;
      missing.push(
        peek.source.problem("unknown_place_data", ["data", kind], `the ${kind} file "${ref}" was not found next to this flow`),
      );
    }
  }
  const result = parseFlowBundle(sources, names, { ...(options.locales ? { locales: options.locales } : {}), ...(options.buttons ? { buttons: options.buttons } : {}) });
  if (missing.length === 0) return { ...result, path: flowPath, sources, names };
  // Steps needing the missing file would each repeat the same news; the line naming the file is the fix.
  const rest = result.problems.filter((p) => p.rule !== "unknown_place_data");
  return { problems: sortProblems([...missing, ...rest]), uses: result.uses, path: flowPath, sources, names };
}

/**
 * Reads and validates a flow file with its data.
 * @throws FlowValidationError listing every problem as `file:line:col  message`.
 */
export async function loadFlowBundle(flowPath: string, options: LoadFlowOptions = {}): Promise<FlowBundle> {
  const result = await readFlowFile(flowPath, options);
  if (!result.bundle || result.problems.length > 0) throw new FlowValidationError(result.problems.map(formatProblem));
  return result.bundle;
}

/**
 * The flow files of a folder: every `.yaml`/`.yml` except place and compound
 * data files (recognised by their top-level `countries:` / `compounds:`), so a
 * flow with a typo in `specVersion` is still checked rather than skipped.
 */
export async function findFlowFiles(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const flows: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const doc = parseDocument(await readFile(path, "utf8"));
    const contents = doc.contents;
    const keys = isMap(contents) ? contents.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : "")) : [];
    const isData = (keys.includes("countries") || keys.includes("compounds")) && !keys.includes("nodes") && !keys.includes("specVersion");
    if (!isData) flows.push(path);
  }
  return flows;
}

function dataRef(raw: unknown, kind: "places" | "compounds"): string | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const data: unknown = Reflect.get(raw, "data");
  if (!data || typeof data !== "object") return undefined;
  const ref: unknown = Reflect.get(data, kind);
  return typeof ref === "string" ? ref : undefined;
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
