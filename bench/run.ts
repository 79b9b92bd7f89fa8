/**
 * `npm run bench`: drives the real bot with many simulated people at once,
 * against a private redis-server and an in-process Bot API stub, and prints a
 * table and, as its last line, one JSON object with the figures.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { createApp } from "../src/app/app.js";
import { loadConfig } from "../src/config.js";
import { createPseudonymizer } from "../src/crypto/box.js";
import { createLogger } from "../src/logger.js";
import { startEmbeddedRedis } from "../src/redis/embedded.js";
import { createStubApi } from "./stub-api.js";
import { benchDashboardQueue } from "./dashboard.js";
import { driveBare, driveConversationsFloor, syntheticFlow, TOKEN } from "./baselines.js";
import { footprint, footprintRows } from "./footprint.js";
import { CONCURRENCY, driveFlow, driveSurge, nextUpdate, PEOPLE, percentile, type Run } from "./people.js";

const SECRET = "bench-pseudonym-secret-0123456789";

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "beacon-bench-"));
  const redisServer = await startEmbeddedRedis({ dir: join(dir, "redis"), appendfsync: "everysec" });
  const redis = new Redis(redisServer.url, { enableAutoPipelining: true });
  const logger = createLogger({ level: "silent" });
  const env = (extra: Record<string, string>) =>
    loadConfig({
      NODE_ENV: "test",
      BOT_TOKEN: TOKEN,
      DASHBOARD: "off",
      COORDINATOR_CHAT_ID: "-1000000000001",
      COORDINATOR_IDS: "42",
      BEACON_DATA_KEYS: `k1:${Buffer.alloc(32, 3).toString("base64")}`,
      PSEUDONYM_SECRET: SECRET,
      RATE_LIMIT_PER_SECOND: "100000",
      // The stub is the fast API: Telegram's send limits would measure the scheduler's waits, not CPU.
      SEND_GLOBAL_PER_SECOND: "1000000",
      SEND_CHAT_PER_SECOND: "1000000",
      SEND_CHAT_BURST: "1000000",
      SEND_GROUP_PER_MINUTE: "1000000",
      LOG_LEVEL: "silent",
      ...extra,
    });
  const makeApp = async (namespace: string, extra: Record<string, string> = {}) => {
    const stub = createStubApi();
    const app = createApp({ config: env(extra), logger, redis, namespace, fetch: stub.fetch, skipRedisCheck: true });
    await app.start({ receive: false });
    return { app, stub };
  };
  const ids = (base: number) => Array.from({ length: PEOPLE }, (_, i) => base + i);

  try {
    // Warm-up, so JIT and connections are equal for both sides.
    {
      const { app, stub } = await makeApp("warm");
      await driveFlow(app, stub, ids(9_000_000).slice(0, 10), 40);
      await app.stop();
      await driveBare(redis, createStubApi(), ids(9_100_000).slice(0, 10), "warmbare");
      await driveConversationsFloor(redis, createStubApi(), ids(9_200_000).slice(0, 10), "warmfloor");
    }

    if (process.env.BENCH_ONLY === "dashboard") {
      const queue = await benchDashboardQueue(redis, env({}));
      console.log(`dashboard queue page, ${queue.cases} open cases: ${queue.coldMs} ms first, ${queue.warmMs} ms after (target < 200 ms)`);
      console.log(JSON.stringify({ dashboard_queue_cases: queue.cases, dashboard_queue_cold_ms: queue.coldMs, dashboard_queue_ms: queue.warmMs }));
      return;
    }
    if (process.env.BENCH_RAMP_SECONDS) {
      // BENCH_PEOPLE=2000 BENCH_RAMP_SECONDS=10: the surge of the issue, through the fast API.
      const { app, stub } = await makeApp("surge");
      const surge = await driveSurge(app, stub, ids(7_000_000), Number(process.env.BENCH_RAMP_SECONDS), Number(process.env.BENCH_THINK_MS ?? 2000));
      await app.stop();
      const seconds = surge.latencies.length ? { p50_ms: percentile(surge.latencies, 50), p99_ms: percentile(surge.latencies, 99), max_ms: percentile(surge.latencies, 100) } : {};
      console.log(JSON.stringify({ surge_people: PEOPLE, filed: surge.completed, updates: surge.updates, seconds: Number(surge.seconds.toFixed(1)), ...Object.fromEntries(Object.entries(seconds).map(([k, v]) => [k, Number(v.toFixed(1))])) }));
      return;
    }
    const { app: flowApp, stub: flowStub } = await makeApp("flow");
    if (process.env.BENCH_COMMANDS) await redis.config("RESETSTAT");
    const callsBefore = flowStub.calls();
    const flow = await driveFlow(flowApp, flowStub, ids(1_000_000), 60);
    if (process.env.BENCH_COMMANDS) {
      const stats = (await redis.info("commandstats")).split("\n").filter((l) => l.startsWith("cmdstat_")).map((l) => [l.split(":")[0]!.slice(8), Number(/calls=(\d+)/.exec(l)?.[1] ?? 0) / flow.updates] as const);
      console.log("redis commands per update:", stats.filter(([, n]) => n > 0.01).map(([c, n]) => `${c}=${n.toFixed(2)}`).join(" "), "| api calls per update:", ((flowStub.calls() - callsBefore) / flow.updates).toFixed(2));
    }
    await flowApp.stop();
    // Everything the filed people left (case records, stream entries, 24 h update markers), per person.
    const filed = await footprint(redis, "flow");
    if (process.env.BENCH_ONLY === "flowonly") {
      for (const row of footprintRows(filed, Math.max(1, flow.completed))) console.log(row);
      console.log(JSON.stringify({ flow_updates_per_s: Math.round(flow.updates / flow.seconds), redis_bytes_per_filed_person: Math.round(filed.totalBytes / Math.max(1, flow.completed)) }));
      return;
    }
    const bare = await driveBare(redis, createStubApi(), ids(2_000_000), "bare");
    const floor = await driveConversationsFloor(redis, createStubApi(), ids(6_000_000), "floor");
    if (process.env.BENCH_ONLY === "flow") {
      console.log(JSON.stringify({ flow_updates_per_s: Math.round(flow.updates / flow.seconds), bare_updates_per_s: Math.round(bare.updates / bare.seconds), conversations_floor_updates_per_s: Math.round(floor.updates / floor.seconds) }));
      return;
    }

    const root = join(dir, "synthetic");
    const long = syntheticFlow(root, 40);
    const short = syntheticFlow(root, 5);
    const { app: longApp, stub: longStub } = await makeApp("long", { FLOWS_DIR: long.flowsDir, LOCALES_DIR: long.localesDir });
    const longRun = await driveFlow(longApp, longStub, ids(3_000_000), 45);
    const { app: shortApp, stub: shortStub } = await makeApp("short", { FLOWS_DIR: short.flowsDir, LOCALES_DIR: short.localesDir });
    // Same number of updates per person as the long flow: short conversations are restarted.
    const shortRun = await driveFlow(shortApp, shortStub, ids(4_000_000), 45);

    // One person paused at question 20 of the 40-question flow.
    const pausedChat = 5_000_000;
    for (let i = 0; i < 20; i++) await longApp.bot.handleUpdate(nextUpdate(longStub, pausedChat)!);
    const person = createPseudonymizer(SECRET)("chat", pausedChat);
    let personBytes = 0;
    let transientBytes = 0;
    const keys = await redis.keys(`long:*`);
    // The person's update markers are one hash in their slot (`long:upd:{p}`), counted apart: they expire a day after.
    const markers = `long:upd:{${person}}`;
    for (const key of keys) {
      const bytes = Number(await redis.memory("USAGE", key)) || 0;
      if (key === markers) transientBytes += bytes;
      else if (key.includes(`{${person}}`)) personBytes += bytes;
    }
    await longApp.stop();
    await shortApp.stop();
    const queue = await benchDashboardQueue(redis, env({}));

    const rate = (r: Run) => r.updates / r.seconds;
    const result = {
      people: PEOPLE,
      concurrency: CONCURRENCY,
      flow_updates_per_s: Math.round(rate(flow)),
      bare_updates_per_s: Math.round(rate(bare)),
      engine_vs_bare: Number((rate(flow) / rate(bare)).toFixed(3)),
      conversations_floor_updates_per_s: Math.round(rate(floor)),
      floor_vs_bare: Number((rate(floor) / rate(bare)).toFixed(3)),
      engine_vs_floor: Number((rate(flow) / rate(floor)).toFixed(3)),
      long_vs_short: Number((rate(longRun) / rate(shortRun)).toFixed(3)),
      redis_bytes_per_conversation: personBytes,
      redis_bytes_per_filed_person: Math.round(filed.totalBytes / Math.max(1, flow.completed)),
      redis_bytes_dedupe_markers_20_updates: transientBytes,
      p99_ms: Number(percentile(flow.latencies, 99).toFixed(2)),
      p50_ms: Number(percentile(flow.latencies, 50).toFixed(2)),
      triages_completed: flow.completed,
      dashboard_queue_cases: queue.cases,
      dashboard_queue_cold_ms: queue.coldMs,
      dashboard_queue_ms: queue.warmMs,
    };
    const rows: Array<[string, string, string]> = [
      ["full triage flow", `${result.flow_updates_per_s} updates/s`, `${flow.updates} updates, ${flow.completed}/${PEOPLE} triages filed`],
      ["bare grammY + Redis session", `${result.bare_updates_per_s} updates/s`, `${bare.updates} updates`],
      ["engine vs bare", `${result.engine_vs_bare}`, "target ≥ 0.5"],
      ["conversations floor (see source)", `${result.conversations_floor_updates_per_s} updates/s`, `${floor.updates} updates; floor vs bare ${result.floor_vs_bare}`],
      ["engine vs conversations floor", `${result.engine_vs_floor}`, "what the engine, safety and desk add to the plugin's own cost"],
      ["40-question flow", `${Math.round(rate(longRun))} updates/s`, `${longRun.updates} updates`],
      ["5-question flow", `${Math.round(rate(shortRun))} updates/s`, `${shortRun.updates} updates`],
      ["long vs short", `${result.long_vs_short}`, "target ≥ 0.8"],
      ["Redis bytes, paused at Q20/40", `${personBytes}`, "target ≤ 4096 (MEMORY USAGE of the person's keys)"],
      ["Redis bytes per filed person", `${result.redis_bytes_per_filed_person}`, "target ≤ 4096 (every key of the run ÷ people filed)"],
      ["+ dedupe markers of those 20 updates", `${transientBytes}`, "expire after 24 h"],
      ["p50 / p99 per update (flow)", `${result.p50_ms} / ${result.p99_ms} ms`, `${CONCURRENCY} people at once`],
      ["dashboard queue page", `${queue.warmMs} ms`, `${queue.cases} open cases, over HTTP, signed in; first load ${queue.coldMs} ms; target < 200 ms`],
    ];
    console.log("\nBeacon benchmark (real bot code, private redis-server, in-process Bot API stub)\n");
    for (const [a, b, c] of rows) console.log(`${a.padEnd(38)} ${b.padEnd(20)} ${c}`);
    console.log("\nRedis per filed person, by key kind:");
    for (const row of footprintRows(filed, Math.max(1, flow.completed))) console.log(row);
    console.log(JSON.stringify(result));
  } finally {
    await redis.quit();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

