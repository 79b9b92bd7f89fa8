import { Redis } from "ioredis";
import type { Logger } from "pino";

/**
 * Opens an ioredis connection that retries forever with backoff, so a Redis
 * restart pauses Beacon instead of crashing it.
 */
export function createRedis(url: string, logger?: Logger): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 3,
    enableAutoPipelining: true,
    retryStrategy: (times) => Math.min(times * 200, 5_000),
    lazyConnect: false,
  });
  redis.on("error", (error: Error) => logger?.warn({ err: error }, "redis connection error"));
  return redis;
}
