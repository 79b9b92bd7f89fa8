/** What every drill is: a name, and a run that starts what it needs, injects one fault and judges. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { createKeys } from "../../src/redis/keys.js";
import { startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";
import { createBotApiEmulator, type BotApiEmulator, type BotApiEmulatorOptions } from "../../src/sandbox/emulator/index.js";
import { beaconEnv, startBeaconProcess, type BeaconProcess } from "./beacon.js";

export interface DrillOptions {
  /** `--short`: the same drill with fewer people (CI). */
  short: boolean;
}

export interface DrillResult {
  figures: string;
  held: boolean;
}

export interface Drill {
  name: string;
  run(options: DrillOptions): Promise<DrillResult>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const crowdSize = (options: DrillOptions, full: number) => (options.short ? Math.max(6, Math.round(full / 4)) : full);

/** The usual stack: one redis-server (appendfsync always), the emulator, Beacon processes polling or on a webhook. */
export interface Stack {
  dir: string;
  redis: EmbeddedRedis;
  client: Redis;
  emulator: BotApiEmulator;
  beacon: BeaconProcess;
  caseExists(caseId: string): Promise<boolean>;
}

/** Builds a stack, runs `body`, and takes everything down again whatever happened. */
export async function withStack<T>(
  name: string,
  body: (stack: Stack) => Promise<T>,
  options: { env?: Record<string, string>; emulator?: BotApiEmulatorOptions } = {},
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), `beacon-drill-${name}-`));
  const redis = await startEmbeddedRedis({ dir: join(dir, "redis"), appendfsync: "always" });
  const client = new Redis(redis.url, { maxRetriesPerRequest: 3, retryStrategy: () => 200 });
  client.on("error", () => undefined);
  const emulator = await createBotApiEmulator(options.emulator ?? {});
  const beacon = startBeaconProcess("beacon", dir, beaconEnv(emulator.apiRoot, { REDIS_URL: redis.url, ...options.env }));
  const keys = createKeys("beacon");
  try {
    await beacon.start();
    return await body({ dir, redis, client, emulator, beacon, caseExists: async (id) => (await client.exists(keys.caseRecord(id))) === 1 });
  } finally {
    await beacon.stop().catch(() => undefined);
    await emulator.close();
    client.disconnect();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
