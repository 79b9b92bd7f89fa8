import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { CaseStore } from "../cases/store.js";
import type { CaseRecord } from "../cases/types.js";
import type { Keys } from "../redis/keys.js";
import { defineScript } from "../redis/script.js";
import { isMessageDeleted } from "../transport/telegram-errors.js";
import type { TriageCard } from "../triage/card.js";
import { forgetCardMessage } from "./card-message.js";
import type { CardPublisher } from "./cards.js";

/** What became of a case's card: posted now, nothing to do, or another instance is posting it right now. */
export type EnsureOutcome = "posted" | "done" | "later";

/** The card actions the dispatcher takes; the post is fenced so two instances never post one case twice. */
export interface CardPoster {
  /**
   * Posts the card unless the case already has one (a withdrawn case's card
   * is turned into the withdrawn line instead); another instance posting it
   * right now counts as `later`. `fromStream`: a stream entry is being
   * handled (the crash-test hook runs only then).
   */
  ensure(caseId: string, fromStream: boolean): Promise<EnsureOutcome>;
  /**
   * Edits the case's card. A card a coordinator deleted in the group cannot be
   * edited ever again: the record forgets it (only if it still names that
   * message), so the desk's tick posts an open case's card anew. No dead
   * letter: nothing about the card was refused.
   */
  edit(caseId: string, messageId: number, edit: () => Promise<void>): Promise<void>;
}

/**
 * KEYS: post lock   ARGV: holder → 1 when the lock was the holder's and is
 * released. Compare-and-delete in one step: between a GET and a DEL our lock
 * could run out and another instance take it, whose lock a DEL would remove.
 */
const releaseLockScript = defineScript(
  "desk_release_post_lock",
  `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`,
);

const POST_LOCK_MS = 30_000;
/** Tries at saving a posted card's id, within the post lock's life (about 20 s of backoff). */
const SAVE_ATTEMPTS = 8;
/** A post marker outlives any retry of the entry; a case's first card long after is not a repeat. */
const POSTING_MARK_SECONDS = 86_400;

/** The card post and edits of the dispatcher; `reached` ends the chat's pause once Telegram took a call. */
export function createCardPoster(deps: {
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  cards: CardPublisher;
  logger: Logger;
  /** Who holds the post lock (the dispatcher's consumer name). */
  holder: string;
  /** A Bot API call into the chat went through. */
  reached: () => void;
  /** Told about every freshly posted card (re-announce bookkeeping). */
  onPosted?: (caseId: string, messageId: number) => Promise<void>;
  /** Called after a card was posted and recorded, before the entry is acknowledged. Tests throw here to simulate a crash. */
  afterPost?: (caseId: string) => void | Promise<void>;
}): CardPoster {
  const { redis, keys, cases, cards, logger, holder } = deps;

  async function edit(caseId: string, messageId: number, change: () => Promise<void>): Promise<void> {
    try {
      await change();
    } catch (error) {
      if (!isMessageDeleted(error)) throw error;
      const forgotten = await forgetCardMessage(redis, keys, caseId, messageId);
      logger.warn({ caseId, messageId, forgotten }, "card message deleted in the group; an open case gets a new card at the next tick");
    }
    deps.reached();
  }

  /** The post itself, under our lock. */
  async function post(caseId: string, record: CaseRecord<TriageCard>, fromStream: boolean): Promise<EnsureOutcome> {
    // Whoever held the lock before us may have posted between our read and our lock.
    if ((await redis.hexists(keys.caseRecord(caseId), "cardMessageId")) === 1) return "done";
    // Telegram has no idempotency key. A marker set before each post and cleared once its id is
    // saved tells the next attempt that an earlier one may have reached the group: its card says so.
    const first = await redis.set(keys.deskPosting(caseId), "1", "EX", POSTING_MARK_SECONDS, "NX");
    const messageId = await cards.post(record, { possibleRepeat: first !== "OK" });
    deps.reached();
    // Telegram took the card: from here on, saving its id is retried rather than the post.
    const recorded = await saveCardMessage(caseId, messageId);
    await redis.del(keys.deskPosting(caseId)).catch(() => undefined);
    // Erased while we posted: take the fresh card down again at once.
    if (!recorded) await cards.editWithdrawn(messageId, caseId);
    else await deps.onPosted?.(caseId, messageId);
    // A card went out: a later refusal is news again and gets its own dead letter. Best effort:
    // failing here would leave the entry pending and post the card twice.
    await redis.del(keys.deadLetterMark(caseId)).catch(() => undefined);
    if (fromStream) await deps.afterPost?.(caseId);
    return "posted";
  }

  /** Keeps trying to record the id of a card Telegram accepted: giving up would post it again. */
  async function saveCardMessage(caseId: string, messageId: number): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await cases.setCardMessage(caseId, messageId);
      } catch (error) {
        if (attempt >= SAVE_ATTEMPTS) throw error;
        logger.warn({ caseId, attempt, err: error }, "card posted but its id not saved yet; retrying the save, not the post");
        await new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** attempt, 5_000)));
      }
    }
  }

  return {
    edit,
    async ensure(caseId, fromStream) {
      const record = await cases.get(caseId);
      if (!record) return "done";
      if (record.status === "withdrawn") {
        const messageId = record.cardMessageId;
        if (messageId !== undefined) await edit(caseId, messageId, () => cards.editWithdrawn(messageId, caseId));
        return "done";
      }
      if (record.cardMessageId !== undefined) return "done";
      const lock = keys.deskPostLock(caseId);
      const locked = await redis.set(lock, holder, "PX", POST_LOCK_MS, "NX");
      if (locked !== "OK") return "later";
      try {
        return await post(caseId, record, fromStream);
      } finally {
        // Only our own lock: after a slow post another instance may hold it already.
        await releaseLockScript.run(redis, [lock], [holder]).catch((error: unknown) => {
          // It runs out by itself; the outcome of the post is what the caller needs.
          logger.warn({ caseId, err: error }, "post lock not released; it expires");
        });
      }
    },
  };
}
