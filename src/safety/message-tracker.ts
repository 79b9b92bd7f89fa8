import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";

/** Telegram lets a bot delete a message only within 48 hours of sending. */
export const DELETE_WINDOW_MS = 48 * 3600 * 1000;

/**
 * Remembers the message ids of a person's chat (both sides) in Redis, with a
 * 48 h TTL, so quick exit and discreet mode can delete them. Ids only: no text.
 */
export interface MessageTracker {
  track(person: string, messageIds: readonly number[], at: number): Promise<void>;
  /** Ids still inside the delete window, oldest first. */
  list(person: string, now: number): Promise<number[]>;
  forget(person: string, messageIds: readonly number[]): Promise<void>;
  clear(person: string): Promise<void>;
}

export function createMessageTracker(deps: { redis: Redis; keys: Keys }): MessageTracker {
  const { redis, keys } = deps;
  return {
    async track(person, messageIds, at) {
      if (messageIds.length === 0) return;
      const key = keys.chatMessages(person);
      const members = messageIds.flatMap((id) => [at, String(id)]);
      await redis
        .multi()
        .zadd(key, ...members)
        .zremrangebyscore(key, "-inf", at - DELETE_WINDOW_MS)
        .pexpire(key, DELETE_WINDOW_MS)
        .exec();
    },
    async list(person, now) {
      const ids = await redis.zrangebyscore(keys.chatMessages(person), now - DELETE_WINDOW_MS, "+inf");
      return ids.map(Number).sort((a, b) => a - b);
    },
    async forget(person, messageIds) {
      if (messageIds.length) await redis.zrem(keys.chatMessages(person), ...messageIds.map(String));
    },
    async clear(person) {
      await redis.del(keys.chatMessages(person));
    },
  };
}
