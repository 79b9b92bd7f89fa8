import type { Api } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { deleteInBatches } from "../transport/telegram-errors.js";
import type { Keys } from "../redis/keys.js";
import { DELETE_WINDOW_MS } from "../person/delete-window.js";
import type { ForgetDeleted, MessageTracker } from "../person/message-tracker.js";

/** What the relay put into the person's chat: the team's words, or the "reached our team" note. */
export type TrailKind = "team" | "ack";

const PREFIX: Record<TrailKind, string> = { team: "t:", ack: "a:" };

/**
 * The relay's messages in a person's chat, for discreet mode: ids and kind
 * only, never text, kept no longer than Telegram lets a bot delete them.
 *
 * Why a list of its own: the message tracker holds every id of the chat (the
 * person's own lines, the closing message of the triage) and cannot tell a
 * team message from the rest; discreet mode must remove exactly these.
 */
export interface RelayTrail {
  /** Records a message the relay just sent. Best effort: a lost id only means one message discreet mode leaves. */
  note(person: string, kind: TrailKind, messageId: number): Promise<void>;
  /**
   * Discreet mode, as the person writes to the team: deletes the team messages
   * and acknowledgements still in their chat, all but the newest
   * acknowledgement (the one telling them this message arrived). Only ids the
   * tracker still offers are tried, so the 48 h rule holds and what quick exit
   * removed is not asked for again. Returns how many were deleted; never throws.
   */
  tidy(person: string, chatId: number): Promise<number>;
}

export function createRelayTrail(deps: {
  redis: Redis;
  keys: Keys;
  api: Pick<Api, "deleteMessages">;
  tracker: Pick<MessageTracker, "list"> & ForgetDeleted;
  clock: () => number;
  logger: Logger;
}): RelayTrail {
  const { redis, tracker, logger } = deps;
  const keyOf = (person: string) => deps.keys.relayTrail(person);

  return {
    async note(person, kind, messageId) {
      const key = keyOf(person);
      const now = deps.clock();
      try {
        await redis
          .multi()
          .zadd(key, now, `${PREFIX[kind]}${messageId}`)
          .zremrangebyscore(key, "-inf", now - DELETE_WINDOW_MS)
          .pexpire(key, DELETE_WINDOW_MS)
          .exec();
      } catch (error) {
        // The message is out; failing here would make a caller send it again.
        logger.warn({ person, err: error }, "relay message not recorded for discreet mode");
      }
    },

    async tidy(person, chatId) {
      const key = keyOf(person);
      const now = deps.clock();
      try {
        const members = await redis.zrangebyscore(key, now - DELETE_WINDOW_MS, "+inf");
        const entries = members.flatMap((member) => {
          const id = Number(member.slice(2));
          return Number.isInteger(id) ? [{ member, id, ack: member.startsWith(PREFIX.ack) }] : [];
        });
        // Ids grow in a chat: the highest acknowledgement is the newest, and it stays.
        const newestAck = Math.max(-1, ...entries.filter((e) => e.ack).map((e) => e.id));
        const wanted = entries.filter((e) => e.id !== newestAck);
        if (wanted.length === 0) return 0;
        const tracked = new Set(await tracker.list(person, now));
        const deletable = wanted.filter((e) => tracked.has(e.id));
        const done = new Set(wanted.filter((e) => !tracked.has(e.id)).map((e) => e.member)); // gone already or too old
        const deleted = await deleteInBatches(
          (ids) => deps.api.deleteMessages(chatId, ids),
          deletable.map((e) => e.id),
          (error) => {
            // Left in both lists: the next message or a quick exit tries again.
            logger.warn({ person, err: error }, "discreet mode: relay messages not deleted");
          },
        );
        const gone = new Set(deleted);
        for (const e of deletable) if (gone.has(e.id)) done.add(e.member);
        if (deleted.length > 0) await tracker.forget(person, deleted, now);
        if (done.size > 0) await redis.zrem(key, ...done);
        return deleted.length;
      } catch (error) {
        // The person's words reached the team; a tidy that failed must not turn that into an error for them.
        logger.warn({ person, err: error }, "discreet mode: relay tidy failed");
        return 0;
      }
    },
  };
}
