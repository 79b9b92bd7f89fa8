import type { Logger } from "pino";
import type { CaseStore } from "../cases/store.js";
import { PRIORITY, withPriority } from "../transport/outbound/priority.js";
import type { TriageCard } from "../triage/card.js";
import type { EnsureOutcome } from "./card-post.js";
import { CRITICAL_RESERVE, roomKeepingDigest, roomNow, type GroupBudget } from "./digest-policy.js";
import type { DigestStore } from "./digest-store.js";
import type { DigestWriter } from "./digest-writer.js";

/** What the dispatcher asks of the digest (a port: dispatcher.ts declares the same shape). */
export interface Digest {
  /**
   * A case was just created: true when it went into the digest (recorded
   * durably; the caller acknowledges the entry and posts nothing), false
   * when its own card should go out now.
   */
  admit(caseId: string): Promise<boolean>;
  /** Whether the case waits in the digest for its own card (nobody else posts it meanwhile). */
  holds(caseId: string): Promise<boolean>;
  /** Something a digest line shows may have changed (a claim, a card posted, a case closed). */
  touch(): void;
  /** A card was posted for the case, by whichever path: it waits no more. */
  posted(caseId: string): Promise<void>;
  /** The digest button: the case's own card, at once. */
  open(caseId: string): Promise<EnsureOutcome | "gone">;
  /** The promote step (the desk's tick): waiting cases get their own cards while the budget allows. Returns how many. */
  promote(): Promise<number>;
  /**
   * Whether a card may be redrawn for a person's later answer now. The group's 20 calls a
   * minute are first the new cases': a run of such edits spent them, and a critical card
   * filed next waited up to a minute for the window (bench:surge, 20 people: 53 s). A
   * skipped edit is not lost: the record's version stays unshown, and the card refresher
   * draws it once the card is ten minutes old.
   */
  roomForEdit(): boolean;
  stop(): Promise<void>;
}

export interface DigestOptions {
  /** Least time between two digest calls (ms): a surge's new cases appear within about this. Default 4 000. */
  intervalMs?: number;
  /** Lower-tier cases wait for their cards until no case went into the digest for this long (ms). Default 30 000. */
  quietMs?: number;
}

/** At most this many promotions per step: each re-reads the budget, and a step must not hold the loop for long. */
const PROMOTE_BATCH = 5;

/**
 * The coordinators' group under a surge (docs/outbound.md). A new case whose
 * card the group cannot take soon is listed in the digest instead; the
 * writer loop keeps the digest current (at most one digest call waiting at a
 * time, one per `intervalMs`) and, between its calls, promotes waiting
 * cases to their own cards, critical ones first.
 */
export function createDigest(deps: {
  chatId: number;
  group: GroupBudget;
  cases: Pick<CaseStore<TriageCard>, "get">;
  store: DigestStore;
  writer: DigestWriter;
  /** The fenced card post of the dispatcher (one card per case across instances). */
  ensureCard: (caseId: string) => Promise<EnsureOutcome>;
  clock: () => number;
  logger: Logger;
  options?: DigestOptions;
}): Digest {
  const { chatId, group, store, logger } = deps;
  const intervalMs = deps.options?.intervalMs ?? 4000;
  const quietMs = deps.options?.quietMs ?? 30_000;
  let lastPlacedAt = -Infinity;
  let lastCallAt = -Infinity;
  let dirty = false;
  let stopped = false;
  let loop: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  /** The loop sleeps only to look at the budget again, not to keep the interval: a kick may end it. */
  let idle = false;

  // A stopped digest sleeps no more: `stop` waits for the loop.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (stopped) return resolve();
      wake = resolve;
      timer = setTimeout(resolve, ms);
      timer.unref();
    });

  /** May the most urgent waiting case get its card now? Critical ones while the digest keeps its share; others only once the surge is over. */
  /**
   * While cases keep arriving, the group's few calls a minute go to the digest, so every new
   * case is on screen within seconds; a critical card follows after a short lull (its line is
   * already there), and still ahead of every lower-tier card.
   */
  const CRITICAL_QUIET_MS = 8_000;
  /** The last writer pass found nothing new to show. */
  let digestCurrent = false;

  function mayPromote(tier: string): boolean {
    const quiet = deps.clock() - lastPlacedAt >= quietMs;
    if (quiet && roomNow(group, chatId, intervalMs)) return true;
    // A critical card may take the group's budget only once the digest shows everything: every
    // case is seen first (a line within seconds), then critical ones get their cards before the rest.
    return tier === "critical" && digestCurrent && deps.clock() - lastPlacedAt >= CRITICAL_QUIET_MS && roomKeepingDigest(group, chatId, intervalMs);
  }

  async function promote(): Promise<number> {
    let posted = 0;
    for (let i = 0; i < PROMOTE_BATCH && !stopped; i++) {
      const head = (await store.waiting())[0];
      if (head === undefined) break;
      const record = await deps.cases.get(head);
      if (!record || record.cardMessageId !== undefined || record.status === "resolved" || record.status === "withdrawn") {
        await store.release(head);
        kick();
        continue;
      }
      if (!mayPromote(record.tier)) break;
      // Few a minute; at the tier's priority it starved behind the people's chats on the global limit,
      // and the writer loop, which awaits it, with it (see the dispatcher's `created`).
      const outcome = await withPriority(PRIORITY.waiting, () => deps.ensureCard(head));
      if (outcome === "later") break;
      // "done": it has a card already; "posted": `posted` released it, again is harmless.
      await store.release(head);
      kick();
      if (outcome === "posted") posted++;
    }
    return posted;
  }

  /** One round: a digest call once `intervalMs` passed since the last, then promotions. */
  async function round(): Promise<void> {
    const wait = lastCallAt + intervalMs - deps.clock();
    if (wait > 0) await sleep(wait);
    if (stopped) return;
    dirty = false;
    // The interval runs from the pass's start: a call that waited in the queue must not stretch the
    // cycle (the scheduler's group limiter keeps the calls inside the group's budget).
    const startedAt = deps.clock();
    const outcome = await deps.writer.pass();
    digestCurrent = outcome === "idle";
    if (outcome === "called") lastCallAt = startedAt;
    // Another instance writes now; look again later. After a call, once more: more may have come meanwhile.
    if (outcome !== "idle") dirty = true;
    await promote();
    // Waiting cases are promoted as the budget returns, without anything new happening. A new case
    // ends this sleep (`kick`): waiting it out kept a surge's cases off the digest up to 8 s.
    if ((await store.waiting()).length > 0 && !dirty) {
      idle = true;
      await sleep(intervalMs);
      idle = false;
      dirty = true;
    }
  }

  async function run(): Promise<void> {
    while (dirty && !stopped) {
      try {
        await round();
      } catch (error) {
        logger.warn({ err: error }, "digest pass failed; tried again");
        dirty = true;
        await sleep(intervalMs);
      }
    }
  }

  /** Has the loop look again; one loop per process, so at most one digest call waits at a time. */
  function kick(): void {
    dirty = true;
    if (idle) {
      idle = false;
      if (timer) clearTimeout(timer);
      wake?.();
    }
    if (loop || stopped) return;
    loop = run().finally(() => {
      loop = undefined;
      if (dirty && !stopped) kick();
    });
  }

  return {
    roomForEdit: () => roomKeepingDigest(group, chatId, intervalMs, CRITICAL_RESERVE),
    async admit(caseId) {
      const record = await deps.cases.get(caseId);
      if (!record || record.cardMessageId !== undefined || (record.status !== "open" && record.status !== "claimed")) return false;
      // A redelivered entry of a case already listed.
      if (await store.isWaiting(caseId)) {
        kick();
        return true;
      }
      // Nothing as urgent waits, and the card leaves the digest its share (and lower tiers some room for
      // critical cards): the card goes now.
      const reserve = record.tier === "critical" ? 0 : CRITICAL_RESERVE;
      if ((await store.waitingAtLeast(record.tier)) === 0 && roomKeepingDigest(group, chatId, intervalMs, reserve)) return false;
      await store.hold(caseId, record.tier, record.createdAt);
      lastPlacedAt = deps.clock();
      kick();
      return true;
    },
    holds: (caseId) => store.isWaiting(caseId),
    touch: kick,
    async posted(caseId) {
      await store.release(caseId);
      kick();
    },
    async open(caseId) {
      const record = await deps.cases.get(caseId);
      if (!record) return "gone";
      const outcome = await deps.ensureCard(caseId);
      if (outcome !== "later") await store.release(caseId);
      kick();
      return outcome;
    },
    promote: async () => {
      const posted = await promote();
      kick();
      return posted;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
