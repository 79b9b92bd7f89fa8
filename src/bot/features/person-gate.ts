import type { Redis } from "ioredis";
import { defineScript } from "../../redis/script.js";
import type { MiddlewareFn } from "grammy";
import type { CipherBox } from "../../crypto/box.js";
import type { Translator } from "../../i18n/translator.js";
import type { Keys } from "../../redis/keys.js";
import { onSeenUpdate, UPDATE_MARK } from "../../transport/dedupe.js";
import { DELETE_WINDOW_MS } from "../../person/delete-window.js";
import { MARKS_LUA, PERSON_MARKS } from "../../person/update-marks.js";
import { isExitRequest } from "../person-input.js";
import type { BotContext } from "../../transport/context.js";
import { LeaseLostError } from "../../errors.js";
import { runAsReplay } from "../../transport/replay.js";
import { PersonSession, type SessionRegistry } from "../../person/session.js";
import type { PrefsStore } from "../../person/prefs.js";

/** A flood gets one notice per this many seconds, not one per message. */
const NOTICE_EVERY_SECONDS = 600;

/**
 * One script per update does what every person update needs first:
 * - drop a copy of an update already handled or being handled (the person's
 *   update markers, src/person/update-marks.ts), else mark it processing;
 * - record the incoming message's id, before anything can drop it, so quick
 *   exit can delete it whatever happens next;
 * - for a quick exit: close the "only after I write first" window
 *   (lastInboundAt) at once, and skip the rate limit, which must never stand
 *   between a person and the exit;
 * - otherwise take a token from the person's bucket: `burst` tokens, refilled
 *   at `perSecond` by Redis's clock, so quick taps pass and only a sustained flood is refused;
 *   a dropped update is handled, so its marker is done;
 * - read their settings, flow state and conversation state.
 * A table of nils would lose its tail, so absent values come back as empty strings.
 *
 * KEYS: the person's update markers (hash), rate bucket (hash: t tokens, at ms), prefs, flow, conversation, message ids.
 * ARGV: update id, processing seconds, done seconds, burst,
 * refill per second, exit ('1' or ''), message id ('' if none), now ms, delete window ms.
 * Reply: {0, 'processing' | 'done'} seen before, {2} rate-limited, {1, prefs, flow, conversation, crashed ('1': a dead run's update)}.
 */
const GATE = defineScript("person-gate", MARKS_LUA + `
-- Redis's own clock: the same for every instance, and real time whatever clock the app was given.
local now = marks_now_ms()
local prior = redis.call('HGET', KEYS[1], ARGV[1])
local seen = marks_state(prior, now, tonumber(ARGV[3]))
if seen then return {0, seen} end
-- A processing mark past its life: the run that took this update died (a webhook copy after a crash).
local crashed = (prior and string.sub(prior, 1, 2) == '${PERSON_MARKS.processing}') and '1' or ''
marks_write(KEYS[1], ARGV[1], '${PERSON_MARKS.processing}' .. marks_int(now + tonumber(ARGV[2]) * 1000), tonumber(ARGV[3]), now)
if ARGV[7] ~= '' then
  redis.call('ZADD', KEYS[6], ARGV[8], ARGV[7])
  redis.call('ZREMRANGEBYSCORE', KEYS[6], '-inf', tonumber(ARGV[8]) - tonumber(ARGV[9]))
  redis.call('PEXPIRE', KEYS[6], ARGV[9])
end
if ARGV[6] == '1' then
  redis.call('HDEL', KEYS[3], 'lastInboundAt')
else
  local burst, rate = tonumber(ARGV[4]), tonumber(ARGV[5])
  local bucket = redis.call('HMGET', KEYS[2], 't', 'at')
  local tokens = tonumber(bucket[1]) or burst
  local at = tonumber(bucket[2]) or now
  tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
  if tokens < 1 then
    marks_write(KEYS[1], ARGV[1], '${PERSON_MARKS.done}' .. marks_int(math.floor(now / 1000)), tonumber(ARGV[3]), now)
    return {2}
  end
  redis.call('HSET', KEYS[2], 't', tostring(tokens - 1), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[2], math.ceil(burst / rate * 1000) + 1000)
end
return {1, redis.call('HGETALL', KEYS[3]), redis.call('GET', KEYS[4]) or '', redis.call('GET', KEYS[5]) or '', crashed}`);

type GateReply = [0, string] | [2] | [1, string[], string, string, string];

export interface PersonGateDependencies {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  prefs: PrefsStore;
  sessions: SessionRegistry;
  translator: Translator;
  /** Sustained updates per second a person may send; refills the bucket. */
  perSecond: number;
  /** Updates a person may send at once (quick taps) before the refill rate applies. */
  burst: number;
  ttl: { idleSeconds: number; prefsSeconds: number };
  clock: () => number;
  /** Tells a flooding person, once, to slow down. */
  notifyFlood: (ctx: BotContext) => Promise<void>;
}

/** A Redis blip (failover, reconnect) usually passes within this. */
const FLUSH_RETRY_DELAY_MS = 200;

/**
 * For people's chats: dedupe, rate limit, settings and locale, and the
 * person's session (reads done up front, writes flushed in one script after the
 * update). A flood from one chat is dropped here and cannot slow the others.
 */
export function createPersonGate(deps: PersonGateDependencies): MiddlewareFn<BotContext> {
  const { redis, keys, translator } = deps;

  /** One script: dedupe, rate limit and every read of the person; undefined when the update stops here. */
  async function admit(ctx: BotContext, person: string, exiting: boolean, now: number): Promise<{ session: PersonSession; crashedRun: boolean } | undefined> {
    const reply = (await GATE.run(
      redis,
      [keys.updatesSeen(person), keys.rateBucket(person), keys.prefs(person), keys.flowState(person), keys.conversation(person), keys.chatMessages(person)],
      [
        String(ctx.update.update_id),
        UPDATE_MARK.processingSeconds,
        UPDATE_MARK.doneSeconds,
        deps.burst,
        deps.perSecond,
        exiting ? "1" : "",
        ctx.message ? String(ctx.message.message_id) : "",
        now,
        DELETE_WINDOW_MS,
      ],
    )) as GateReply;
    if (reply[0] === 0) return void onSeenUpdate(ctx, reply[1]);
    if (reply[0] === 2) return void (await onFlood(ctx, person));
    const [, prefsFlat, flowSealed, convSealed, crashed] = reply;
    const raw: Record<string, string> = {};
    for (let i = 0; i + 1 < prefsFlat.length; i += 2) raw[prefsFlat[i]!] = prefsFlat[i + 1]!;
    if (crashed === "1") ctx.beacon.logger.info("update taken over from a run that died handling it");
    const session = new PersonSession(person, deps.prefs.parse(raw), flowSealed || undefined, convSealed || undefined, { keys, box: deps.box });
    return { session, crashedRun: crashed === "1" };
  }

  /** A flood is answered once per window with a calm word, and otherwise dropped. */
  async function onFlood(ctx: BotContext, person: string): Promise<void> {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    const first = await redis.set(keys.floodNotice(person), "1", "EX", NOTICE_EVERY_SECONDS, "NX");
    ctx.beacon.logger.warn({ noticed: first === "OK" }, "rate limit exceeded");
    if (first === "OK") await deps.notifyFlood(ctx).catch(() => undefined);
  }

  /** The stored language wins; a first contact gets the negotiated one, remembered. */
  function settle(ctx: BotContext, session: PersonSession): void {
    const stored = session.prefs();
    if (stored.lang && translator.locales.includes(stored.lang)) {
      ctx.beacon.locale = stored.lang;
    } else {
      ctx.beacon.locale = translator.negotiate(ctx.from?.language_code);
      ctx.beacon.firstContact = true;
      session.setPrefs({ lang: ctx.beacon.locale });
    }
    ctx.beacon.prefs = session.prefs();
  }

  /** Saved even after a failure: the ids of messages already sent must stay deletable. */
  async function save(ctx: BotContext, session: PersonSession, failed: boolean): Promise<void> {
    const done = failed ? undefined : { key: keys.updatesSeen(session.person), field: String(ctx.update.update_id), ttlSeconds: UPDATE_MARK.doneSeconds };
    await session.flush(redis, deps.ttl, ctx.beacon.leaseToken, done).catch(async (error: unknown) => {
      // The update already did its work (perhaps filed a case and told the person): one
      // more try at saving, which is safe to repeat, spares them a "try again" over a blip.
      if (error instanceof LeaseLostError) throw error;
      await new Promise((resolve) => setTimeout(resolve, FLUSH_RETRY_DELAY_MS));
      await session.flush(redis, deps.ttl, ctx.beacon.leaseToken, done);
    });
  }

  return async (ctx, next) => {
    const person = ctx.beacon.person;
    if (!person || ctx.chat?.type !== "private") return next();
    // An exit must not open the team's contact window, nor be slowed by the rate limit.
    const exiting = isExitRequest(ctx, translator);
    const now = deps.clock();
    const admitted = await admit(ctx, person, exiting, now);
    if (!admitted) return;
    const { session, crashedRun } = admitted;
    settle(ctx, session);
    deps.sessions.open(session);
    let failure: { error: unknown } | undefined;
    try {
      // The dead run may have sent the person something it never saved: the flow looks for it (`transport/replay.ts`).
      await (crashedRun ? runAsReplay(next) : next());
    } catch (error) {
      failure = { error };
    } finally {
      deps.sessions.close(person);
    }
    // After a failed update, that failure is the one to report.
    await save(ctx, session, failure !== undefined).catch((error: unknown) => void (failure ??= { error }));
    if (failure) {
      // Not done: a redelivered copy must run again.
      await redis.hdel(keys.updatesSeen(person), String(ctx.update.update_id)).catch(() => undefined);
      throw failure.error;
    }
  };
}
