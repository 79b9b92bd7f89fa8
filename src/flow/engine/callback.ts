/**
 * Callback data of person buttons. Short prefixes keep `<prefix>:<node>:<arg>`
 * under Telegram's 64-byte limit with readable slugs.
 */
export type CallbackKind = "f" | "m" | "p" | "c" | "e";

/** A decoded button press. */
export interface Callback {
  kind: CallbackKind;
  node: string;
  arg: string;
}

const pattern = /^([fmpce]):([a-z][a-z0-9_]*):([a-z_][a-z0-9_]*)$/;

function isKind(value: string | undefined): value is CallbackKind {
  return value === "f" || value === "m" || value === "p" || value === "c" || value === "e";
}

/** Encodes a button's callback data. */
export function callbackData(kind: CallbackKind, node: string, arg: string): string {
  return `${kind}:${node}:${arg}`;
}

/** Decodes callback data; anything not in the engine's format is `undefined`. */
export function parseCallback(data: string): Callback | undefined {
  // Cheap guard first: forged data can be arbitrarily long.
  if (data.length > 64) return undefined;
  const match = pattern.exec(data);
  if (!match) return undefined;
  const [, kind, node, arg] = match;
  if (!isKind(kind) || !node || !arg) return undefined;
  return { kind, node, arg };
}
