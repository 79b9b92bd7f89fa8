import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { StorageError } from "../../src/errors.js";
import { createLogger } from "../../src/logger.js";
import { createRedis } from "../../src/redis/connection.js";
import { freePort, startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";
import { describeRedisTarget, waitForRedis } from "../../src/redis/wait.js";

const root = join(import.meta.dirname, "../..");
const PASSWORD = "pw-CANARY-91f3";
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level: "info", destination }), lines };
}

describe("describeRedisTarget", () => {
  it("names the URL with its password replaced, and sentinels by address", () => {
    expect(describeRedisTarget(`redis://:${PASSWORD}@redis:6379`)).toBe("redis://:***@redis:6379");
    expect(describeRedisTarget(`rediss://beacon:${PASSWORD}@10.0.0.5:6380/2`)).toBe("rediss://beacon:***@10.0.0.5:6380/2");
    expect(describeRedisTarget("redis://127.0.0.1:6379")).toBe("redis://127.0.0.1:6379");
    expect(describeRedisTarget({ sentinels: [{ host: "10.0.0.2", port: 26379 }], name: "mymaster", password: PASSWORD })).toBe('sentinels 10.0.0.2:26379 (primary "mymaster")');
  });
});

describe("started while Redis is down", () => {
  it("waits, saying which Redis it waits for, and connects once a redis-server starts on that port", async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), "beacon-wait-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { logger, lines } = capture();
    const redis = createRedis(`redis://127.0.0.1:${port}`);
    redis.on("error", () => undefined);
    cleanups.push(() => redis.disconnect());

    let server: EmbeddedRedis | undefined;
    const late = new Promise<void>((resolve) => setTimeout(resolve, 1_500)).then(async () => {
      server = await startEmbeddedRedis({ dir, port });
    });
    cleanups.push(async () => server?.stop());
    await waitForRedis({ redis, target: `redis://127.0.0.1:${port}`, timeoutMs: 20_000, logger, logEveryMs: 0 });
    await late;

    expect(await redis.set("k", "v")).toBe("OK");
    const waiting = lines.filter((l) => l.includes("waiting for Redis to answer")).map((l) => JSON.parse(l) as { redis: string });
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting[0]?.redis).toBe(`redis://127.0.0.1:${port}`);
    expect(lines.some((l) => l.includes("Redis answers; starting"))).toBe(true);
  });

  it("gives up at the timeout with an error that names Redis, its URL without the password, and what to do", async () => {
    const port = await freePort();
    const target = `redis://:${PASSWORD}@127.0.0.1:${port}`;
    const { logger, lines } = capture();
    const redis = createRedis(target);
    redis.on("error", () => undefined);
    cleanups.push(() => redis.disconnect());

    const error = await waitForRedis({ redis, target, timeoutMs: 1_000, logger }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).code).toBe("redis_unreachable");
    expect((error as Error).message).toContain(`Redis at redis://:***@127.0.0.1:${port} did not answer within 1 s`);
    expect((error as Error).message).toContain("REDIS_URL");
    expect(lines.join("")).not.toContain(PASSWORD);
  });

  it("`npm start` with nothing ever listening exits 1 with the clear message and no password", async () => {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), "beacon-wait-main-"));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "test",
        DATA_DIR: dataDir,
        REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${port}`,
        REDIS_CONNECT_TIMEOUT_S: "2",
        BOT_TOKEN: "123456:TEST-token-for-the-local-emulator",
        TELEGRAM_API_ROOT: "http://127.0.0.1:9",
        COORDINATOR_CHAT_ID: "-1001234567890",
        BEACON_DATA_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
        PSEUDONYM_SECRET: "test-pseudonym-secret-0123456789",
      },
    });
    cleanups.push(() => void child.kill("SIGKILL"));
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));

    expect(code).toBe(1);
    expect(out).toContain("waiting for Redis to answer");
    expect(out).toContain(`beacon could not start:\nRedis at redis://:***@127.0.0.1:${port} did not answer within 2 s`);
    expect(out).toContain("docker compose up -d redis");
    expect(out).not.toContain(PASSWORD);
  }, 30_000);
});
