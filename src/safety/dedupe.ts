import type { Redis } from "ioredis";
import type { MiddlewareFn } from "grammy";
import type { Keys } from "../redis/keys.js";
import type { BotContext } from "../bot/context.js";

/** How long an update id is remembered; Telegram stops redelivering long before. */
const SEEN_TTL_SECONDS = 24 * 3600;

/**
 * Telegram redelivers a webhook update it thinks failed; several instances may
 * also see one update. SET NX on the update id gives each update one effect.
 * People's chats are deduplicated by the person gate, in the same script that
 * reads their state; this covers the coordinators' chat and anything else.
 */
export function createUpdateDedupe(deps: { redis: Redis; keys: Keys }): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.chat?.type === "private" && ctx.beacon.person) return next();
    const fresh = await deps.redis.set(deps.keys.updateSeen(ctx.update.update_id), "1", "EX", SEEN_TTL_SECONDS, "NX");
    if (fresh !== "OK") {
      ctx.beacon.logger.debug("duplicate update ignored");
      return;
    }
    try {
      await next();
    } catch (error) {
      // A failed update may be redelivered by Telegram; let that copy through.
      await deps.redis.del(deps.keys.updateSeen(ctx.update.update_id)).catch(() => undefined);
      throw error;
    }
  };
}
