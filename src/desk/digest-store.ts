import type { Redis } from "ioredis";
import { StorageError } from "../errors.js";
import { tiers, type Tier } from "../flow/schema.js";
import type { Keys } from "../redis/keys.js";
import { defineScript } from "../redis/script.js";

/** Where a case's digest line is: on which message, and the callback data of its button (issued once, reused on every edit). */
export interface Listing {
  messageId: number;
  button: string;
}

/**
 * KEYS: lock   ARGV: holder → 1 when the lock was the holder's and is
 * released. Compare-and-delete: our lock may have run out and another
 * instance taken it.
 */
const releaseScript = defineScript(
  "desk_release_digest_lock",
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`,
);

/** Longest a digest pass may hold the lock: a send stuck behind a 429 pause is given up to another instance. */
const LOCK_MS = 30_000;

/** The digest's durable state: which cases wait for their own card, and which message lists which case. */
export interface DigestStore {
  /** Records the case as "in the digest": it waits for its own card. Durable before the stream entry is acknowledged. */
  hold(caseId: string, tier: Tier, createdAt: number): Promise<void>;
  /** The case has its own card now (or is gone): it waits no more. */
  release(caseId: string): Promise<void>;
  isWaiting(caseId: string): Promise<boolean>;
  /** Waiting cases, most urgent first. */
  waiting(): Promise<string[]>;
  /** How many waiting cases are at least as urgent as `tier`. */
  waitingAtLeast(tier: Tier): Promise<number>;
  listings(): Promise<Map<string, Listing>>;
  list(entries: { caseId: string; listing: Listing }[]): Promise<void>;
  unlist(caseIds: string[]): Promise<void>;
  current(): Promise<number | undefined>;
  setCurrent(messageId: number | undefined): Promise<void>;
  shown(messageId: number): Promise<string | undefined>;
  setShown(messageId: number, signature: string | undefined): Promise<void>;
  /** One writer at a time across instances; false when another holds it. */
  lock(holder: string): Promise<boolean>;
  unlock(holder: string): Promise<void>;
}

/** The score of `casesOpen`: tier rank, then age, so an ascending range is the desk's urgency order. */
const score = (tier: Tier, createdAt: number) => tiers.indexOf(tier) * 1e13 + createdAt;

/** The digest's Redis keys (src/redis/keys.ts: `digest*`). */
export function createDigestStore(redis: Redis, keys: Keys): DigestStore {
  return {
    async hold(caseId, tier, createdAt) {
      await redis.zadd(keys.digestWaiting, score(tier, createdAt), caseId);
    },
    async release(caseId) {
      await redis.zrem(keys.digestWaiting, caseId);
    },
    async isWaiting(caseId) {
      return (await redis.zscore(keys.digestWaiting, caseId)) !== null;
    },
    waiting: () => redis.zrange(keys.digestWaiting, "0", "-1"),
    async waitingAtLeast(tier) {
      return redis.zcount(keys.digestWaiting, "-inf", `(${(tiers.indexOf(tier) + 1) * 1e13}`);
    },
    async listings() {
      const out = new Map<string, Listing>();
      for (const [caseId, raw] of Object.entries(await redis.hgetall(keys.digestLines))) {
        const listing = parseListing(raw);
        if (listing) out.set(caseId, listing);
      }
      return out;
    },
    async list(entries) {
      if (entries.length === 0) return;
      const fields = entries.flatMap(({ caseId, listing }) => [caseId, JSON.stringify({ m: listing.messageId, cb: listing.button })]);
      await redis.hset(keys.digestLines, ...fields);
    },
    async unlist(caseIds) {
      if (caseIds.length > 0) await redis.hdel(keys.digestLines, ...caseIds);
    },
    async current() {
      const raw = await redis.get(keys.digestCurrent);
      return raw === null ? undefined : Number(raw);
    },
    async setCurrent(messageId) {
      if (messageId === undefined) await redis.del(keys.digestCurrent);
      else await redis.set(keys.digestCurrent, String(messageId));
    },
    async shown(messageId) {
      return (await redis.hget(keys.digestShown, String(messageId))) ?? undefined;
    },
    async setShown(messageId, signature) {
      if (signature === undefined) await redis.hdel(keys.digestShown, String(messageId));
      else await redis.hset(keys.digestShown, String(messageId), signature);
    },
    async lock(holder) {
      return (await redis.set(keys.digestLock, holder, "PX", LOCK_MS, "NX")) === "OK";
    },
    async unlock(holder) {
      await releaseScript.run(redis, [keys.digestLock], [holder]).catch((error: unknown) => {
        // It runs out by itself; nothing the writer did depends on it.
        throw new StorageError("could not release the digest lock", { cause: error });
      });
    },
  };
}

/** A stored listing, or undefined for one written by a different version (it is listed again). */
function parseListing(raw: string): Listing | undefined {
  try {
    const value = JSON.parse(raw) as { m?: unknown; cb?: unknown };
    return typeof value.m === "number" && typeof value.cb === "string" ? { messageId: value.m, button: value.cb } : undefined;
  } catch {
    return undefined;
  }
}
