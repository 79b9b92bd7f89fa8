import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";
import type { SessionRegistry } from "./session.js";
import { DELETE_WINDOW_MS } from "./delete-window.js";


/**
 * Remembers the message ids of a person's chat (both sides) in Redis, with a
 * 48 h TTL, so quick exit and discreet mode can delete them. Ids only: no text.
 */
export interface MessageTracker {
  track(person: string, messageIds: readonly number[], at: number): Promise<void>;
  /** Takes (lists and forgets) every id but `keep` in one step, for discreet mode. */
  takeAllExcept(person: string, keep: readonly number[], now: number): Promise<number[]>;
  /** Ids still inside the delete window, oldest first. */
  list(person: string, now: number): Promise<number[]>;
  clear(person: string): Promise<void>;
}

/** For quick exit: forgetting exactly what was deleted (kept apart so a plain `MessageTracker` stays small). */
export interface ForgetDeleted {
  /**
   * Forgets these ids (they were deleted) and every id past the delete window
   * (Telegram would refuse them); the rest stay for the next attempt.
   */
  forget(person: string, messageIds: readonly number[], now: number): Promise<void>;
}

/** ARGV[1]: oldest deletable score; ARGV[2..]: ids to keep. */
const TAKE_ALL_EXCEPT = `
local keep = {}
for i = 2, #ARGV do keep[ARGV[i]] = true end
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], '+inf')
local taken = {}
for _, id in ipairs(ids) do
  if not keep[id] then taken[#taken + 1] = id end
end
if #taken > 0 then redis.call('ZREM', KEYS[1], unpack(taken)) end
return taken`;

/** Ids from Redis and ids staged in the open session, once each, oldest first. */
function merged(stored: readonly (string | number)[], staged: readonly number[]): number[] {
  return [...new Set([...stored.map(Number), ...staged])].sort((a, b) => a - b);
}

export function createMessageTracker(deps: { redis: Redis; keys: Keys; sessions?: SessionRegistry }): MessageTracker & ForgetDeleted {
  const { redis, keys } = deps;
  return {
    async track(person, messageIds, at) {
      if (messageIds.length === 0) return;
      const session = deps.sessions?.get(person);
      if (session) return session.track(messageIds, at);
      const key = keys.chatMessages(person);
      await redis
        .multi()
        .zadd(key, ...messageIds.flatMap((id) => [at, String(id)]))
        .zremrangebyscore(key, "-inf", at - DELETE_WINDOW_MS)
        .pexpire(key, DELETE_WINDOW_MS)
        .exec();
    },
    async takeAllExcept(person, keep, now) {
      const kept = new Set(keep);
      const staged = deps.sessions?.get(person)?.dropStaged((id) => !kept.has(id)) ?? [];
      const taken = (await redis.eval(TAKE_ALL_EXCEPT, 1, keys.chatMessages(person), String(now - DELETE_WINDOW_MS), ...keep.map(String))) as string[];
      return merged(taken, staged);
    },
    async list(person, now) {
      const ids = await redis.zrangebyscore(keys.chatMessages(person), now - DELETE_WINDOW_MS, "+inf");
      return merged(ids, deps.sessions?.get(person)?.stagedIds() ?? []);
    },
    async forget(person, messageIds, now) {
      const gone = new Set(messageIds);
      deps.sessions?.get(person)?.dropStaged((id) => gone.has(id));
      const key = keys.chatMessages(person);
      const multi = redis.multi();
      if (messageIds.length > 0) multi.zrem(key, ...messageIds.map(String));
      // Exclusive bound: an id `list` still offered (and whose delete failed) stays.
      await multi.zremrangebyscore(key, "-inf", `(${now - DELETE_WINDOW_MS}`).exec();
    },
    async clear(person) {
      deps.sessions?.get(person)?.dropStaged(() => true);
      await redis.del(keys.chatMessages(person));
    },
  };
}
