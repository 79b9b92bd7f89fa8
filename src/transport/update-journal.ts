import { randomBytes } from "node:crypto";
import type { Update } from "grammy/types";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { fieldAad } from "../crypto/aad.js";
import type { CipherBox } from "../crypto/box.js";
import type { Keys } from "../redis/keys.js";
import { CLEAR_PROCESSING_FIELD } from "../person/update-marks.js";
import { UPDATE_MARK } from "./dedupe.js";
import type { FetchedUpdateKeeper } from "./polling.js";

/** Longer than any update runs; a journal nobody writes to any more goes away by itself. */
const JOURNAL_TTL_SECONDS = UPDATE_MARK.doneSeconds;

// Only a `processing` mark is a crashed run's; `done` means the update had its effect and stays.
const CLEAR_PROCESSING = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Where an update's marker is: a string key (`keys.updateSeen`, src/transport/dedupe.ts),
 * or, for a person's update, a field of their markers hash (src/person/update-marks.ts).
 */
export interface UpdateMarker {
  key: string;
  field?: string;
}

interface Entry {
  boot: string;
  /** When it was fetched (ms): past the `done` mark's life a replay could no longer tell it was handled. */
  at: number;
  update: Update;
}

export interface UpdateJournal extends FetchedUpdateKeeper {
  /** This process's id: entries of any other boot are a crashed (or stopped mid-update) run's. */
  readonly bootId: string;
  /** The update was handled (or its error handler ran): drop its copy. */
  forget(updateId: number): Promise<void>;
  /**
   * Handles, in update order, what earlier boots fetched and never finished.
   * Returns how many were replayed.
   */
  replay(handle: (update: Update) => Promise<void>): Promise<number>;
}

/**
 * Long polling confirms an update to Telegram with the next getUpdates, which
 * the runner sends while the update is still being handled: a crash then
 * loses it, and Telegram never sends it again. So each fetched batch is kept
 * here (sealed: it carries the person's words) before the offset moves, each
 * copy is dropped once its update was handled, and a start replays what is
 * left before taking new updates. Its `processing` mark (60 s) would make the
 * replay look like a copy of an update in progress, so the replay clears it;
 * one polling instance per bot (Telegram's own rule, 409 otherwise) means no
 * other process is handling it.
 */
export function createUpdateJournal(deps: {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  logger: Logger;
  bootId?: string;
  clock?: () => number;
  /** Where the update's marker is; a person's is in their markers hash. Default: the string key `keys.updateSeen(id)`. */
  markerOf?: (update: Update) => UpdateMarker;
}): UpdateJournal {
  const { redis, keys, box, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const key = keys.updateJournal();
  const bootId = deps.bootId ?? randomBytes(8).toString("hex");
  const seal = (update: Update) => box.seal(fieldAad(key, String(update.update_id)), JSON.stringify({ boot: bootId, at: clock(), update } satisfies Entry));

  return {
    bootId,
    async keep(updates) {
      const fields = updates.flatMap((update) => [String(update.update_id), seal(update)]);
      await redis.multi().hset(key, ...fields).expire(key, JOURNAL_TTL_SECONDS).exec();
    },
    async forget(updateId) {
      await redis.hdel(key, String(updateId)).catch((error: unknown) => {
        // Left behind, it is replayed after a restart, where the update's `done` mark stops it.
        logger.warn({ updateId, err: error }, "handled update not dropped from the journal");
      });
    },
    async replay(handle) {
      const entries: Entry[] = [];
      for (const [field, sealed] of Object.entries(await redis.hgetall(key))) {
        try {
          const entry = JSON.parse(box.open(fieldAad(key, field), sealed)) as Entry;
          if (entry.boot === bootId || entry.update.update_id !== Number(field)) continue;
          // Left by a failed drop long ago: its `done` mark may be gone, so it could be answered twice.
          if (!(clock() - entry.at < UPDATE_MARK.doneSeconds * 1000)) await redis.hdel(key, field);
          else entries.push(entry);
        } catch (error) {
          logger.warn({ updateId: Number(field), err: error }, "journal entry unreadable; dropped");
          await redis.hdel(key, field);
        }
      }
      if (entries.length === 0) return 0;
      logger.warn({ updates: entries.length }, "replaying updates fetched before a restart and never finished");
      for (const { update } of entries.sort((a, b) => a.update.update_id - b.update.update_id)) {
        const marker = deps.markerOf?.(update) ?? { key: keys.updateSeen(update.update_id) };
        if (marker.field === undefined) await redis.eval(CLEAR_PROCESSING, 1, marker.key, UPDATE_MARK.processing);
        else await redis.eval(CLEAR_PROCESSING_FIELD, 1, marker.key, marker.field);
        try {
          await handle(update);
        } finally {
          await this.forget(update.update_id);
        }
      }
      return entries.length;
    },
  };
}
