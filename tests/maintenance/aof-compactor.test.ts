import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { createAofCompactor } from "../../src/maintenance/aof-compactor.js";
import { testRedis } from "../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", destination: new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }) });
  return { lines, logger, asked: () => lines.filter((l) => l.includes("asked Redis to rewrite")).length };
}

async function until(probe: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const aofDir = join(inject("redisDir"), "appendonlydir");
/** Every AOF file's text; a file a rewrite removes between listing and reading counts as empty. */
const aofText = () =>
  readdirSync(aofDir)
    .map((f) => {
      try {
        return statSync(join(aofDir, f)).isFile() ? readFileSync(join(aofDir, f), "utf8") : "";
      } catch {
        return "";
      }
    })
    .join("\n");
const rewriting = async () => /^aof_rewrite_in_progress:1\s*$/m.test(await env.redis.info("persistence"));

describe("AOF compactor", () => {
  it("asks Redis to rewrite its append-only file, so a deleted value leaves the live file", async () => {
    const { logger, asked } = capture();
    const compactor = createAofCompactor({ redis: env.redis, logger, cooldownMs: 100 });
    const key = `${env.namespace}:doomed`;
    const marker = `erased-value-${env.namespace}`;
    await env.redis.set(key, marker);
    await env.redis.del(key);
    await until(() => aofText().includes(marker), "the write to reach the AOF");
    // Other test files may be rewriting right now; the compactor waits for those and asks again.
    compactor.request();
    await until(() => asked() === 1, "the rewrite request");
    await until(async () => !(await rewriting()), "the rewrite to finish");
    expect(aofText()).not.toContain(marker);
    await compactor.stop();
  });

  it("asks at once on stop for a rewrite still waiting for its cooldown", async () => {
    const { logger, asked } = capture();
    const compactor = createAofCompactor({ redis: env.redis, logger, cooldownMs: 60_000 });
    await until(async () => !(await rewriting()), "a quiet server");
    compactor.request();
    await until(() => asked() === 1, "the first rewrite");
    await until(async () => !(await rewriting()), "the first rewrite to finish");
    compactor.request();
    expect(asked()).toBe(1);
    await compactor.stop();
    expect(asked()).toBe(2);
  });

  it("folds requests within the cooldown into one rewrite, and asks again after it", async () => {
    const { logger, asked } = capture();
    let now = 1_000_000;
    const compactor = createAofCompactor({ redis: env.redis, logger, cooldownMs: 200, clock: () => now });
    await until(async () => !(await rewriting()), "a quiet server");
    compactor.request();
    await until(() => asked() === 1, "the first rewrite");
    compactor.request();
    compactor.request();
    compactor.request();
    await new Promise((r) => setTimeout(r, 50));
    expect(asked()).toBe(1);
    now += 200;
    await until(async () => !(await rewriting()), "the first rewrite to finish");
    await until(() => asked() === 2, "one more rewrite for the three requests");
    await new Promise((r) => setTimeout(r, 300));
    expect(asked()).toBe(2);
    await compactor.stop();
  });
});
