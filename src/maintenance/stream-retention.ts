import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";

const DAY_MS = 24 * 3600 * 1000;

/** Orders two stream ids (`ms-seq`). */
export function compareStreamIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split("-").map(Number);
  const [bMs = 0, bSeq = 0] = b.split("-").map(Number);
  return aMs !== bMs ? aMs - bMs : aSeq - bSeq;
}

/** The id right after `id`: entries at or after it are not yet delivered once `id` was. */
function successor(id: string): string {
  const [ms = "0", seq = "0"] = id.split("-");
  return `${ms}-${BigInt(seq) + 1n}`;
}

export interface StreamTrimmer {
  /** Drops entries older than the retention period; returns how many were dropped. */
  trim(now: number): Promise<number>;
}

/**
 * Retention for the streams: the cases stream, its dead letters and the audit
 * stream carry case ids and pseudonyms, so they must not outlive the cases
 * they describe. An entry a consumer group has not acknowledged, or not yet
 * read, is kept whatever its age: the desk must still see every case.
 */
export function createStreamTrimmer(deps: { redis: Redis; keys: Keys; retentionDays: number }): StreamTrimmer {
  const { redis, keys } = deps;

  /** The oldest id some group still needs, or undefined when every group is done with everything. */
  async function oldestNeeded(stream: string): Promise<string | undefined> {
    const groups = (await redis.xinfo("GROUPS", stream).catch(() => [])) as unknown[][];
    let oldest: string | undefined;
    const consider = (id: string) => {
      if (oldest === undefined || compareStreamIds(id, oldest) < 0) oldest = id;
    };
    for (const row of groups) {
      const info = new Map<string, unknown>();
      for (let i = 0; i + 1 < row.length; i += 2) info.set(String(row[i]), row[i + 1]);
      const name = String(info.get("name"));
      const [pending, smallest] = (await redis.xpending(stream, name)) as [number, string | null, ...unknown[]];
      if (pending > 0 && smallest) consider(smallest);
      consider(successor(String(info.get("last-delivered-id") ?? "0-0")));
    }
    return oldest;
  }

  return {
    async trim(now) {
      const cutoff = `${now - deps.retentionDays * DAY_MS}-0`;
      let dropped = 0;
      for (const stream of [keys.casesStream, keys.casesDeadLetter, keys.auditStream]) {
        const needed = await oldestNeeded(stream);
        const minId = needed !== undefined && compareStreamIds(needed, cutoff) < 0 ? needed : cutoff;
        dropped += Number(await redis.xtrim(stream, "MINID", minId));
      }
      return dropped;
    },
  };
}
