import { BotApiFailure } from "./errors.js";
import type { Params } from "./params.js";
import type { EmulatedChat } from "./types.js";

/**
 * Telegram's flood limits as token buckets: a bucket holds up to `burst`
 * tokens, refills at its rate and each call takes one.
 */
export interface RateLimits {
  /** Calls per second for the whole bot (Telegram: 30). */
  globalPerSecond: number;
  /** Calls the whole bot may make at once after a quiet spell. */
  globalBurst: number;
  /** Calls per second into one private chat (Telegram: 1). */
  privatePerSecond: number;
  privateBurst: number;
  /** Calls per minute into one group or supergroup (Telegram: 20). */
  groupPerMinute: number;
  groupBurst: number;
}

/** The limits Telegram documents for bots (bursts as observed). */
export const TELEGRAM_RATE_LIMITS: Readonly<RateLimits> = Object.freeze({
  globalPerSecond: 30,
  globalBurst: 30,
  privatePerSecond: 1,
  privateBurst: 3,
  groupPerMinute: 20,
  groupBurst: 20,
});

/** What the limiter saw since the emulator started (kept across `setLimits`). */
export interface LimitStats {
  enabled: boolean;
  limits: RateLimits | undefined;
  /** 429s answered, by method as the bot spelled it. */
  refused: Record<string, number>;
  refusedTotal: number;
  /** Limited calls that arrived while a bucket they need was still inside an announced retry_after. */
  intoClosedBucket: number;
  /** Limited calls that ran (not refused). */
  accepted: number;
  /** Clock time of the first and last limited call (accepted or refused); undefined before any. */
  firstLimitedAt: number | undefined;
  lastLimitedAt: number | undefined;
}

/** How one limited call fared, for its call record. */
export interface LimitVerdict {
  /** The 429 to answer, or undefined when the call may run. */
  refusal: BotApiFailure | undefined;
  intoClosedBucket: boolean;
}

export interface Limiter {
  /** Whether `method` is one of the message methods Telegram limits. */
  applies(method: string): boolean;
  /** Takes a token from each bucket the call needs, or refuses it without taking any. */
  admit(method: string, chat: EmulatedChat | undefined): LimitVerdict;
  set(limits: boolean | Partial<RateLimits>): void;
  stats(): LimitStats;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
  /** Until when the retry_after last announced for this bucket runs (ms). */
  closedUntil: number;
}

// Chat actions are not messages: Telegram does not count them against the message limits.
const LIMITED = /^(send(?!chataction$)\w+|copymessages?|forwardmessages?|editmessage\w*|deletemessages?|stoppoll)$/;

/** Whether Telegram's message limits apply to `method` (any case). */
export function isLimitedMethod(method: string): boolean {
  return LIMITED.test(method.toLowerCase());
}

/** Resolves the chat a call goes to, as the limiter needs it (undefined: unknown, only the global bucket applies). */
export function chatOfCall(params: Params, chats: ReadonlyMap<number, EmulatedChat>): EmulatedChat | undefined {
  const raw = params.chat_id;
  if (typeof raw === "string" && raw.startsWith("@")) {
    const username = raw.slice(1).toLowerCase();
    return [...chats.values()].find((c) => c.username?.toLowerCase() === username);
  }
  const id = Number(raw);
  return Number.isInteger(id) ? chats.get(id) : undefined;
}

interface Need {
  bucket: Bucket;
  /** Tokens per ms. */
  rate: number;
  burst: number;
}

/** Rate and capacity of the bucket for a chat (or the global one). */
function shape(l: RateLimits, chat: EmulatedChat | undefined): { rate: number; burst: number } {
  if (!chat) return { rate: l.globalPerSecond / 1000, burst: l.globalBurst };
  return chat.type === "private"
    ? { rate: l.privatePerSecond / 1000, burst: l.privateBurst }
    : { rate: l.groupPerMinute / 60_000, burst: l.groupBurst };
}

function refill(n: Need, now: number): void {
  n.bucket.tokens = Math.min(n.burst, n.bucket.tokens + (now - n.bucket.updatedAt) * n.rate);
  n.bucket.updatedAt = now;
}

/**
 * The 429 for a call that found `empty` buckets: retry_after is the whole
 * seconds until the slowest of them has a token, and each bucket remembers
 * until when the wait it implies runs (for counting calls into it meanwhile).
 */
function closeBuckets(empty: Need[], now: number): BotApiFailure {
  let retryAfter = 1;
  for (const n of empty) {
    const seconds = Math.max(1, Math.ceil((1 - n.bucket.tokens) / n.rate / 1000));
    n.bucket.closedUntil = Math.max(n.bucket.closedUntil, now + seconds * 1000);
    retryAfter = Math.max(retryAfter, seconds);
  }
  return new BotApiFailure(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
}

/** The flood limits of one emulator; `initial` as the `limits` option. */
export function createLimiter(clock: () => number, initial: boolean | Partial<RateLimits> = false): Limiter {
  let limits: RateLimits | undefined;
  let global: Bucket;
  let chats = new Map<number, Bucket>();
  const refused: Record<string, number> = {};
  const totals = { refused: 0, intoClosedBucket: 0, accepted: 0 };
  let firstLimitedAt: number | undefined;
  let lastLimitedAt: number | undefined;

  const fresh = (burst: number): Bucket => ({ tokens: burst, updatedAt: clock(), closedUntil: 0 });
  const set = (next: boolean | Partial<RateLimits>) => {
    limits = next === false ? undefined : { ...TELEGRAM_RATE_LIMITS, ...(next === true ? {} : next) };
    // New limits start from full buckets: old levels were measured against other rates.
    global = fresh(limits?.globalBurst ?? 0);
    chats = new Map();
  };
  set(initial);

  return {
    applies: isLimitedMethod,
    admit(method, chat) {
      if (!limits) return { refusal: undefined, intoClosedBucket: false };
      const now = clock();
      firstLimitedAt ??= now;
      lastLimitedAt = now;
      const needed: Need[] = [{ bucket: global, ...shape(limits, undefined) }];
      if (chat) {
        const { rate, burst } = shape(limits, chat);
        let bucket = chats.get(chat.id);
        if (!bucket) chats.set(chat.id, (bucket = fresh(burst)));
        needed.push({ bucket, rate, burst });
      }
      const intoClosedBucket = needed.some((n) => now < n.bucket.closedUntil);
      if (intoClosedBucket) totals.intoClosedBucket++;
      for (const n of needed) refill(n, now);
      const empty = needed.filter((n) => n.bucket.tokens < 1);
      if (empty.length === 0) {
        for (const n of needed) n.bucket.tokens -= 1;
        totals.accepted++;
        return { refusal: undefined, intoClosedBucket };
      }
      refused[method] = (refused[method] ?? 0) + 1;
      totals.refused++;
      return { refusal: closeBuckets(empty, now), intoClosedBucket };
    },
    set,
    stats: () => ({
      enabled: limits !== undefined,
      limits: limits ? { ...limits } : undefined,
      refused: { ...refused },
      refusedTotal: totals.refused,
      intoClosedBucket: totals.intoClosedBucket,
      accepted: totals.accepted,
      firstLimitedAt,
      lastLimitedAt,
    }),
  };
}
