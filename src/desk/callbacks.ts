import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { outcomes } from "../cases/types.js";
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
}

/**
 * Opaque callback tokens for card buttons. Callback data travels through
 * Telegram and can be forged by any client, so it names nothing: the case id,
 * action and version live in Redis under 128 random bits, and expire with the
 * retention period.
 */
export function createCallbackTokens(deps: { redis: Redis; keys: Keys; ttlSeconds: number }): CallbackTokens {
  const { redis, keys, ttlSeconds } = deps;
  return {
    async issue(data) {
      const token = randomBytes(16).toString("base64url");
      await redis.set(keys.callbackToken(token), JSON.stringify(data), "EX", ttlSeconds);
      return `${DESK_CALLBACK_PREFIX}${token}`;
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
