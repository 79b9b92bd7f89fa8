import { GrammyError } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { CaseStore } from "../cases/store.js";
import { StorageError } from "../errors.js";
import { STREAM_GROUPS, type Keys } from "../redis/keys.js";
import type { TriageCard } from "../triage/card.js";
import type { CardPublisher } from "./cards.js";

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
}

export interface Dispatcher {
  /**
   * One pass: own pending entries, then stale entries of other consumers
   * (XAUTOCLAIM), then new ones. Returns how many entries were acknowledged.
   * With `blockMs`, the read of new entries waits that long on `connection`
   * (a connection of its own: a blocked connection serves nobody else).
   */
  pollOnce(options?: { blockMs?: number; connection?: Redis }): Promise<number>;
}

interface Entry {
  id: string;
  /** undefined when the entry was deleted from the stream while pending. */
  fields: Map<string, string> | undefined;
}

/** Failed to move one stream entry along; the entry stays pending and is tried again. */
export class DispatchError extends StorageError {}

const POST_LOCK_MS = 30_000;

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
 * case has one card. Telegram refusing a call for good (4xx) sends the entry
 * to the dead-letter stream with a reason code rather than blocking the queue.
 */
export function createDispatcher(deps: DispatcherDependencies): Dispatcher {
  const { redis, keys, cases, cards, logger, consumer } = deps;
  const group = STREAM_GROUPS.desk;
  const batch = deps.batch ?? 20;
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

  async function deadLetter(entry: Entry, caseId: string, reason: string): Promise<void> {
    const f = entry.fields;
    await redis.xadd(
      keys.casesDeadLetter,
      "*",
      "caseId",
      caseId,
      "event",
      f?.get("event") ?? "",
      "version",
      f?.get("version") ?? "",
      "entry",
      entry.id,
      "reason",
      reason,
      "at",
      String(deps.clock()),
    );
  }

  /** Posts the card unless the case already has one; another instance posting it right now counts as "later". */
  async function ensureCard(caseId: string): Promise<"done" | "later"> {
    const record = await cases.get(caseId);
    if (!record) return "done";
    if (record.status === "withdrawn") {
      if (record.cardMessageId !== undefined) await cards.editWithdrawn(record.cardMessageId, caseId);
      return "done";
    }
    if (record.cardMessageId !== undefined) return "done";
    const lock = keys.deskPostLock(caseId);
    const locked = await redis.set(lock, consumer, "PX", POST_LOCK_MS, "NX");
    if (locked !== "OK") return "later";
    try {
      const messageId = await cards.post(record);
      const recorded = await cases.setCardMessage(caseId, messageId);
      // Erased while we posted: take the fresh card down again at once.
      if (!recorded) await cards.editWithdrawn(messageId, caseId);
      else await deps.onPosted?.(caseId, messageId);
      await deps.afterPost?.(caseId);
      return "done";
    } finally {
      // Only our own lock: after a slow post another instance may hold it already.
      const holder = await redis.get(lock);
      if (holder === consumer) await redis.del(lock);
    }
  }

  async function apply(entry: Entry): Promise<"ack" | "keep"> {
    const caseId = entry.fields?.get("caseId");
    const event = entry.fields?.get("event");
    if (!caseId || !event) return "ack";
    switch (event) {
      case "created":
        return (await ensureCard(caseId)) === "done" ? "ack" : "keep";
      case "changed": {
        const record = await cases.get(caseId);
        if (!record) return "ack";
        if (record.cardMessageId === undefined) return (await ensureCard(caseId)) === "done" ? "ack" : "keep";
        if (record.status === "withdrawn") await cards.editWithdrawn(record.cardMessageId, caseId);
        else await cards.edit(record.cardMessageId, record);
        return "ack";
      }
      case "withdrawn": {
        // After an erase the record is gone and the eraser has taken the card down already.
        const record = await cases.get(caseId);
        if (record?.cardMessageId !== undefined) await cards.editWithdrawn(record.cardMessageId, caseId);
        return "ack";
      }
      default:
        return "ack";
    }
  }

  async function handleAll(entries: Entry[]): Promise<number> {
    let acked = 0;
    for (const entry of entries) {
      const caseId = entry.fields?.get("caseId") ?? "";
      let verdict: "ack" | "keep";
      try {
        verdict = await apply(entry);
      } catch (error) {
        if (error instanceof GrammyError && error.error_code >= 400 && error.error_code < 500 && error.error_code !== 429) {
          // Telegram will refuse this the same way every time; park it where an operator looks.
          await deadLetter(entry, caseId, `${error.method}:${error.error_code}`);
          logger.error({ caseId, entry: entry.id, method: error.method, code: error.error_code }, "card dead-lettered");
          verdict = "ack";
        } else {
          logger.warn(
            { caseId, entry: entry.id, code: error instanceof GrammyError ? error.error_code : undefined, err: error instanceof Error ? error.name : "unknown" },
            "card not delivered yet; entry stays pending",
          );
          verdict = "keep";
        }
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

  return {
    async pollOnce(options = {}) {
      await ensureGroup();
      let acked = await handleAll(await read(redis, "0", undefined));
      acked += await handleAll(await autoclaim());
      acked += await handleAll(await read(options.connection ?? redis, ">", options.blockMs));
      return acked;
    },
  };
}
