import { brotliCompressSync, brotliDecompressSync, constants } from "node:zlib";
import type { PinnedTexts } from "../i18n/translator.js";
import type { FlowSourceNames, FlowSources } from "./load.js";
import { isPinnedTexts } from "./version-texts.js";

/** What is kept in Redis per flow version: enough to rebuild the bundle exactly, and its texts. */
export interface StoredVersion {
  v: 1;
  sources: FlowSources;
  names: FlowSourceNames;
  /** Absent in versions stored before texts were pinned. */
  texts?: PinnedTexts;
}

/**
 * Brotli-compressed JSON. A version is the flow, its place lists and the texts of
 * 16 locales (~230 KB as JSON, a few KB compressed), kept for days while runs and
 * cases use it. No person's data is in it, so its compressed length tells nothing.
 */
export function encodeStoredVersion(value: StoredVersion): Buffer {
  return brotliCompressSync(JSON.stringify(value), { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } });
}

/** A stored version, compressed or as plain JSON (stored before), or undefined when it is not one. */
export function decodeStoredVersion(raw: Buffer): StoredVersion | undefined {
  try {
    // Plain JSON starts with "{"; a brotli stream never decodes from that alone.
    const text = raw[0] === 0x7b ? raw.toString("utf8") : brotliDecompressSync(raw).toString("utf8");
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== "object") return undefined;
    const sources: unknown = Reflect.get(value, "sources");
    const names: unknown = Reflect.get(value, "names");
    const texts: unknown = Reflect.get(value, "texts");
    if (!isSources(sources) || !isSources(names)) return undefined;
    return { v: 1, sources, names, ...(isPinnedTexts(texts) ? { texts } : {}) };
  } catch {
    return undefined;
  }
}

function isSources(value: unknown): value is FlowSources {
  if (!value || typeof value !== "object") return false;
  const flow: unknown = Reflect.get(value, "flow");
  const optional = (k: string) => {
    const v: unknown = Reflect.get(value, k);
    return v === undefined || typeof v === "string";
  };
  return typeof flow === "string" && optional("places") && optional("compounds");
}
