import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";
import type { CardRefusal } from "./cards.js";

/** One card Telegram refused, or a stream entry given up on; ids and codes only, never card text. */
export interface DeadLetter {
  caseId: string;
  /** `method:code`, e.g. `sendMessage:400`. */
  reason: string;
  /** The cases stream entry, when the refusal came from one. */
  entry?: { id: string; event: string; version: string };
}

/** Writes a dead letter; false when the case's last letter gave the same reason (nothing new to tell). */
export type DeadLetters = (letter: DeadLetter) => Promise<boolean>;

/**
 * The dead-letter stream (`cases:dead`), which operators read and retention
 * trims. One letter per case and reason: a card Telegram refuses is refused
 * again at every repost (and by the fallbacks in between), and a letter each
 * time would bury the others. A short per-case mark holds the last reason, for
 * as long as the letter itself is kept (`retentionMs`); a new reason, or a
 * card that went out in between (the dispatcher drops the mark), writes again.
 */
export function createDeadLetters(deps: { redis: Redis; keys: Keys; clock: () => number; retentionMs: number }): DeadLetters {
  return async ({ caseId, reason, entry }) => {
    const mark = deps.keys.deadLetterMark(caseId);
    const previous = await deps.redis.set(mark, reason, "PX", deps.retentionMs, "GET");
    if (previous === reason) return false;
    try {
      await deps.redis.xadd(
        deps.keys.casesDeadLetter,
        "*",
        "caseId",
        caseId,
        "event",
        entry?.event ?? "",
        "version",
        entry?.version ?? "",
        "entry",
        entry?.id ?? "",
        "reason",
        reason,
        "at",
        String(deps.clock()),
      );
    } catch (error) {
      // Not written: the next refusal must try again.
      await deps.redis.del(mark).catch(() => undefined);
      throw error;
    }
    return true;
  };
}

/** The publisher's report of a refused card, as a dead letter. */
export const refusalLetter = (refusal: CardRefusal): DeadLetter => ({ caseId: refusal.caseId, reason: `${refusal.method}:${refusal.code}` });
