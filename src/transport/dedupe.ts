import type { Redis } from "ioredis";
import type { MiddlewareFn } from "grammy";
import type { Keys } from "../redis/keys.js";
import type { BotContext } from "./context.js";
import { inWebhookDelivery, UpdateInProgressError } from "./webhook-delivery.js";

/**
 * The update marker (`keys.updateSeen`). While an update runs it is
 * `processing` with a short TTL, so a copy arriving meanwhile is dropped but
 * a crash mid-update does not: once the TTL passes, Telegram's redelivery is
 * handled. Success turns it into `done` for a day (Telegram stops redelivering
 * long before); a failure removes it at once. A person's updates keep the same
 * meaning in one hash per person (src/person/update-marks.ts).
 */
export const UPDATE_MARK = {
  processing: "processing",
  done: "done",
  /** Longer than the webhook's 55 s answer timeout, short enough that a crashed update is retried soon. */
  processingSeconds: 60,
  doneSeconds: 24 * 3600,
} as const;

/**
 * What to do with an update whose marker exists: a finished one is dropped;
 * one still `processing` is dropped too when polling (nothing redelivers), and
 * refused for later when it came by webhook.
 */
export function onSeenUpdate(ctx: BotContext, marker: string | null): void {
  if (marker === UPDATE_MARK.processing && inWebhookDelivery()) throw new UpdateInProgressError();
  ctx.beacon.logger.debug("duplicate update ignored");
}

/**
 * Telegram redelivers a webhook update it thinks failed; several instances may
 * also see one update. The marker gives each update one effect.
 * People's chats are deduplicated by the person gate, in the same script that
 * reads their state; this covers the coordinators' chat and anything else.
 */
export function createUpdateDedupe(deps: { redis: Redis; keys: Keys }): MiddlewareFn<BotContext> {
  const { redis } = deps;
  return async (ctx, next) => {
    if (ctx.chat?.type === "private" && ctx.beacon.person) return next();
    const key = deps.keys.updateSeen(ctx.update.update_id);
    const fresh = await redis.set(key, UPDATE_MARK.processing, "EX", UPDATE_MARK.processingSeconds, "NX");
    if (fresh !== "OK") return onSeenUpdate(ctx, await redis.get(key));
    try {
      await next();
    } catch (error) {
      // A failed update may be redelivered by Telegram; let that copy through.
      await redis.del(key).catch(() => undefined);
      throw error;
    }
    // The update's work is done: failing here must not fail it (a retry would repeat it).
    // Left `processing`, the marker still stops copies until it expires.
    await redis.set(key, UPDATE_MARK.done, "EX", UPDATE_MARK.doneSeconds).catch((error: unknown) => {
      ctx.beacon.logger.warn({ err: error }, "update marker not set to done");
    });
  };
}
