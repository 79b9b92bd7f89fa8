import type { z } from "zod";
import { didYouMean, type Problem } from "./problem.js";
import type { YamlSource } from "./source.js";

type Issue = z.ZodError["issues"][number];

/** Every setting name the schemas know, for "did you mean" on a misspelt key. */
const knownKeys = [
  "specVersion", "id", "start", "data", "places", "compounds", "scoring", "priority", "critical", "high",
  "indicators", "nodes", "type", "ask", "hint", "field", "next", "options", "label", "flags", "exclusive",
  "when", "goto", "maxLength", "min", "max", "source", "parent", "allowText", "confirmLabel", "editLabel",
  "createsCase", "countries", "names", "timezone", "whereList", "provinces", "featured", "province", "lat", "lon",
];

const typeWords: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a group of settings",
  record: "a group of settings",
};

/** Turns zod issues (phase one) into plain-English problems at the offending line. */
export function schemaProblems(source: YamlSource, raw: unknown, issues: readonly Issue[]): Problem[] {
  return issues.flatMap((issue) => issueProblems(source, raw, issue));
}

function issueProblems(source: YamlSource, raw: unknown, issue: Issue): Problem[] {
  const path = issue.path;
  const where = describe(raw, path);
  const last = path[path.length - 1];
  const field = typeof last === "string" ? `"${last}"` : "this item";
  const say = (text: string) => (where ? `${where}: ${text}` : text);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const at = describe(raw, [...path, key]);
        const text = `unknown setting "${key}"`;
        return source.keyProblem("schema", [...path, key], at ? `${at}: ${text}` : text, didYouMean(key, knownKeys));
      });
    case "invalid_type": {
      if (getIn(raw, path) === undefined) {
        return [source.keyProblem("schema", path.slice(0, -1), say(`${field} is missing`))];
      }
      return [source.problem("schema", path, say(`${field} should be ${typeWords[issue.expected] ?? issue.expected}`))];
    }
    case "invalid_union": {
      const discriminator = "discriminator" in issue ? issue.discriminator : undefined;
      const options = "options" in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      if (typeof discriminator === "string" && options.length > 0) {
        const value = getIn(raw, path);
        if (value === undefined) {
          return [source.keyProblem("schema", path.slice(0, -1), say(`"${discriminator}" is missing (one of: ${options.join(", ")})`))];
        }
        return [
          source.problem("schema", path, say(`"${discriminator}" must be one of: ${options.join(", ")}`), didYouMean(String(value), options)),
        ];
      }
      return [source.problem("schema", path, say(`${field} is not in a form this flow understands`))];
    }
    case "invalid_value": {
      const values = issue.values.map(String);
      const value = getIn(raw, path);
      const text = values.length === 1 ? `${field} must be ${values[0]}` : `${field} must be one of: ${values.join(", ")}`;
      return [source.problem("schema", path, say(text), value === undefined ? undefined : didYouMean(String(value), values))];
    }
    case "invalid_format":
      return [source.problem("schema", path, say(`${field} ${friendlyFormat(issue.message)}`))];
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "array") return [source.problem("schema", path, say(`${field} needs at least ${min} item${min === 1 ? "" : "s"}`))];
      if (issue.origin === "string") return [source.problem("schema", path, say(`${field} must not be empty`))];
      return [source.problem("schema", path, say(`${field} must be at least ${min}`))];
    }
    case "too_big":
      return [source.problem("schema", path, say(`${field} must be at most ${String(issue.maximum)}`))];
    case "invalid_key": {
      const inner = issue.issues[0]?.message ?? "is not a valid name";
      const noun = path.length === 2 && path[0] === "nodes" ? "step name" : "the name";
      return [source.keyProblem("schema", path, say(`${noun} "${String(last)}" ${friendlyFormat(inner)}`))];
    }
    default:
      return [source.problem("schema", path, say(`${field} ${friendlyFormat(issue.message)}`))];
  }
}

/** Zod phrases that still read like code get plain words; our own schema messages pass through. */
function friendlyFormat(message: string): string {
  return message.replace(/`/g, '"').replace(/^Invalid (string|input)(: )?/i, "is not valid");
}

/**
 * Names the place of a path the way a maintainer thinks of it:
 * `step "passport", option "taken"` rather than `nodes.passport.options[1]`.
 */
function describe(raw: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i];
    const parent = path[i - 1];
    if (segment === "nodes" && i === 0) continue;
    if (i === 1 && path[0] === "nodes") {
      parts.push(`step "${String(segment)}"`);
      continue;
    }
    if (typeof segment === "number") {
      const item = getIn(raw, path.slice(0, i + 1));
      const id = item && typeof item === "object" && "id" in item && typeof item.id === "string" ? item.id : undefined;
      const noun = itemNoun(parent);
      parts.push(id ? `${noun} "${id}"` : `${noun} ${segment + 1}`);
      continue;
    }
    if (typeof path[i + 1] === "number") continue; // the list name is said by the item noun
    parts.push(String(segment));
  }
  return parts.join(", ");
}

function itemNoun(list: PropertyKey | undefined): string {
  switch (list) {
    case "options":
      return "option";
    case "next":
      return "route";
    case "countries":
      return "country";
    case "provinces":
      return "province";
    case "compounds":
      return "compound";
    default:
      return "item";
  }
}

/** Reads a path out of plain parsed YAML. */
export function getIn(value: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, segment);
  }
  return current;
}
