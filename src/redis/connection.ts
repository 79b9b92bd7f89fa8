import { Redis } from "ioredis";
import type { Logger } from "pino";

/** Where Redis is: one URL, or a set of sentinels that name the primary. */
export type RedisTarget = string | { sentinels: { host: string; port: number }[]; name: string; password?: string | undefined };

/**
 * Opens an ioredis connection that retries forever with backoff, so a Redis
 * restart pauses Beacon instead of crashing it. With sentinels, ioredis asks
 * them for the primary and follows a failover (ioredis's Sentinel support).
 *
 * @example
 * createRedis("redis://127.0.0.1:6379");
 * createRedis({ sentinels: [{ host: "10.0.0.2", port: 26379 }], name: "mymaster" });
 */
export function createRedis(target: RedisTarget, logger?: Logger): Redis {
  const common = {
    maxRetriesPerRequest: 3,
    enableAutoPipelining: true,
    retryStrategy: (times: number) => Math.min(times * 200, 5_000),
    lazyConnect: false,
  };
  const redis =
    typeof target === "string"
      ? new Redis(target, common)
      : new Redis({
          ...common,
          sentinels: target.sentinels,
          name: target.name,
          ...(target.password ? { password: target.password, sentinelPassword: target.password } : {}),
          // After a failover the old primary answers READONLY until it is a replica: reconnect to the new one.
          reconnectOnError: (error) => (/READONLY/.test(error.message) ? 2 : false),
        });
  redis.on("error", (error: Error) => logger?.warn({ err: error }, "redis connection error"));
  return redis;
}
