/** The Redis a drill's Beacon runs on: one server, a three-primary cluster, or a primary, a replica and three sentinels. */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Cluster, Redis } from "ioredis";
import { createKeys, type Keys } from "../../src/redis/keys.js";
import { startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";
import { startSentinelSet, type SentinelSet } from "../../tests/helpers/sentinel.js";

export interface Topology {
  /** What Beacon is given to find it (REDIS_URL, REDIS_CLUSTER_NODES or REDIS_SENTINELS). */
  env: Record<string, string>;
  /** The drill's own client, to look cases up afterwards. */
  client: Redis;
  keys: Keys;
  stop(): Promise<void>;
}

const quietClient = (redis: Redis) => {
  redis.on("error", () => undefined);
  return redis;
};

export async function singleRedis(dir: string): Promise<Topology & { server: EmbeddedRedis }> {
  const server = await startEmbeddedRedis({ dir: join(dir, "redis"), appendfsync: "always" });
  const client = quietClient(new Redis(server.url, { maxRetriesPerRequest: 3, retryStrategy: () => 200 }));
  return { server, env: { REDIS_URL: server.url }, client, keys: createKeys("beacon"), stop: async () => { client.disconnect(); await server.stop(); } };
}

/** Three cluster-mode redis-servers joined by `redis-cli --cluster create` (no replicas). */
export async function redisCluster(dir: string): Promise<Topology & { nodes: EmbeddedRedis[] }> {
  const nodes: EmbeddedRedis[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const nodeDir = join(dir, `node${i}`);
      nodes.push(await startEmbeddedRedis({ dir: nodeDir, appendfsync: "always", extraArgs: ["--cluster-enabled", "yes", "--cluster-config-file", join(nodeDir, "nodes.conf"), "--cluster-node-timeout", "3000"] }));
    }
    await run("redis-cli", ["--cluster", "create", ...nodes.map((n) => `127.0.0.1:${n.port}`), "--cluster-yes"]);
    for (const node of nodes) await clusterOk(node.port);
  } catch (error) {
    await Promise.all(nodes.map((n) => n.stop()));
    throw error;
  }
  const seeds = nodes.map((n) => ({ host: "127.0.0.1", port: n.port }));
  const client = quietClient(new Cluster(seeds, { scaleReads: "master" }) as unknown as Redis);
  return {
    nodes,
    env: { REDIS_CLUSTER_NODES: seeds.map((s) => `${s.host}:${s.port}`).join(",") },
    client,
    keys: createKeys("beacon", { cluster: true }),
    stop: async () => {
      client.disconnect();
      await Promise.all(nodes.map((n) => n.stop()));
    },
  };
}

export async function sentinels(): Promise<Topology & { set: SentinelSet }> {
  const set = await startSentinelSet("beacon");
  const client = quietClient(new Redis({ sentinels: set.sentinels, name: set.name, maxRetriesPerRequest: 3 }));
  return {
    set,
    env: { REDIS_SENTINELS: set.sentinels.map((s) => `${s.host}:${s.port}`).join(","), REDIS_SENTINEL_NAME: set.name },
    client,
    keys: createKeys("beacon"),
    stop: async () => {
      client.disconnect();
      await set.stop();
    },
  };
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`${command} exited with ${code}: ${output.slice(-400)}`))));
  });
}

async function clusterOk(port: number): Promise<void> {
  const redis = new Redis(port, "127.0.0.1");
  try {
    const deadline = Date.now() + 20_000;
    while (!/cluster_state:ok/.test(String(await redis.call("CLUSTER", "INFO")))) {
      if (Date.now() > deadline) throw new Error(`cluster node ${port} never reached cluster_state:ok`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    redis.disconnect();
  }
}
