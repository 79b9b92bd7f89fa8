/** What every drill is: a name, and a run that starts what it needs, injects one fault and judges. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createBotApiEmulator, type BotApiEmulator, type BotApiEmulatorOptions } from "../../src/sandbox/emulator/index.js";
import { beaconEnv, startBeaconProcess, type BeaconProcess } from "./beacon.js";
import { singleRedis, type Topology } from "./topology.js";

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

/** The usual stack: a Redis (one redis-server with appendfsync always unless given), the emulator, one Beacon process. */
export interface Stack<T extends Topology = Topology> {
  dir: string;
  redis: T;
  emulator: BotApiEmulator;
  beacon: BeaconProcess;
  caseExists(caseId: string): Promise<boolean>;
}

/** Builds a stack, runs `body`, and takes everything down again whatever happened. */
export async function withStack<R, T extends Topology = Awaited<ReturnType<typeof singleRedis>>>(
  name: string,
  body: (stack: Stack<T>) => Promise<R>,
  options: { env?: Record<string, string>; emulator?: BotApiEmulatorOptions; topology?: (dir: string) => Promise<T> } = {},
): Promise<R> {
  const dir = mkdtempSync(join(tmpdir(), `beacon-drill-${name}-`));
  const redis = await (options.topology ?? (singleRedis as unknown as (dir: string) => Promise<T>))(dir);
  const emulator = await createBotApiEmulator(options.emulator ?? {});
  const beacon = startBeaconProcess("beacon", dir, beaconEnv(emulator.apiRoot, { ...redis.env, ...options.env }));
  try {
    await beacon.start();
    const caseExists = async (id: string) => (await redis.client.exists(redis.keys.caseRecord(id))) === 1;
    return await body({ dir, redis, emulator, beacon, caseExists });
  } finally {
    const problems = Object.entries(beacon.problems()).map(([m, n]) => `${m} ×${n}`);
    if (problems.length > 0) console.log(`  beacon warnings/errors: ${problems.join("; ").slice(0, 1500)}`);
    await beacon.stop().catch(() => undefined);
    await emulator.close();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
