import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { StorageError } from "../../src/errors.js";
import { createLogger } from "../../src/logger.js";
import { checkRedisDurability } from "../../src/redis/check.js";
import { startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";

const logger = createLogger({ level: "silent" });
let unsafe: EmbeddedRedis;
let unsafeClient: Redis;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "beacon-unsafe-redis-"));
  unsafe = await startEmbeddedRedis({ dir });
  unsafeClient = new Redis(unsafe.url);
  // This private server is ours alone, so its config may be made unsafe.
  await unsafeClient.config("SET", "appendonly", "no");
  await unsafeClient.config("SET", "maxmemory-policy", "allkeys-lru");
});
afterAll(async () => {
  await unsafeClient.quit();
  await unsafe.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("start-up durability check", () => {
  it("accepts a Redis with appendonly and noeviction (the test server runs like production)", async () => {
    const safe = new Redis(inject("redisUrl"));
    await expect(checkRedisDurability({ redis: safe, logger, strict: true })).resolves.toEqual([]);
    await safe.quit();
  });

  it("warns in development and refuses in production on an unsafe Redis", async () => {
    const problems = await checkRedisDurability({ redis: unsafeClient, logger, strict: false });
    expect(problems.join("\n")).toMatch(/appendonly is "no"/);
    expect(problems.join("\n")).toMatch(/maxmemory-policy is "allkeys-lru"/);
    await expect(checkRedisDurability({ redis: unsafeClient, logger, strict: true })).rejects.toBeInstanceOf(StorageError);
  });
});
