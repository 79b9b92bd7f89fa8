import type { MiddlewareFn } from "grammy";
import type { MessageTracker } from "../../safety/message-tracker.js";
import type { PrefsStore } from "../prefs.js";
import type { BotContext } from "../context.js";

/**
 * Remembers the id of every message a person sends (so quick exit can delete
 * it) and when they last wrote (for the "only when I write first" window).
 */
export function createIncomingTracker(deps: { tracker: MessageTracker; prefs: PrefsStore; clock: () => number }): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const person = ctx.beacon.person;
    const message = ctx.message;
    if (person && message && ctx.chat?.type === "private") {
      const now = deps.clock();
      await Promise.all([deps.tracker.track(person, [message.message_id], now), deps.prefs.set(person, { lastInboundAt: now })]);
    }
    await next();
  };
}
