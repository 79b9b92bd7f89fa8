import { Cluster, Redis } from "ioredis";
import type { Logger } from "pino";

/** Where Redis is: one URL, a set of sentinels that name the primary, or some nodes of a Redis Cluster. */
export type RedisTarget =
  | string
  | { sentinels: { host: string; port: number }[]; name: string; password?: string | undefined }
  | { cluster: { host: string; port: number }[]; password?: string | undefined };

const common = {
  maxRetriesPerRequest: 3,
  enableAutoPipelining: true,
  retryStrategy: (times: number) => Math.min(times * 200, 5_000),
  lazyConnect: false,
};

/**
 * Opens an ioredis connection that retries forever with backoff, so a Redis
 * restart pauses Beacon instead of crashing it. With sentinels, ioredis asks
 * them for the primary and follows a failover (ioredis's Sentinel support).
 * With cluster nodes it is an ioredis `Cluster`, which routes each command,
 * script and MULTI by its keys' slot; it is typed as `Redis` because every
 * store uses only commands both share (the key layout keeps each script and
 * MULTI in one slot: `createKeys(ns, { cluster: true })`).
 *
 * @example
 * createRedis("redis://127.0.0.1:6379");
 * createRedis({ sentinels: [{ host: "10.0.0.2", port: 26379 }], name: "mymaster" });
 * createRedis({ cluster: [{ host: "10.0.0.3", port: 7000 }] });
 */
export function createRedis(target: RedisTarget, logger?: Logger): Redis {
  const redis = typeof target === "string" ? new Redis(target, common) : "cluster" in target ? openCluster(target) : openSentinel(target);
  redis.on("error", (error: Error) => logger?.warn({ err: error }, "redis connection error"));
  return redis;
}

function openSentinel(target: { sentinels: { host: string; port: number }[]; name: string; password?: string | undefined }): Redis {
  return new Redis({
    ...common,
    sentinels: target.sentinels,
    name: target.name,
    ...(target.password ? { password: target.password, sentinelPassword: target.password } : {}),
    // After a failover the old primary answers READONLY until it is a replica: reconnect to the new one.
    reconnectOnError: (error) => (/READONLY/.test(error.message) ? 2 : false),
  });
}

function openCluster(target: { cluster: { host: string; port: number }[]; password?: string | undefined }): Redis {
  const cluster = new Cluster(target.cluster, {
    enableAutoPipelining: true,
    clusterRetryStrategy: (times: number) => Math.min(times * 200, 5_000),
    // Reads of a case or a person must see the write just made: primaries only.
    scaleReads: "master",
    redisOptions: { maxRetriesPerRequest: 3, ...(target.password ? { password: target.password } : {}) },
  });
  return cluster as unknown as Redis;
}

/**
 * The servers that hold data: the one Redis, or every primary of a cluster.
 * Server-wide commands (BGREWRITEAOF, SCAN, INFO) must go to each of them.
 */
export function primariesOf(redis: Redis): Redis[] {
  return redis.isCluster ? (redis as unknown as Cluster).nodes("master") : [redis];
}
