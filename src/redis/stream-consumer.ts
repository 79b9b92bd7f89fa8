import type { Redis } from "ioredis";
import { StorageError } from "../errors.js";

/** One entry of a stream, as a consumer group hands it out. */
export interface StreamEntry {
  id: string;
  /** undefined when the entry was deleted from the stream while pending. */
  fields: Map<string, string> | undefined;
}

/** What became of an entry: acknowledged, or left pending for a later pass. */
export type EntryVerdict = "ack" | "keep";

/**
 * How the consumer's owner judges an entry whose handler threw:
 * - `pause`: whatever the entries go to cannot take any of them now; every
 *   entry waits out one shared pause, which grows with each failure.
 * - `retry`: only this entry waits, for a pause of its own.
 * - `dead`: it can never go through; the dead-letter hook records it and it is acknowledged.
 */
export type FailureKind = "pause" | "retry" | "dead";

/** What the consumer does with each entry; the only part that knows what entries mean. */
export interface EntryHandler {
  /** Moves one entry along. `keep` leaves it pending, with no pause, for the next pass. */
  handle(entry: StreamEntry): Promise<EntryVerdict>;
  /** Judges a failure of `handle`. */
  judge(error: unknown, entry: StreamEntry): FailureKind;
  /** The dead-letter hook: records an entry given up on. It is acknowledged once this resolves; a throw leaves it pending. */
  deadLetter(error: unknown, entry: StreamEntry): Promise<void>;
  /** Told of each pause or retry with the wait until the next try (for the log). */
  onDeferred?(kind: Exclude<FailureKind, "dead">, error: unknown, entry: StreamEntry, retryInMs: number): void;
}

/**
 * Exponential waits per key, kept in memory: after a restart the first pass
 * tries at once, which is what an operator who just fixed the downstream wants.
 */
export interface Backoff {
  /** true while the key's wait runs. */
  waiting(key: string): boolean;
  /** Records a failure; returns the wait until the next try. */
  fail(key: string): number;
  /** Forgets the key's failures; true when the key had failed before. */
  clear(key: string): boolean;
}

/** One stream, one group, one consumer name, and the handler that gives entries their meaning. */
export interface StreamConsumerDependencies {
  redis: Redis;
  stream: string;
  group: string;
  /** Consumer name in the group; one per instance. */
  consumer: string;
  /** Pending entries idle longer than this (ms) are taken over from whichever consumer held them. */
  claimIdleMs: number;
  /** Entries per read (default 20). */
  batch?: number;
  clock: () => number;
  /** First wait (ms) after a failure; doubles per failure up to `retryMaxMs`. Default 5 000. */
  retryBaseMs?: number;
  /** Longest wait (ms) between two tries. Default 300 000. */
  retryMaxMs?: number;
  handler: EntryHandler;
}

/** A consumer in a stream's consumer group; see `createStreamConsumer`. */
export interface StreamConsumer {
  /**
   * One pass: own pending entries, then stale entries of other consumers
   * (XAUTOCLAIM), then new ones. Returns how many entries were acknowledged.
   * With `blockMs`, the read of new entries waits that long on `connection`
   * (a connection of its own: a blocked connection serves nobody else).
   */
  pollOnce(options?: { blockMs?: number; connection?: Redis }): Promise<number>;
  /** The waits of entries (by id) and of the owner's own work (any key that is not an entry id). */
  readonly backoff: Backoff;
  /** true while the shared pause runs (see `FailureKind`). */
  paused(): boolean;
  /** Starts or lengthens the shared pause; returns its length (ms). */
  pause(): number;
  /** Ends the shared pause; true when one was running. */
  resume(): boolean;
}

/** Failed to move one stream entry along; the entry stays pending and is tried again. */
export class DispatchError extends StorageError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, { ...options, code: "dispatch_failed" });
  }
}

/** Own pending entries read per pass, in pages of `batch`: enough for a long outage downstream. */
const MAX_PENDING_PAGES = 50;
/** The backoff key of the shared pause; entry ids look like `1700000000000-0`, so it never meets one. */
const ALL = "*";

/** See `Backoff`; `baseMs` doubles per failure of a key, up to `maxMs`. */
export function createBackoff(clock: () => number, baseMs: number, maxMs: number): Backoff {
  const state = new Map<string, { failures: number; until: number }>();
  return {
    waiting: (key) => clock() < (state.get(key)?.until ?? 0),
    fail(key) {
      const failures = (state.get(key)?.failures ?? 0) + 1;
      const delay = Math.min(maxMs, baseMs * 2 ** Math.min(failures - 1, 20));
      state.set(key, { failures, until: clock() + delay });
      if (state.size > 10_000) for (const [k, v] of state) if (v.until < clock()) state.delete(k);
      return delay;
    },
    clear: (key) => state.delete(key),
  };
}

function toFields(raw: unknown): Map<string, string> | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < raw.length; i += 2) out.set(String(raw[i]), String(raw[i + 1]));
  return out;
}

/** An XAUTOCLAIM or XRANGE-shaped list of `[id, [field, value, …]]` → entries. */
function toEntries(raw: unknown): StreamEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item): StreamEntry[] => (Array.isArray(item) && item.length >= 1 ? [{ id: String(item[0]), fields: toFields(item[1]) }] : []));
}

/**
 * XREADGROUP reply → entries of our one stream. RESP2 answers
 * `[[key, entries], …]`; over RESP3 (ioredis's default with Redis 7) the map
 * arrives flattened as `[key, entries, …]`.
 */
export function readReply(raw: unknown): StreamEntry[] {
  if (!Array.isArray(raw)) return [];
  if (typeof raw[0] === "string" || Buffer.isBuffer(raw[0])) {
    const out: StreamEntry[] = [];
    for (let i = 1; i < raw.length; i += 2) out.push(...toEntries(raw[i]));
    return out;
  }
  return raw.flatMap((stream) => (Array.isArray(stream) ? toEntries(stream[1]) : []));
}

/**
 * A consumer in a Redis stream's consumer group. Every entry is acknowledged
 * only after its handler says so, so a crash means a retry: the entries
 * stay pending under this consumer (read again next pass) or, if it never
 * comes back, another instance takes them over once idle for `claimIdleMs`.
 * What an entry means, and which failures are worth waiting out, is the
 * handler's.
 */
export function createStreamConsumer(deps: StreamConsumerDependencies): StreamConsumer {
  const { redis, stream, group, consumer, handler } = deps;
  const batch = deps.batch ?? 20;
  const backoff = createBackoff(deps.clock, deps.retryBaseMs ?? 5_000, deps.retryMaxMs ?? 300_000);
  let groupReady = false;

  async function ensureGroup(): Promise<void> {
    if (groupReady) return;
    try {
      await redis.call("XGROUP", "CREATE", stream, group, "0", "MKSTREAM");
    } catch (error) {
      if (!(error instanceof Error && error.message.includes("BUSYGROUP"))) {
        throw new DispatchError(`could not create the ${group} consumer group`, { cause: error });
      }
    }
    groupReady = true;
  }

  async function failed(error: unknown, entry: StreamEntry): Promise<EntryVerdict> {
    const kind = handler.judge(error, entry);
    if (kind === "dead") {
      await handler.deadLetter(error, entry);
      return "ack";
    }
    const retryInMs = kind === "pause" ? backoff.fail(ALL) : backoff.fail(entry.id);
    handler.onDeferred?.(kind, error, entry, retryInMs);
    return "keep";
  }

  async function handleAll(entries: StreamEntry[]): Promise<number> {
    let acked = 0;
    for (const entry of entries) {
      // Left pending, in order, until the pause is over; one entry then probes the downstream.
      if (backoff.waiting(ALL) || backoff.waiting(entry.id)) continue;
      let verdict: EntryVerdict;
      try {
        verdict = await handler.handle(entry);
        backoff.clear(entry.id);
      } catch (error) {
        verdict = await failed(error, entry);
      }
      if (verdict === "ack") {
        await redis.xack(stream, group, entry.id);
        acked++;
      }
    }
    return acked;
  }

  async function read(connection: Redis, id: string, blockMs: number | undefined): Promise<StreamEntry[]> {
    const block = blockMs !== undefined && id === ">" ? ["BLOCK", blockMs] : [];
    try {
      return readReply(await connection.call("XREADGROUP", "GROUP", group, consumer, "COUNT", batch, ...block, "STREAMS", stream, id));
    } catch (error) {
      if (error instanceof Error && error.message.includes("NOGROUP")) {
        // The stream was deleted (e.g. a flushed Redis): recreate the group next pass.
        groupReady = false;
        return [];
      }
      throw error;
    }
  }

  async function autoclaim(): Promise<StreamEntry[]> {
    const out: StreamEntry[] = [];
    let cursor = "0-0";
    do {
      const reply = await redis.call("XAUTOCLAIM", stream, group, consumer, deps.claimIdleMs, cursor, "COUNT", batch);
      if (!Array.isArray(reply)) break;
      cursor = String(reply[0] ?? "0-0");
      out.push(...toEntries(reply[1]));
      // Entries deleted from the stream are dropped from the pending list by Redis itself.
    } while (cursor !== "0-0" && out.length < batch * 5);
    return out;
  }

  /** All of this consumer's pending entries, page by page (`0` alone would only ever see the first page). */
  async function ownPending(): Promise<StreamEntry[]> {
    const out: StreamEntry[] = [];
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
    backoff,
    paused: () => backoff.waiting(ALL),
    pause: () => backoff.fail(ALL),
    resume: () => backoff.clear(ALL),
  };
}
