import { createHash } from "node:crypto";
import type { Redis } from "ioredis";
import { StorageError } from "../errors.js";

/** A server-side script run by digest, so each call sends a sha instead of the source. */
export interface LuaScript {
  readonly sha: string;
  run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown>;
}

/**
 * Wraps a Lua source for EVALSHA with an EVAL fallback. The fallback covers a
 * Redis restart or SCRIPT FLUSH, after which the server no longer knows the sha.
 */
export function defineScript(name: string, source: string): LuaScript {
  const sha = createHash("sha1").update(source).digest("hex");
  return {
    sha,
    async run(redis, keys, args) {
      try {
        return await redis.evalsha(sha, keys.length, ...keys, ...args);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.includes("NOSCRIPT")) {
          throw new StorageError(`script ${name} failed`, { cause: error });
        }
      }
      try {
        return await redis.eval(source, keys.length, ...keys, ...args);
      } catch (cause) {
        throw new StorageError(`script ${name} failed`, { cause });
      }
    },
  };
}

/** Turns a flat `[field, value, ...]` reply into a map. */
export function pairs(reply: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(reply)) return out;
  for (let i = 0; i + 1 < reply.length; i += 2) {
    out.set(String(reply[i]), String(reply[i + 1]));
  }
  return out;
}
