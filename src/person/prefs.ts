import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";
import type { SessionRegistry } from "./session.js";
import { prefsFields, type Prefs } from "./prefs-fields.js";

export interface PrefsStore {
  get(person: string): Promise<Prefs>;
  set(person: string, changes: Partial<Prefs>): Promise<void>;
  /** Reads a raw HGETALL reply (e.g. from a caller's MULTI). */
  parse(raw: Record<string, string>): Prefs;
  /**
   * Forgets every setting of the person (their /erase): language, discreet
   * mode, and when they last wrote, so nothing of theirs outlives the erase.
   * Inside the person's update it is staged, so the update's own settings
   * writes cannot bring the hash back.
   */
  clear(person: string): Promise<void>;
}

export function createPrefsStore(deps: { redis: Redis; keys: Keys; ttlSeconds: number; sessions?: SessionRegistry }): PrefsStore {
  const { redis, keys, ttlSeconds } = deps;
  const parse = (raw: Record<string, string>): Prefs => ({
    lang: raw.lang || undefined,
    discreet: raw.discreet !== "0",
    lastInboundAt: raw.lastInboundAt ? Number(raw.lastInboundAt) : undefined,
    ...(raw.opened === "1" ? { opened: true } : {}),
  });
  return {
    parse,
    async get(person) {
      const session = deps.sessions?.get(person);
      if (session) return session.prefs();
      return parse(await redis.hgetall(keys.prefs(person)));
    },
    async set(person, changes) {
      const session = deps.sessions?.get(person);
      if (session) return session.setPrefs(changes);
      const fields = prefsFields(changes);
      if (fields.length === 0) return;
      await redis.multi().hset(keys.prefs(person), ...fields).expire(keys.prefs(person), ttlSeconds).exec();
    },
    async clear(person) {
      const session = deps.sessions?.get(person);
      if (session) return session.clearPrefs(parse({}));
      await redis.del(keys.prefs(person));
    },
  };
}
