import type { Redis } from "ioredis";
import { defineScript } from "../../cases/lua.js";
import type { MiddlewareFn } from "grammy";
import type { CipherBox } from "../../crypto/box.js";
import type { Translator } from "../../i18n/translator.js";
import type { Keys } from "../../redis/keys.js";
import type { BotContext } from "../context.js";
import { PersonSession, type SessionRegistry } from "../person-session.js";
import type { PrefsStore } from "../prefs.js";

/** How long an update id is remembered; Telegram stops redelivering long before. */
const SEEN_TTL_SECONDS = 24 * 3600;
/** A flood gets one notice per this many seconds, not one per message. */
const NOTICE_EVERY_SECONDS = 600;

/**
 * One script per update does what every person update needs first: drop a
 * redelivered update (SET NX on its id), count it against the person's rate
 * limit (fixed one-second window), and read their settings, flow state and
 * conversation state. A table of nils would lose its tail, so absent values
 * come back as empty strings.
 */
const GATE = defineScript("person-gate", `
if not redis.call('SET', KEYS[1], '1', 'EX', ARGV[1], 'NX') then return {0} end
local count = redis.call('INCR', KEYS[2])
if count == 1 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
if count > tonumber(ARGV[3]) then return {1, count} end
return {1, count, redis.call('HGETALL', KEYS[3]), redis.call('GET', KEYS[4]) or '', redis.call('GET', KEYS[5]) or ''}`);

export interface PersonGateDependencies {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  prefs: PrefsStore;
  sessions: SessionRegistry;
  translator: Translator;
  perSecond: number;
  ttl: { idleSeconds: number; prefsSeconds: number };
  clock: () => number;
  /** Tells a flooding person, once, to slow down. */
  notifyFlood: (ctx: BotContext) => Promise<void>;
}

/**
 * For people's chats: dedupe, rate limit, settings and locale, and the
 * person's session (reads done up front, writes flushed in one script after the
 * update). A flood from one chat is dropped here and cannot slow the others.
 */
export function createPersonGate(deps: PersonGateDependencies): MiddlewareFn<BotContext> {
  const { redis, keys, translator } = deps;
  return async (ctx, next) => {
    const person = ctx.beacon.person;
    if (!person || ctx.chat?.type !== "private") return next();
    const updateKey = keys.updateSeen(ctx.update.update_id);
    const reply = (await GATE.run(
      redis,
      [updateKey, `${keys.rateLimitPrefix}{${person}}`, keys.prefs(person), keys.flowState(person), keys.conversation(person)],
      [SEEN_TTL_SECONDS, 1000, deps.perSecond],
    )) as [number, number?, string[]?, string?, string?];
    if (reply[0] === 0) {
      ctx.beacon.logger.debug("duplicate update ignored");
      return;
    }
    if (reply.length === 2) {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      const first = await redis.set(keys.floodNotice(person), "1", "EX", NOTICE_EVERY_SECONDS, "NX");
      ctx.beacon.logger.warn({ noticed: first === "OK" }, "rate limit exceeded");
      if (first === "OK") await deps.notifyFlood(ctx).catch(() => undefined);
      return;
    }
    const [, , prefsFlat = [], flowSealed = "", convSealed = ""] = reply;
    const raw: Record<string, string> = {};
    for (let i = 0; i + 1 < prefsFlat.length; i += 2) raw[prefsFlat[i]!] = prefsFlat[i + 1]!;
    const session = new PersonSession(person, deps.prefs.parse(raw), flowSealed || undefined, convSealed || undefined, { keys, box: deps.box });

    const now = deps.clock();
    if (ctx.message) {
      session.track([ctx.message.message_id], now);
      session.setPrefs({ lastInboundAt: now });
    }
    const stored = session.prefs();
    if (stored.lang && translator.locales.includes(stored.lang)) {
      ctx.beacon.locale = stored.lang;
    } else {
      ctx.beacon.locale = translator.negotiate(ctx.from?.language_code);
      ctx.beacon.firstContact = true;
      session.setPrefs({ lang: ctx.beacon.locale });
    }
    ctx.beacon.prefs = session.prefs();

    deps.sessions.open(session);
    try {
      await next();
    } catch (error) {
      // A failed update may be redelivered by Telegram; let that copy through.
      await redis.del(updateKey).catch(() => undefined);
      throw error;
    } finally {
      deps.sessions.close(person);
      await session.flush(redis, deps.ttl, ctx.beacon.leaseToken);
    }
  };
}
