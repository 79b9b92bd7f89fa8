import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedRedis } from "../../src/redis/embedded.js";

/** One private redis-server for the whole run, on a free port, in a temp dir. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "beacon-test-redis-"));
  const redis = await startEmbeddedRedis({ dir, appendfsync: "everysec" });
  project.provide("redisUrl", redis.url);
  project.provide("redisDir", dir);
  return async () => {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    redisUrl: string;
    redisDir: string;
  }
}
