import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { inject } from "vitest";
import { createKeys, type Keys } from "../../src/redis/keys.js";

/**
 * A connection to the run's private redis-server and a fresh key namespace,
 * so test files running in parallel never see each other's keys.
 */
export function testRedis(url = inject("redisUrl")): { redis: Redis; keys: Keys; url: string; namespace: string; close(): Promise<void> } {
  const namespace = `t${randomBytes(5).toString("hex")}`;
  // Reconnect quickly: some tests stop and restart their Redis and wait for it.
  const redis = new Redis(url, { maxRetriesPerRequest: 3, retryStrategy: () => 50 });
  // Tests that stop their Redis on purpose would otherwise print every reconnect attempt.
  redis.on("error", () => undefined);
  return {
    redis,
    keys: createKeys(namespace),
    url,
    namespace,
    close: async () => {
      await redis.quit();
    },
  };
}

/** Every key of a namespace with its raw value, for leak checks. */
export async function dumpNamespace(redis: Redis, namespace: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${namespace}:*`, "COUNT", "500");
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === "string") out.set(key, (await redis.get(key)) ?? "");
      else if (type === "hash") out.set(key, JSON.stringify(await redis.hgetall(key)));
      else if (type === "list") out.set(key, JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === "zset") out.set(key, JSON.stringify(await redis.zrange(key, "0", "-1", "WITHSCORES")));
      else if (type === "set") out.set(key, JSON.stringify(await redis.smembers(key)));
      else if (type === "stream") out.set(key, JSON.stringify(await redis.xrange(key, "-", "+")));
    }
  } while (cursor !== "0");
  return out;
}
