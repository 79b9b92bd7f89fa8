import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { freePort, startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";

export interface SentinelSet {
  primary: EmbeddedRedis;
  replica: EmbeddedRedis;
  sentinels: { host: string; port: number }[];
  name: string;
  stop(): Promise<void>;
}

/** Starts one sentinel (redis-server --sentinel) watching `primaryPort`, ready once it monitors it. */
async function startSentinel(dir: string, name: string, primaryPort: number): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const conf = join(dir, `sentinel-${port}.conf`);
  writeFileSync(
    conf,
    [
      `port ${port}`,
      "bind 127.0.0.1",
      `dir ${dir}`,
      `sentinel monitor ${name} 127.0.0.1 ${primaryPort} 2`,
      `sentinel down-after-milliseconds ${name} 1000`,
      `sentinel failover-timeout ${name} 5000`,
      `sentinel parallel-syncs ${name} 1`,
    ].join("\n"),
  );
  const child = spawn("redis-server", [conf, "--sentinel"], { stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((ready, fail) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error(`sentinel did not start: ${output.slice(-300)}`)), 10_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("+monitor")) {
        clearTimeout(timer);
        ready();
      }
    });
  });
  child.stdout?.resume();
  return { port, child };
}

/** Waits until the replica has synced with its primary. */
async function linkUp(port: number): Promise<void> {
  const redis = new Redis(port, "127.0.0.1");
  try {
    const deadline = Date.now() + 15_000;
    while (!/master_link_status:up/.test(await redis.info("replication"))) {
      if (Date.now() > deadline) throw new Error("the replica did not sync with its primary");
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    redis.disconnect();
  }
}

/** One primary, one replica and three sentinels on free local ports, for failover tests and drills. */
export async function startSentinelSet(name = "beacon"): Promise<SentinelSet> {
  const dir = mkdtempSync(join(tmpdir(), "beacon-sentinel-"));
  const primary = await startEmbeddedRedis({ dir: join(dir, "primary"), appendfsync: "always" });
  const replica = await startEmbeddedRedis({ dir: join(dir, "replica"), appendfsync: "always", extraArgs: ["--replicaof", "127.0.0.1", String(primary.port)] });
  await linkUp(replica.port);
  const started: { port: number; child: ChildProcess }[] = [];
  for (let i = 0; i < 3; i++) started.push(await startSentinel(dir, name, primary.port));
  return {
    primary,
    replica,
    name,
    sentinels: started.map((s) => ({ host: "127.0.0.1", port: s.port })),
    async stop() {
      for (const s of started) s.child.kill("SIGKILL");
      await Promise.all([primary.stop(), replica.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
