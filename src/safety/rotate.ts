import type { Redis } from "ioredis";
import type { CipherBox } from "../crypto/box.js";
import { compactAofNow, type CompactionResult } from "./aof-compactor.js";

const SEALED = /^v1\.[A-Za-z0-9_-]{1,16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

// Compare-and-set per value, so a value changed between read and write is never overwritten.
const CAS_STRING = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') return 1 end return 0`;
const CAS_HASH = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) return 1 end return 0`;
const CAS_LIST = `if redis.call('LINDEX', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('LSET', KEYS[1], ARGV[1], ARGV[3]) return 1 end return 0`;

export interface RotationReport {
  keys: number;
  resealed: number;
  /** Values that changed while we worked; run again to pick them up. */
  skipped: number;
  /** Values no configured key opens (or tampered): left as they are, counted. */
  unreadable: number;
  /**
   * Set when anything was resealed: whether Redis rewrote its append-only file,
   * which until then still holds every value under the old key.
   */
  aof?: CompactionResult;
}

/**
 * Re-encrypts every sealed value under a namespace with the box's first key:
 * strings, hash fields and list items, each bound to its key name as sealed.
 * Then it has Redis rewrite its append-only file and waits for it, so the old
 * ciphertexts leave the live file too. After a run reports `skipped: 0` and
 * `aof` "rewritten" (or "no_aof"), the old key can be removed from BEACON_DATA_KEYS.
 */
export async function rotateDataKeys(deps: { redis: Redis; namespace: string; box: CipherBox }): Promise<RotationReport> {
  const { redis, box } = deps;
  const report: RotationReport = { keys: 0, resealed: 0, skipped: 0, unreadable: 0 };
  const reseal = (key: string, sealed: string): string | undefined => {
    if (!SEALED.test(sealed) || box.keyIdOf(sealed) === box.currentKeyId) return undefined;
    try {
      return box.seal(key, box.open(key, sealed));
    } catch {
      report.unreadable++;
      return undefined;
    }
  };
  const count = (changed: unknown) => {
    if (changed === 1) report.resealed++;
    else report.skipped++;
  };
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${deps.namespace}:*`, "COUNT", "200");
    cursor = next;
    for (const key of keys) {
      report.keys++;
      const type = await redis.type(key);
      if (type === "string") {
        const value = await redis.get(key);
        const fresh = value === null ? undefined : reseal(key, value);
        if (value !== null && fresh) count(await redis.eval(CAS_STRING, 1, key, value, fresh));
      } else if (type === "hash") {
        for (const [field, value] of Object.entries(await redis.hgetall(key))) {
          const fresh = reseal(key, value);
          if (fresh) count(await redis.eval(CAS_HASH, 1, key, field, value, fresh));
        }
      } else if (type === "list") {
        const items = await redis.lrange(key, 0, -1);
        for (const [index, value] of items.entries()) {
          const fresh = reseal(key, value);
          if (fresh) count(await redis.eval(CAS_LIST, 1, key, String(index), value, fresh));
        }
      }
    }
  } while (cursor !== "0");
  if (report.resealed > 0) report.aof = await compactAofNow(redis);
  return report;
}
