import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";

/** A person's own settings, kept under their pseudonym. */
export interface Prefs {
  /** Locale they picked or that was negotiated; undefined until known. */
  lang?: string;
  /** Discreet mode: questions and answers are deleted once answered. On unless switched off. */
  discreet: boolean;
  /** When they last wrote (ms), for the "only when I write first" contact window. */
  lastInboundAt?: number;
}

export interface PrefsStore {
  get(person: string): Promise<Prefs>;
  set(person: string, changes: Partial<Prefs>): Promise<void>;
  clear(person: string): Promise<void>;
}

export function createPrefsStore(deps: { redis: Redis; keys: Keys; ttlSeconds: number }): PrefsStore {
  const { redis, keys, ttlSeconds } = deps;
  return {
    async get(person) {
      const raw = await redis.hgetall(keys.prefs(person));
      return {
        lang: raw.lang || undefined,
        discreet: raw.discreet !== "0",
        lastInboundAt: raw.lastInboundAt ? Number(raw.lastInboundAt) : undefined,
      };
    },
    async set(person, changes) {
      const fields: Record<string, string> = {};
      if (changes.lang !== undefined) fields.lang = changes.lang;
      if (changes.discreet !== undefined) fields.discreet = changes.discreet ? "1" : "0";
      if (changes.lastInboundAt !== undefined) fields.lastInboundAt = String(changes.lastInboundAt);
      if (Object.keys(fields).length === 0) return;
      await redis.multi().hset(keys.prefs(person), fields).expire(keys.prefs(person), ttlSeconds).exec();
    },
    async clear(person) {
      await redis.del(keys.prefs(person));
    },
  };
}
