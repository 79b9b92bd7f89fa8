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
  /** Ids still inside the delete window, oldest first. */
  list(person: string, now: number): Promise<number[]>;
  /**
   * Forgets these ids (they were deleted) and every id past the delete window
   * (Telegram would refuse them); the rest stay for the next attempt.
   */
  forget(person: string, messageIds: readonly number[], now: number): Promise<void>;
  clear(person: string): Promise<void>;
}

/** For quick exit and scheduled deletes: forgetting exactly what was deleted. */
export type ForgetDeleted = Pick<MessageTracker, "forget">;

/** Ids from Redis and ids staged in the open session, once each, oldest first. */
function merged(stored: readonly (string | number)[], staged: readonly number[]): number[] {
  return [...new Set([...stored.map(Number), ...staged])].sort((a, b) => a - b);
}

export function createMessageTracker(deps: { redis: Redis; keys: Keys; sessions?: SessionRegistry }): MessageTracker {
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
