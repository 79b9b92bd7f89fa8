import { randomBytes } from "node:crypto";
import type { CipherBox } from "./box.js";

/**
 * Associated data that binds a sealed value to one field of a record, so a
 * value moved to another field (a card into the coordinator's name) fails to open.
 */
export function fieldAad(key: string, field: string): string {
  return `${key}\0${field}`;
}

/**
 * Opens a value sealed under `associatedData`, or else under `legacy`: values
 * written before they were bound to their field stay readable until key
 * rotation reseals them. The first failure is the one reported.
 */
export function openBound(box: CipherBox, associatedData: string, legacy: string, sealed: string): string {
  try {
    return box.open(associatedData, sealed);
  } catch (error) {
    try {
      return box.open(legacy, sealed);
    } catch {
      throw error;
    }
  }
}

/** A list item is `<id>~<sealed>`, sealed under `fieldAad(key, id)`; items from before ids are bare sealed values. */
const ITEM = /^([A-Za-z0-9_-]{16})~(.+)$/s;

export function sealItem(box: CipherBox, key: string, plaintext: string, id = randomBytes(12).toString("base64url")): string {
  return `${id}~${box.seal(fieldAad(key, id), plaintext)}`;
}

/** The item's id (undefined for a bare, older item) and its sealed value. */
export function splitItem(item: string): { id: string | undefined; sealed: string } {
  const match = ITEM.exec(item);
  return match ? { id: match[1]!, sealed: match[2]! } : { id: undefined, sealed: item };
}

/** Opens one list item: under its id, or under the list key for an item from before ids. */
export function openItem(box: CipherBox, key: string, item: string): { id: string | undefined; plaintext: string } {
  const { id, sealed } = splitItem(item);
  return { id, plaintext: box.open(id === undefined ? key : fieldAad(key, id), sealed) };
}
