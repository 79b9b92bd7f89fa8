import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { StorageError } from "../errors.js";
import type { RedisTarget } from "./connection.js";

/** Where Redis is, for a log line or an error: the URL with its password replaced, the sentinels, or the cluster's nodes. */
export function describeRedisTarget(target: RedisTarget): string {
  if (typeof target !== "string" && "cluster" in target) return `cluster ${target.cluster.map((s) => `${s.host}:${s.port}`).join(",")}`;
  if (typeof target !== "string") return `sentinels ${target.sentinels.map((s) => `${s.host}:${s.port}`).join(",")} (primary "${target.name}")`;
  try {
    const url = new URL(target);
    if (url.password) url.password = "***";
    return url.toString().replace(/\/$/, "");
  } catch {
    // zod checked the scheme only; a URL that does not parse is shown by its scheme alone.
    return `${target.split("//")[0] ?? "redis:"}//(unparsable URL)`;
  }
}

export interface WaitForRedisOptions {
  redis: Redis;
  target: RedisTarget;
  timeoutMs: number;
  logger: Logger;
  /** Least time between two "still waiting" lines. */
  logEveryMs?: number;
  clock?: () => number;
}

/**
 * Waits until Redis answers PING, saying which Redis it waits for, up to
 * `timeoutMs`: started with Redis down (compose started us first, a host
 * reboot), Beacon would otherwise fail its first command after three
 * reconnects with an ioredis message naming neither Redis nor where it is.
 */
export async function waitForRedis(options: WaitForRedisOptions): Promise<void> {
  const { redis, logger } = options;
  const clock = options.clock ?? Date.now;
  const where = describeRedisTarget(options.target);
  const started = clock();
  const logEveryMs = options.logEveryMs ?? 5_000;
  let lastLog = -Infinity;
  for (let attempt = 1; ; attempt++) {
    try {
      // A Redis that accepts the connection and never answers must not outlast the deadline.
      await answerWithin(redis.ping(), Math.max(1_000, options.timeoutMs - (clock() - started)));
      if (attempt > 1) logger.info({ redis: where, waitedMs: clock() - started }, "Redis answers; starting");
      return;
    } catch (error) {
      const waited = clock() - started;
      if (waited >= options.timeoutMs) {
        throw new StorageError(
          `Redis at ${where} did not answer within ${Math.round(options.timeoutMs / 1000)} s. ` +
            "Start Redis (with Docker: `docker compose up -d redis`), or fix REDIS_URL (or REDIS_SENTINELS) in .env; " +
            "REDIS_CONNECT_TIMEOUT_S sets how long Beacon waits.",
          { code: "redis_unreachable", cause: error },
        );
      }
      if (clock() - lastLog >= logEveryMs) {
        lastLog = clock();
        logger.warn({ redis: where, attempt, waitedMs: waited, timeoutMs: options.timeoutMs, err: error }, "waiting for Redis to answer");
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function answerWithin<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new StorageError("no answer to PING", { code: "redis_unreachable" })), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
