import { badRequest } from "./errors.js";

/**
 * Raw call parameters. JSON bodies keep their types; form and query values
 * arrive as strings, with objects JSON-encoded, so every reader coerces.
 */
export type Params = Record<string, unknown>;

export function optionalString(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw badRequest(`field "${name}" must be of type String`);
}

export function optionalInt(params: Params, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  if (!Number.isInteger(n)) throw badRequest(`field "${name}" must be of type Integer`);
  return n;
}

export function optionalFloat(params: Params, name: string): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === "") return undefined;
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw badRequest(`field "${name}" must be of type Number`);
  return n;
}

export function optionalBool(params: Params, name: string): boolean {
  const value = params[name];
  return value === true || value === "true" || value === 1 || value === "1";
}

/** A parameter that holds an object or array, JSON-encoded when it came from a form. */
export function optionalJson(params: Params, name: string): unknown {
  const value = params[name];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw badRequest(`can't parse ${name} JSON object`);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
