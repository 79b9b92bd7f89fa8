import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { outcomes } from "../cases/types.js";
import { StorageError } from "../errors.js";
import type { Keys } from "../redis/keys.js";
import { escalationReasons } from "../triage/render.js";

/** Prefix of desk callback data, so a desk press is told apart from anything else at a glance. */
export const DESK_CALLBACK_PREFIX = "d:";

const base = { caseId: z.string().min(1), version: z.number().int().positive() };

/**
 * What a token stands for: an action on one case, valid only at the version
 * the card showed. Menus only change the keyboard; the rest move the case.
 */
export const tokenDataSchema = z.discriminatedUnion("action", [
  z.strictObject({ ...base, action: z.literal("claim") }),
  // A digest line's button: post the case's own card now (any version: it changes nothing about the case).
  z.strictObject({ ...base, action: z.literal("card") }),
  z.strictObject({ ...base, action: z.literal("release") }),
  z.strictObject({ ...base, action: z.literal("escalate_menu") }),
  z.strictObject({ ...base, action: z.literal("resolve_menu") }),
  z.strictObject({ ...base, action: z.literal("back") }),
  z.strictObject({ ...base, action: z.literal("escalate"), reason: z.enum(escalationReasons) }),
  z.strictObject({ ...base, action: z.literal("resolve"), outcome: z.enum(outcomes) }),
]);
export type TokenData = z.infer<typeof tokenDataSchema>;
export type DeskAction = TokenData["action"];

export interface CallbackTokens {
  /** Stores the action under a fresh random token; returns the callback data (`d:<token>`, 24 bytes). */
  issue(data: TokenData): Promise<string>;
  /** The action behind callback data, or undefined when it is not ours, forged or expired. */
  resolve(callbackData: string): Promise<TokenData | undefined>;
  /** Deletes every token issued for the case (the person's erase); returns how many existed. */
  forgetCase(caseId: string): Promise<number>;
}

/**
 * Opaque callback tokens for card buttons. Callback data travels through
 * Telegram and can be forged by any client, so it names nothing: the case id,
 * action and version live in Redis under 128 random bits, and expire with the
 * retention period. Each case keeps the set of its tokens (indexed before the
 * token is written, so no token escapes it) for the erase to delete.
 */
export function createCallbackTokens(deps: { redis: Redis; keys: Keys; ttlSeconds: number }): CallbackTokens {
  const { redis, keys, ttlSeconds } = deps;
  return {
    async issue(data) {
      const token = randomBytes(16).toString("base64url");
      const index = keys.caseCallbackTokens(data.caseId);
      await redis
        .pipeline()
        .sadd(index, token)
        .expire(index, ttlSeconds)
        .set(keys.callbackToken(token), JSON.stringify(data), "EX", ttlSeconds)
        .exec()
        .then(failedStep);
      return `${DESK_CALLBACK_PREFIX}${token}`;
    },
    async forgetCase(caseId) {
      const index = keys.caseCallbackTokens(caseId);
      const tokens = await redis.smembers(index);
      let existed = 0;
      // In slices: a card re-rendered many times holds hundreds of tokens.
      for (let i = 0; i < tokens.length; i += 500) {
        existed += await redis.del(...tokens.slice(i, i + 500).map((token) => keys.callbackToken(token)));
      }
      await redis.del(index);
      return existed;
    },
    async resolve(callbackData) {
      if (!callbackData.startsWith(DESK_CALLBACK_PREFIX)) return undefined;
      const token = callbackData.slice(DESK_CALLBACK_PREFIX.length);
      if (!/^[A-Za-z0-9_-]{22}$/.test(token)) return undefined;
      const raw = await redis.get(keys.callbackToken(token));
      if (raw === null) return undefined;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return undefined;
      }
      const result = tokenDataSchema.safeParse(parsed);
      return result.success ? result.data : undefined;
    },
  };
}

/** A pipeline answers each command's error in place instead of rejecting; surface the first one. */
function failedStep(results: [Error | null, unknown][] | null): void {
  const failed = results?.find(([error]) => error !== null)?.[0];
  if (failed) throw new StorageError("could not store a callback token", { cause: failed });
}
