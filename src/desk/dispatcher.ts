import { GrammyError } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { isMessageDeleted } from "../transport/telegram-errors.js";
import { defineScript } from "../redis/script.js";
import type { CaseStore } from "../cases/store.js";
import { StorageError } from "../errors.js";
import { STREAM_GROUPS, type Keys } from "../redis/keys.js";
import type { TriageCard } from "../triage/card.js";
import { forgetCardMessage } from "./card-message.js";
import { refusalKind, type CardPublisher, type CardRefusal } from "./cards.js";

export interface DispatcherDependencies {
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  cards: CardPublisher;
  clock: () => number;
  logger: Logger;
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
}

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

interface Entry {
  id: string;
  /** undefined when the entry was deleted from the stream while pending. */
  fields: Map<string, string> | undefined;
}

/** Failed to move one stream entry along; the entry stays pending and is tried again. */
export class DispatchError extends StorageError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: "dispatch_failed" });
  }
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
/** Own pending entries read per pass, in pages of `batch`: enough for a long outage of the chat. */
const MAX_PENDING_PAGES = 50;
/** The backoff key of the coordinators' chat as a whole. */
const CHAT = "chat";

/**
 * Exponential waits per key, kept in memory: after a restart the first pass
 * tries at once, which is what an operator who just fixed the chat wants.
 */
function createBackoff(clock: () => number, baseMs: number, maxMs: number) {
  const state = new Map<string, { failures: number; until: number }>();
  return {
    waiting: (key: string) => clock() < (state.get(key)?.until ?? 0),
    /** Records a failure; returns the wait until the next try. */
    fail(key: string): number {
      const failures = (state.get(key)?.failures ?? 0) + 1;
      const delay = Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 20));
      state.set(key, { failures, until: clock() + delay });
      if (state.size > 10_000) for (const [k, v] of state) if (v.until < clock()) state.delete(k);
      return delay;
    },
    /** true when the key had failed before. */
    clear: (key: string) => state.delete(key),
  };
}

function toFields(raw: unknown): Map<string, string> | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < raw.length; i += 2) out.set(String(raw[i]), String(raw[i + 1]));
  return out;
}

function toEntries(raw: unknown): Entry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item): Entry[] => (Array.isArray(item) && item.length >= 1 ? [{ id: String(item[0]), fields: toFields(item[1]) }] : []));
}

/**
 * XREADGROUP reply → entries of our one stream. RESP2 answers
 * `[[key, entries], …]`; over RESP3 (ioredis's default with Redis 7) the map
 * arrives flattened as `[key, entries, …]`.
 */
function readReply(raw: unknown): Entry[] {
  if (!Array.isArray(raw)) return [];
  if (typeof raw[0] === "string" || Buffer.isBuffer(raw[0])) {
    const out: Entry[] = [];
    for (let i = 1; i < raw.length; i += 2) out.push(...toEntries(raw[i]));
    return out;
  }
  return raw.flatMap((stream) => (Array.isArray(stream) ? toEntries(stream[1]) : []));
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
  const { redis, keys, cases, cards, logger, consumer } = deps;
  const group = STREAM_GROUPS.desk;
  const batch = deps.batch ?? 20;
  const backoff = createBackoff(deps.clock, deps.retryBaseMs ?? 5_000, deps.retryMaxMs ?? 300_000);
  let groupReady = false;

  async function ensureGroup(): Promise<void> {
    if (groupReady) return;
    try {
      await redis.call("XGROUP", "CREATE", keys.casesStream, group, "0", "MKSTREAM");
    } catch (error) {
      if (!(error instanceof Error && error.message.includes("BUSYGROUP"))) {
        throw new DispatchError("could not create the desk consumer group", { cause: error });
      }
    }
    groupReady = true;
  }

  /**
   * Posts the card unless the case already has one; another instance posting
   * it right now counts as "later". `entry`: the stream entry being handled
   * (the crash-test hook runs only then).
   */
  async function ensureCard(caseId: string, entry: Entry | undefined): Promise<"posted" | "done" | "later"> {
    const record = await cases.get(caseId);
    if (!record) return "done";
    if (record.status === "withdrawn") {
      const messageId = record.cardMessageId;
      if (messageId !== undefined) await editCard(caseId, messageId, () => cards.editWithdrawn(messageId, caseId));
      return "done";
    }
    if (record.cardMessageId !== undefined) return "done";
    const lock = keys.deskPostLock(caseId);
    const locked = await redis.set(lock, consumer, "PX", POST_LOCK_MS, "NX");
    if (locked !== "OK") return "later";
    try {
      // Whoever held the lock before us may have posted between our read and our lock.
      if ((await redis.hexists(keys.caseRecord(caseId), "cardMessageId")) === 1) return "done";
      const messageId = await cards.post(record);
      chatReached();
      const recorded = await cases.setCardMessage(caseId, messageId);
      // Erased while we posted: take the fresh card down again at once.
      if (!recorded) await cards.editWithdrawn(messageId, caseId);
      else await deps.onPosted?.(caseId, messageId);
      // A card went out: a later refusal is news again and gets its own dead letter. Best effort:
      // failing here would leave the entry pending and post the card twice.
      await redis.del(keys.deadLetterMark(caseId)).catch(() => undefined);
      if (entry) await deps.afterPost?.(caseId);
      return "posted";
    } finally {
      // Only our own lock: after a slow post another instance may hold it already.
      await releaseLockScript.run(redis, [lock], [consumer]).catch((error: unknown) => {
        // It runs out by itself; the outcome of the post is what the caller needs.
        logger.warn({ caseId, err: error instanceof Error ? error.name : "unknown" }, "post lock not released; it expires");
      });
    }
  }

  /**
   * Edits the case's card. A card a coordinator deleted in the group cannot be
   * edited ever again: the record forgets it (only if it still names that
   * message), so the desk's tick posts an open case's card anew. No dead
   * letter: nothing about the card was refused.
   */
  async function editCard(caseId: string, messageId: number, edit: () => Promise<void>): Promise<void> {
    try {
      await edit();
    } catch (error) {
      if (!isMessageDeleted(error)) throw error;
      const forgotten = await forgetCardMessage(redis, keys, caseId, messageId);
      logger.warn({ caseId, messageId, forgotten }, "card message deleted in the group; an open case gets a new card at the next tick");
    }
    chatReached();
  }

  async function apply(entry: Entry): Promise<"ack" | "keep"> {
    const caseId = entry.fields?.get("caseId");
    const event = entry.fields?.get("event");
    if (!caseId || !event) return "ack";
    switch (event) {
      case "created":
        return (await ensureCard(caseId, entry)) === "later" ? "keep" : "ack";
      case "changed": {
        const record = await cases.get(caseId);
        if (!record) return "ack";
        const messageId = record.cardMessageId;
        if (messageId === undefined) return (await ensureCard(caseId, entry)) === "later" ? "keep" : "ack";
        await editCard(caseId, messageId, () => (record.status === "withdrawn" ? cards.editWithdrawn(messageId, caseId) : cards.edit(messageId, record)));
        return "ack";
      }
      case "withdrawn": {
        // After an erase the record is gone and the eraser has taken the card down already.
        const messageId = (await cases.get(caseId))?.cardMessageId;
        if (messageId !== undefined) await editCard(caseId, messageId, () => cards.editWithdrawn(messageId, caseId));
        return "ack";
      }
      default:
        return "ack";
    }
  }

  /**
   * A failed delivery, logged once with ids only. `keep`: try again after the
   * pause (the chat's, or this one item's); `ack`: a dead letter was written.
   * `retryKey` is the entry id, or the case for a repost.
   */
  async function failed(error: unknown, caseId: string, retryKey: string, entry: Entry | undefined): Promise<"ack" | "keep"> {
    const kind = refusalKind(error);
    const method = error instanceof GrammyError ? error.method : undefined;
    const code = error instanceof GrammyError ? error.error_code : undefined;
    const ids = { caseId, ...(entry ? { entry: entry.id } : {}), method, code };
    if (kind === "chat") {
      const retryInMs = backoff.fail(CHAT);
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
      return "keep";
    }
    if (kind === "card") {
      const f = entry?.fields;
      const written = await deps.deadLetters({
        caseId,
        reason: `${method ?? "unknown"}:${code ?? 0}`,
        ...(entry ? { entry: { id: entry.id, event: f?.get("event") ?? "", version: f?.get("version") ?? "" } } : {}),
      });
      // A repost that keeps being refused must not run every tick.
      if (!entry) backoff.fail(retryKey);
      if (written) logger.error(ids, "card dead-lettered");
      else logger.warn(ids, "card refused again for the same reason; its dead letter is written already");
      return "ack";
    }
    const retryInMs = backoff.fail(retryKey);
    logger.warn({ ...ids, retryInMs, err: error instanceof Error ? error.name : "unknown" }, "card not delivered yet; entry stays pending");
    return "keep";
  }

  /** A Bot API call into the chat went through: end the chat's pause. */
  function chatReached(): void {
    if (backoff.clear(CHAT)) logger.warn("coordinators' chat reachable again; waiting cards are being delivered");
  }

  async function handleAll(entries: Entry[]): Promise<number> {
    let acked = 0;
    for (const entry of entries) {
      // Left pending, in order, until the pause is over; one entry then probes the chat.
      if (backoff.waiting(CHAT) || backoff.waiting(entry.id)) continue;
      const caseId = entry.fields?.get("caseId") ?? "";
      let verdict: "ack" | "keep";
      try {
        verdict = await apply(entry);
        backoff.clear(entry.id);
      } catch (error) {
        verdict = await failed(error, caseId, entry.id, entry);
      }
      if (verdict === "ack") {
        await redis.xack(keys.casesStream, group, entry.id);
        acked++;
      }
    }
    return acked;
  }

  async function read(connection: Redis, id: string, blockMs: number | undefined): Promise<Entry[]> {
    const block = blockMs !== undefined && id === ">" ? ["BLOCK", blockMs] : [];
    try {
      return readReply(await connection.call("XREADGROUP", "GROUP", group, consumer, "COUNT", batch, ...block, "STREAMS", keys.casesStream, id));
    } catch (error) {
      if (error instanceof Error && error.message.includes("NOGROUP")) {
        // The stream was deleted (e.g. a flushed Redis): recreate the group next pass.
        groupReady = false;
        return [];
      }
      throw error;
    }
  }

  async function autoclaim(): Promise<Entry[]> {
    const out: Entry[] = [];
    let cursor = "0-0";
    do {
      const reply = await redis.call("XAUTOCLAIM", keys.casesStream, group, consumer, deps.claimIdleMs, cursor, "COUNT", batch);
      if (!Array.isArray(reply)) break;
      cursor = String(reply[0] ?? "0-0");
      out.push(...toEntries(reply[1]));
      // Entries deleted from the stream are dropped from the pending list by Redis itself.
    } while (cursor !== "0-0" && out.length < batch * 5);
    return out;
  }

  /** All of this consumer's pending entries, page by page (`0` alone would only ever see the first page). */
  async function ownPending(): Promise<Entry[]> {
    const out: Entry[] = [];
    let after = "0";
    for (let page = 0; page < MAX_PENDING_PAGES; page++) {
      const entries = await read(redis, after, undefined);
      out.push(...entries);
      const last = entries.at(-1);
      if (entries.length < batch || !last) break;
      after = last.id;
    }
    return out;
  }

  return {
    async pollOnce(options = {}) {
      await ensureGroup();
      let acked = await handleAll(await ownPending());
      acked += await handleAll(await autoclaim());
      acked += await handleAll(await read(options.connection ?? redis, ">", options.blockMs));
      return acked;
    },

    async repostMissing() {
      if (backoff.waiting(CHAT)) return 0;
      const ids = await redis.zrange(keys.casesOpen, "0", "-1");
      if (ids.length === 0) return 0;
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hexists(keys.caseRecord(id), "cardMessageId");
      const replies = (await pipeline.exec()) ?? [];
      let posted = 0;
      for (const [i, caseId] of ids.entries()) {
        if (replies[i]?.[1] !== 0) continue;
        if (backoff.waiting(CHAT)) break;
        const retryKey = `case:${caseId}`;
        if (backoff.waiting(retryKey)) continue;
        try {
          if ((await ensureCard(caseId, undefined)) === "posted") posted++;
          backoff.clear(retryKey);
        } catch (error) {
          await failed(error, caseId, retryKey, undefined);
        }
      }
      return posted;
    },
  };
}
