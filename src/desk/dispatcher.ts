import { createCardFace } from "./card-face.js";
import { GrammyError } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { CaseStore } from "../cases/store.js";
import { STREAM_GROUPS, type Keys } from "../redis/keys.js";
import { createStreamConsumer, type EntryVerdict, type FailureKind, type StreamEntry } from "../redis/stream-consumer.js";
import type { TriageCard } from "../triage/card.js";
import { createCardPoster, type EnsureOutcome } from "./card-post.js";
import { refusalKind, type CardPublisher } from "./cards.js";
import type { DeadLetters } from "./dead-letters.js";
import type { Digest } from "./digest.js";
import { PRIORITY, withPriority } from "../transport/outbound/priority.js";

export interface DispatcherDependencies {
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  cards: CardPublisher;
  clock: () => number;
  logger: Logger;
  /** The consumer group on the cases stream: `desk`, or a desk of DESKS_FILE's own (each desk sees every entry). */
  streamGroup?: string;
  /** Consumer name in the `desk` group; one per instance. */
  consumer: string;
  /** Pending entries idle longer than this (ms) are taken over from whichever consumer held them. */
  claimIdleMs: number;
  /** Entries per read. */
  batch?: number;
  /** Called after a card was posted and recorded, before the entry is acknowledged. Tests throw here to simulate a crash. */
  afterPost?: (caseId: string) => void | Promise<void>;
  /** Told about every freshly posted card (re-announce bookkeeping). */
  onPosted?: (caseId: string, messageId: number) => Promise<void>;
  /** Writes the dead letters (shared with the card publisher's refusals). */
  deadLetters: DeadLetters;
  /** First wait (ms) after a failed delivery; doubles per failure up to `retryMaxMs`. Default 5 000. */
  retryBaseMs?: number;
  /** Longest wait (ms) between two tries while the coordinators' chat is unavailable. Default 300 000. */
  retryMaxMs?: number;
  /** The surge digest; without it every case gets its own card at once. */
  digest?: Pick<Digest, "admit" | "holds" | "touch" | "roomForEdit">;
}

export interface Dispatcher {
  /**
   * One pass: own pending entries, then stale entries of other consumers
   * (XAUTOCLAIM), then new ones. Returns how many entries were acknowledged.
   * With `blockMs`, the read of new entries waits that long on `connection`
   * (a connection of its own: a blocked connection serves nobody else).
   */
  pollOnce(options?: { blockMs?: number; connection?: Redis }): Promise<number>;
  /**
   * Posts a card for every live case that has none (its entry was
   * dead-lettered, or lost some other way); waits while the chat is
   * unavailable. Returns how many cards it posted.
   */
  repostMissing(): Promise<number>;
  /** Posts the case's card unless it has one, fenced like every other post (the digest's promote step and button). */
  ensureCard(caseId: string): Promise<EnsureOutcome>;
}

/** Ids and codes of a failed delivery, for the log; never card text. */
type FailureIds = { caseId: string; entry?: string; method: string | undefined; code: number | undefined };

/** A failed Bot API call about a card: the chat's fault (everything waits), the card's (dead letter), or neither (retry it). */
function judge(error: unknown): FailureKind {
  const kind = refusalKind(error);
  return kind === "chat" ? "pause" : kind === "card" ? "dead" : "retry";
}

function idsOf(error: unknown, caseId: string, entry: StreamEntry | undefined): FailureIds {
  const method = error instanceof GrammyError ? error.method : undefined;
  const code = error instanceof GrammyError ? error.error_code : undefined;
  return { caseId, ...(entry ? { entry: entry.id } : {}), method, code };
}

/**
 * Moves case events from the cases stream to the coordinators' chat. Every
 * entry is acknowledged only after its effect is visible, so a crash means a
 * retry; a retry of `created` finds `cardMessageId` and posts nothing, so one
 * case has one card.
 *
 * When the chat cannot take messages (bot removed, chat not found or
 * migrated, flood wait, Telegram down) nothing is given up: entries stay
 * pending and the chat is tried again with a growing pause, logged at error
 * level each time. Only a refusal of one card's content is a dead letter
 * (the publisher falls back to a plain card first); `repostMissing`, run by
 * the desk's tick, gives any live case without a card one.
 */
export function createDispatcher(deps: DispatcherDependencies): Dispatcher {
  const { redis, keys, cases, cards, logger, digest } = deps;
  const face = createCardFace({ redis, keys });
  const poster = createCardPoster({
    redis,
    keys,
    cases,
    cards,
    logger,
    holder: deps.consumer,
    reached: chatReached,
    ...(deps.onPosted ? { onPosted: deps.onPosted } : {}),
    ...(deps.afterPost ? { afterPost: deps.afterPost } : {}),
  });
  const stream = createStreamConsumer({
    redis,
    stream: keys.casesStream,
    group: deps.streamGroup ?? STREAM_GROUPS.desk,
    consumer: deps.consumer,
    claimIdleMs: deps.claimIdleMs,
    clock: deps.clock,
    ...(deps.batch !== undefined ? { batch: deps.batch } : {}),
    ...(deps.retryBaseMs !== undefined ? { retryBaseMs: deps.retryBaseMs } : {}),
    ...(deps.retryMaxMs !== undefined ? { retryMaxMs: deps.retryMaxMs } : {}),
    handler: {
      handle: apply,
      judge,
      deadLetter: (error, entry) => deadLetter(error, entry.fields?.get("caseId") ?? "", entry),
      onDeferred: (kind, error, entry, retryInMs) => deferred(kind, error, idsOf(error, entry.fields?.get("caseId") ?? "", entry), retryInMs),
    },
  });

  /** A Bot API call into the chat went through: end the chat's pause. */
  function chatReached(): void {
    if (stream.resume()) logger.warn("coordinators' chat reachable again; waiting cards are being delivered");
  }

  const later = (outcome: string): EntryVerdict => (outcome === "later" ? "keep" : "ack");

  /** One cases stream event → the card action it calls for. */
  async function apply(entry: StreamEntry): Promise<EntryVerdict> {
    const caseId = entry.fields?.get("caseId");
    const event = entry.fields?.get("event");
    if (!caseId || !event) return "ack";
    switch (event) {
      case "created":
        if (!digest) return later(await poster.ensure(caseId, true));
        // In the digest: its line is the case's first sighting, its card comes later.
        if (await digest.admit(caseId)) return "ack";
        // A card the digest let through is one of a few a minute. At its tier's priority (2 or 3) it
        // starved on the bot's global limit behind the people's chats (priority 1) for as long as a
        // surge lasted, and this loop, which awaits it, with it: no case was admitted meanwhile.
        // `ahead`: before the people's next questions of that priority too, or it is seen seconds late.
        return later(await withPriority(PRIORITY.waiting, () => poster.ensure(caseId, true), { ahead: true }));
      case "changed": {
        digest?.touch();
        const record = await cases.get(caseId);
        if (!record) return "ack";
        const messageId = record.cardMessageId;
        if (messageId === undefined && (await digest?.holds(caseId))) return "ack";
        if (messageId === undefined) return later(await poster.ensure(caseId, true));
        if (entry.fields?.get("action") === "enrich") {
          // The card already says what rescuers act on; its details wait while new cases need the group (see `roomForEdit`).
          if (digest && !digest.roomForEdit()) return "ack";
          // A later answer of the person's: housekeeping, detached, so the scheduler keeps only the
          // newest edit of the card while the person answers on (one edit for a run of answers).
          await withPriority(PRIORITY.housekeeping, () => cards.edit(messageId, record), { detached: true });
          return "ack";
        }
        // The press that made the change may have shown it already: one edit per change.
        await face.show(caseId, record.version, () =>
          poster.edit(caseId, messageId, () => (record.status === "withdrawn" ? cards.editWithdrawn(messageId, caseId) : cards.edit(messageId, record))),
        );
        return "ack";
      }
      case "withdrawn": {
        digest?.touch();
        // After an erase the record is gone and the eraser has taken the card down already.
        const messageId = (await cases.get(caseId))?.cardMessageId;
        if (messageId !== undefined) await poster.edit(caseId, messageId, () => cards.editWithdrawn(messageId, caseId));
        return "ack";
      }
      default:
        return "ack";
    }
  }

  /** A card Telegram refused for what it is: one dead letter per case and reason, logged with ids only. */
  async function deadLetter(error: unknown, caseId: string, entry: StreamEntry | undefined): Promise<void> {
    const ids = idsOf(error, caseId, entry);
    const f = entry?.fields;
    const written = await deps.deadLetters({
      caseId,
      reason: `${ids.method ?? "unknown"}:${ids.code ?? 0}`,
      ...(entry ? { entry: { id: entry.id, event: f?.get("event") ?? "", version: f?.get("version") ?? "" } } : {}),
    });
    if (written) logger.error(ids, "card dead-lettered");
    else logger.warn(ids, "card refused again for the same reason; its dead letter is written already");
  }

  /** A delivery tried again after `retryInMs`: the chat's pause (`pause`), or this one item's. */
  function deferred(kind: Exclude<FailureKind, "dead">, error: unknown, ids: FailureIds, retryInMs: number): void {
    if (kind === "retry") {
      logger.warn({ ...ids, retryInMs, err: error }, "card not delivered yet; entry stays pending");
      return;
    }
    const migrateTo = error instanceof GrammyError ? error.parameters.migrate_to_chat_id : undefined;
    if (migrateTo !== undefined) {
      // Not switched over on our own: the chat id also decides which updates are the desk's (app.ts), and a
      // half-switched desk would treat coordinators as people. The operator changes it and restarts.
      logger.error(
        { ...ids, retryInMs, migrateToChatId: migrateTo },
        `coordinators' group became a supergroup: set COORDINATOR_CHAT_ID=${migrateTo} and restart; cards wait until then`,
      );
    } else {
      logger.error({ ...ids, retryInMs }, "coordinators' chat unavailable; cards wait and are retried");
    }
  }

  /** A repost that failed: judged like a stream entry, but waited out under the case's own key. */
  async function repostFailed(error: unknown, caseId: string, retryKey: string): Promise<void> {
    const kind = judge(error);
    if (kind === "dead") {
      await deadLetter(error, caseId, undefined);
      // A repost that keeps being refused must not run every tick.
      stream.backoff.fail(retryKey);
      return;
    }
    deferred(kind, error, idsOf(error, caseId, undefined), kind === "pause" ? stream.pause() : stream.backoff.fail(retryKey));
  }

  return {
    pollOnce: (options) => stream.pollOnce(options),
    ensureCard: (caseId) => poster.ensure(caseId, false),

    async repostMissing() {
      if (stream.paused()) return 0;
      const ids = await redis.zrange(keys.casesOpen, "0", "-1");
      if (ids.length === 0) return 0;
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hexists(keys.caseRecord(id), "cardMessageId");
      const replies = (await pipeline.exec()) ?? [];
      let posted = 0;
      for (const [i, caseId] of ids.entries()) {
        if (replies[i]?.[1] !== 0) continue;
        if (stream.paused()) break;
        // Its card comes by the digest's promote step, when the group has room for it.
        if (await digest?.holds(caseId)) continue;
        const retryKey = `case:${caseId}`;
        if (stream.backoff.waiting(retryKey)) continue;
        try {
          if ((await poster.ensure(caseId, false)) === "posted") posted++;
          stream.backoff.clear(retryKey);
        } catch (error) {
          await repostFailed(error, caseId, retryKey);
        }
      }
      return posted;
    },
  };
}
