import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { fieldAad, splitItem } from "../crypto/aad.js";
import type { CipherBox } from "../crypto/box.js";
import { primariesOf } from "../redis/connection.js";
import { compactAofNow, type CompactionResult } from "./aof-compactor.js";

const SEALED = /^v1\.[A-Za-z0-9_-]{1,16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

// Compare-and-set per value, so a value changed between read and write is never overwritten.
const CAS_STRING = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL') return 1 end return 0`;
const CAS_HASH = `if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) return 1 end return 0`;
// A sealed member of a sorted set (the scheduled deletes) is replaced under the same score.
const CAS_ZSET = `local score = redis.call('ZSCORE', KEYS[1], ARGV[1]) if score then redis.call('ZREM', KEYS[1], ARGV[1]) redis.call('ZADD', KEYS[1], score, ARGV[2]) return 1 end return 0`;
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

/** How a sealed value is bound: the associated data it must open under now, and the one from before field binding. */
interface Binding {
  aad: string;
  legacy?: string;
}

/**
 * Re-encrypts every sealed value under a namespace with the box's first key:
 * strings and sorted-set members (the scheduled deletes) bound to their key name,
 * hash fields to `key\0field` and list items to `key\0<item id>`. Values sealed the older way (hash fields and list items
 * bound to the key name alone) are resealed the new way even under the current key.
 * Then it has Redis rewrite its append-only file and waits for it, so the old
 * ciphertexts leave the live file too. After a run reports `skipped: 0` and
 * `aof` "rewritten" (or "no_aof"), the old key can be removed from BEACON_DATA_KEYS.
 */
export async function rotateDataKeys(deps: { redis: Redis; namespace: string; box: CipherBox }): Promise<RotationReport> {
  const { redis, box } = deps;
  const report: RotationReport = { keys: 0, resealed: 0, skipped: 0, unreadable: 0 };
  /** The value sealed under the new key and the new binding, or undefined when it already is (or cannot be opened). */
  const reseal = (sealed: string, binding: Binding): string | undefined => {
    if (!SEALED.test(sealed)) return undefined;
    try {
      if (box.keyIdOf(sealed) === box.currentKeyId) box.open(binding.aad, sealed);
      else return box.seal(binding.aad, box.open(binding.aad, sealed));
      return undefined;
    } catch {
      try {
        if (binding.legacy !== undefined) return box.seal(binding.aad, box.open(binding.legacy, sealed));
      } catch {
        // counted below
      }
      report.unreadable++;
      return undefined;
    }
  };
  const count = (changed: unknown) => {
    if (changed === 1) report.resealed++;
    else report.skipped++;
  };
  for (const key of await everyKey(redis, `${deps.namespace}:*`)) {
    report.keys++;
    const type = await redis.type(key);
    if (type === "string") {
      const value = await redis.get(key);
      const fresh = value === null ? undefined : reseal(value, { aad: key });
      if (value !== null && fresh) count(await redis.eval(CAS_STRING, 1, key, value, fresh));
    } else if (type === "hash") {
      for (const [field, value] of Object.entries(await redis.hgetall(key))) {
        const fresh = reseal(value, { aad: fieldAad(key, field), legacy: key });
        if (fresh) count(await redis.eval(CAS_HASH, 1, key, field, value, fresh));
      }
    } else if (type === "zset") {
      for (const member of await redis.zrange(key, "0", "-1")) {
        const fresh = reseal(member, { aad: key });
        if (fresh) count(await redis.eval(CAS_ZSET, 1, key, member, fresh));
      }
    } else if (type === "list") {
      for (const [index, value] of (await redis.lrange(key, 0, -1)).entries()) {
        const fresh = resealItem(value, key, reseal);
        if (fresh) count(await redis.eval(CAS_LIST, 1, key, String(index), value, fresh));
      }
    }
  }
  if (report.resealed > 0) report.aof = await compactAofNow(redis);
  return report;
}

/** Every key matching `pattern`. SCAN walks one server: on a cluster, each primary in turn (reads and writes are then routed by key). */
async function everyKey(redis: Redis, pattern: string): Promise<string[]> {
  const found: string[] = [];
  for (const node of primariesOf(redis)) {
    let cursor = "0";
    do {
      const [next, keys] = await node.scan(cursor, "MATCH", pattern, "COUNT", "200");
      cursor = next;
      found.push(...keys);
    } while (cursor !== "0");
  }
  return found;
}

/** A list item keeps its id; an item from before ids gets one, in the same place in the list. */
function resealItem(item: string, key: string, reseal: (sealed: string, binding: Binding) => string | undefined): string | undefined {
  const { id, sealed } = splitItem(item);
  const itemId = id ?? randomBytes(12).toString("base64url");
  // A bare item was sealed under the list key alone.
  const fresh = reseal(sealed, id === undefined ? { aad: fieldAad(key, itemId), legacy: key } : { aad: fieldAad(key, itemId) });
  return fresh === undefined ? undefined : `${itemId}~${fresh}`;
}
