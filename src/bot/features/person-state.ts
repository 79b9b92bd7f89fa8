import type { Redis } from "ioredis";
import type { MiddlewareFn } from "grammy";
import type { Translator } from "../../i18n/translator.js";
import type { Keys } from "../../redis/keys.js";
import type { MessageTracker } from "../../safety/message-tracker.js";
import type { PrefsStore } from "../prefs.js";
import type { BotContext } from "../context.js";

/**
 * One Redis round trip per update for what every later feature needs: the
 * person's settings (language, discreet mode), and, for a message, its id
 * (so quick exit can delete it) and when they last wrote (for the "only when
 * I write first" window). Then the locale: their choice, else Telegram's
 * `language_code`, negotiated.
 */
export function createPersonState(deps: {
  redis: Redis;
  keys: Keys;
  prefs: PrefsStore;
  tracker: MessageTracker;
  translator: Translator;
  clock: () => number;
}): MiddlewareFn<BotContext> {
  const { redis, keys, prefs, tracker, translator } = deps;
  return async (ctx, next) => {
    const person = ctx.beacon.person;
    if (!person || ctx.chat?.type !== "private") return next();
    const now = deps.clock();
    const multi = redis.multi().hgetall(keys.prefs(person));
    if (ctx.message) {
      tracker.trackInto(multi, person, [ctx.message.message_id], now);
      prefs.setInto(multi, person, { lastInboundAt: now });
    }
    const replies = await multi.exec();
    const [error, raw] = replies?.[0] ?? [new Error("empty MULTI reply"), undefined];
    if (error) throw error;
    const stored = prefs.parse(raw as Record<string, string>);
    ctx.beacon.prefs = stored;
    if (stored.lang && translator.locales.includes(stored.lang)) {
      ctx.beacon.locale = stored.lang;
    } else {
      ctx.beacon.locale = translator.negotiate(ctx.from?.language_code);
      ctx.beacon.firstContact = true;
      ctx.beacon.prefs = { ...stored, lang: ctx.beacon.locale };
      await prefs.set(person, { lang: ctx.beacon.locale });
    }
    await next();
  };
}
