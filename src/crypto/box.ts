import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { DataKey } from "../config.js";
import { DecryptionError } from "../errors.js";

const FORMAT = "v1";
/** GCM tag bytes. Pinned on open: Node would accept a tag cut to 4 bytes, making a forgery 2^-32 likely instead of 2^-128. */
const TAG_BYTES = 16;

/**
 * Seals values with AES-256-GCM before they reach Redis. The associated data
 * binds a value to its key name, so a ciphertext moved to another key fails.
 * The first key seals; every key opens, which is what rotation relies on.
 */
export interface CipherBox {
  seal(associatedData: string, plaintext: string): string;
  open(associatedData: string, sealed: string): string;
  /** Key id that sealed a value, or undefined when it is not ours. */
  keyIdOf(sealed: string): string | undefined;
  readonly currentKeyId: string;
}

/** IVs come from a pool refilled 4 KiB at a time: one CSPRNG call per 340 values instead of per value. */
function createIvSource(): () => Buffer {
  let pool = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset + 12 > pool.length) {
      pool = randomBytes(4092);
      offset = 0;
    }
    const iv = Buffer.from(pool.subarray(offset, offset + 12));
    // Each IV is used once; wipe it from the pool so it cannot be handed out again.
    pool.fill(0, offset, offset + 12);
    offset += 12;
    return iv;
  };
}

export function createCipherBox(keys: readonly DataKey[]): CipherBox {
  const first = keys[0];
  if (!first) throw new DecryptionError("no data key configured");
  const byId = new Map(keys.map((k) => [k.id, k.key]));
  const nextIv = createIvSource();
  return {
    currentKeyId: first.id,
    seal(associatedData, plaintext) {
      const iv = nextIv();
      const cipher = createCipheriv("aes-256-gcm", first.key, iv);
      cipher.setAAD(Buffer.from(associatedData, "utf8"));
      const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [FORMAT, first.id, iv.toString("base64url"), tag.toString("base64url"), body.toString("base64url")].join(".");
    },
    open(associatedData, sealed) {
      const parts = sealed.split(".");
      if (parts.length !== 5 || parts[0] !== FORMAT) throw new DecryptionError("not a sealed value");
      const [, keyId, iv, tag, body] = parts as [string, string, string, string, string];
      const key = byId.get(keyId);
      if (!key) throw new DecryptionError(`unknown key id ${keyId}`);
      const authTag = Buffer.from(tag, "base64url");
      if (authTag.length !== TAG_BYTES) throw new DecryptionError("ciphertext failed authentication: tag is not 16 bytes");
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"), { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(associatedData, "utf8"));
        decipher.setAuthTag(authTag);
        return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
      } catch (cause) {
        throw new DecryptionError("ciphertext failed authentication", { cause });
      }
    },
    keyIdOf(sealed) {
      const parts = sealed.split(".");
      return parts.length === 5 && parts[0] === FORMAT ? parts[1] : undefined;
    },
  };
}

/** Pseudonymous ids: an HMAC of a Telegram id, stable for one secret, useless without it. */
export type Pseudonymize = (kind: "chat" | "user", id: number | string) => string;

export function createPseudonymizer(secret: string, cacheSize = 10_000): Pseudonymize {
  // Several layers ask for the same pseudonym per update; an HMAC each time is measurable under load.
  const cache = new Map<string, string>();
  return (kind, id) => {
    const input = `${kind}:${id}`;
    let value = cache.get(input);
    if (value === undefined) {
      value = createHmac("sha256", secret).update(input).digest("base64url").slice(0, 22);
      if (cache.size >= cacheSize) cache.clear();
      cache.set(input, value);
    }
    return value;
  };
}
