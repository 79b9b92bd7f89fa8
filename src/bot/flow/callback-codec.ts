import type { Press, PressKind } from "../../flow/types.js";
import type { ButtonEncoding } from "../../flow/validate.js";

/** Telegram refuses a button whose callback data is longer than this. */
export const MAX_CALLBACK_BYTES = 64;

/**
 * One letter per kind keeps `<letter>:<step>:<arg>` under Telegram's 64 bytes
 * with readable slugs, and the format stays what earlier messages carry.
 */
const LETTER: Record<PressKind, string> = { option: "f", toggle: "m", place: "p", confirm: "c", edit: "e" };
const KIND: Record<string, PressKind> = { f: "option", m: "toggle", p: "place", c: "confirm", e: "edit" };
const PATTERN = /^([fmpce]):([a-z][a-z0-9_]*):([a-z_][a-z0-9_]*)$/;

/**
 * The callback data of a person's button.
 *
 * @example
 * encodePress({ kind: "option", node: "passport", arg: "taken" }); // "f:passport:taken"
 */
export function encodePress(press: Press): string {
  return `${LETTER[press.kind]}:${press.node}:${press.arg}`;
}

/**
 * What a button's callback data asks for; undefined for anything not in the
 * format (forged, stale from another version, a language button).
 *
 * @example
 * decodePress("m:danger:_done"); // { kind: "toggle", node: "danger", arg: "_done" }
 */
export function decodePress(data: string): Press | undefined {
  // Cheap guard first: forged data can be arbitrarily long.
  if (data.length > MAX_CALLBACK_BYTES) return undefined;
  const match = PATTERN.exec(data);
  const kind = match ? KIND[match[1]!] : undefined;
  if (!match || !kind) return undefined;
  return { kind, node: match[2]!, arg: match[3]! };
}

/** How flows:check and the registry measure a button against Telegram's limit. */
export const TELEGRAM_BUTTONS: ButtonEncoding = { encode: encodePress, maxBytes: MAX_CALLBACK_BYTES, channel: "Telegram" };
