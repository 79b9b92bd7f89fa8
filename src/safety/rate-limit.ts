import { limit } from "@grammyjs/ratelimiter";
import type { Redis } from "ioredis";
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { Keys } from "../redis/keys.js";

/** A flood gets one notice per this many seconds, not one per message. */
const NOTICE_EVERY_SECONDS = 600;

/**
 * Per-person rate limit in Redis (@grammyjs/ratelimiter), keyed by pseudonym.
 * Dropped updates never reach the flow, so one flooder cannot slow others.
 */
export function createRateLimit(deps: {
  redis: Redis;
  keys: Keys;
  perSecond: number;
  notify: (ctx: BotContext) => Promise<void>;
}): MiddlewareFn<BotContext> {
  const limiter = limit<BotContext, Redis>({
    timeFrame: 1000,
    limit: deps.perSecond,
    storageClient: deps.redis,
    keyPrefix: deps.keys.rateLimitPrefix,
    keyGenerator: (ctx) => (ctx.beacon.person && !ctx.beacon.fromDesk ? `{${ctx.beacon.person}}` : undefined),
    onLimitExceeded: async (ctx) => {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      const person = ctx.beacon.person;
      if (!person) return;
      const first = await deps.redis.set(deps.keys.floodNotice(person), "1", "EX", NOTICE_EVERY_SECONDS, "NX");
      ctx.beacon.logger.warn({ noticed: first === "OK" }, "rate limit exceeded");
      if (first === "OK") await deps.notify(ctx).catch(() => undefined);
    },
  });
  return (ctx, next) => limiter(ctx, next);
}
