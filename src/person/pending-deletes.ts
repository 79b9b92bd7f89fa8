import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { CipherBox } from "../crypto/box.js";
import type { Keys } from "../redis/keys.js";
import type { ForgetDeleted } from "./message-tracker.js";

/** One message to take out of a person's chat later. */
export interface PendingDelete {
  chatId: number;
  /** The person's pseudonym, so the tracker forgets the id once it is gone. */
  person: string;
  messageId: number;
}

/**
 * Messages to delete from people's chats at a set time (the reference after
 * 60 s, unanswered team messages after DISCREET_TEAM_MINUTES). A Redis sorted
 * set swept by the desk tick, not a timer: a restart in between loses none.
 */
export interface PendingDeletes {
  schedule(entry: PendingDelete, at: number): Promise<void>;
  /** Deletes every message due by `now`; returns how many it tried. A failed delete is logged and dropped. */
  sweep(now: number): Promise<number>;
}

/** Per sweep; the rest waits for the next tick. */
const SWEEP_BATCH = 100;

export function createPendingDeletes(deps: {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  deleteMessages: (chatId: number, ids: number[]) => Promise<unknown>;
  tracker: ForgetDeleted;
  logger: Logger;
}): PendingDeletes {
  const { redis, box, logger } = deps;
  const key = deps.keys.pendingDeletes;
  return {
    async schedule(entry, at) {
      const member = box.seal(key, JSON.stringify({ c: entry.chatId, p: entry.person, m: entry.messageId }));
      await redis.zadd(key, at, member);
    },
    async sweep(now) {
      const due = await redis.zrangebyscore(key, "-inf", now, "LIMIT", 0, SWEEP_BATCH);
      for (const member of due) {
        let entry: { c: number; p: string; m: number } | undefined;
        try {
          entry = JSON.parse(box.open(key, member)) as { c: number; p: string; m: number };
          await deps.deleteMessages(entry.c, [entry.m]);
          await deps.tracker.forget(entry.p, [entry.m], now);
        } catch (error) {
          // Gone already (the person's exit, an earlier tidy) or past Telegram's 48 h: nothing to retry.
          logger.warn({ err: error }, "a scheduled delete failed; dropped");
        }
        await redis.zrem(key, member);
      }
      return due.length;
    },
  };
}
