/**
 * `npm run bench`: drives the real bot with many simulated people at once,
 * against a private redis-server and an in-process Bot API stub, and prints a
 * table and, as its last line, one JSON object with the figures.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FluentParser, FluentSerializer, Resource } from "@fluent/syntax";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { Bot, session, type Context, type SessionFlavor } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { Redis } from "ioredis";
import { stringify } from "yaml";
import { createApp, type App } from "../src/app/app.js";
import { loadConfig } from "../src/config.js";
import { createPseudonymizer } from "../src/crypto/box.js";
import { codeKeys } from "../src/i18n/catalog.js";
import { createLogger } from "../src/logger.js";
import { startEmbeddedRedis } from "../src/redis/embedded.js";
import { createStubApi } from "./stub-api.js";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 30);
const BARE_MESSAGES = Number(process.env.BENCH_BARE_MESSAGES ?? 27);
const TOKEN = "1:bench-token-not-real-0000000000";
const SECRET = "bench-pseudonym-secret-0123456789";

const BOT_INFO = { id: 1, is_bot: true, first_name: "Bare", username: "bare_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as UserFromGetMe;

let updateId = 1;
const now = () => Math.floor(Date.now() / 1000);
const user = (id: number) => ({ id, is_bot: false, first_name: "P", language_code: "en" });
const textUpdate = (chatId: number, text: string): Update => ({
  update_id: updateId++,
  message: { message_id: updateId, date: now(), chat: { id: chatId, type: "private", first_name: "P" }, from: user(chatId), text },
});
const locationUpdate = (chatId: number): Update => ({
  update_id: updateId++,
  message: { message_id: updateId, date: now(), chat: { id: chatId, type: "private", first_name: "P" }, from: user(chatId), location: { latitude: 10.58, longitude: 103.54 } },
});
const pressUpdate = (chatId: number, messageId: number, data: string): Update => ({
  update_id: updateId++,
  callback_query: {
    id: String(updateId),
    from: user(chatId),
    chat_instance: "x",
    data,
    message: { message_id: messageId, date: now(), chat: { id: chatId, type: "private", first_name: "P" }, text: "q" },
  },
});

const toggled = new Set<string>();

/** Answers whatever the bot asks, along the path an urgent report takes. */
function nextUpdate(stub: ReturnType<typeof createStubApi>, chatId: number): Update | undefined {
  const q = stub.question(chatId);
  if (!q) return textUpdate(chatId, "/start");
  const [kind, node] = (q.data[0] ?? "").split(":");
  if (kind === "c") return pressUpdate(chatId, q.messageId, `c:${node}:ok`);
  if (kind === "m") {
    const key = `${chatId}:${q.messageId}`;
    if (toggled.has(key)) return pressUpdate(chatId, q.messageId, `m:${node}:_done`);
    toggled.add(key);
    return pressUpdate(chatId, q.messageId, q.data.find((d) => !d.endsWith(":_done"))!);
  }
  if (node === "location") return locationUpdate(chatId);
  if (node === "surroundings" || node === "notes") return textUpdate(chatId, "a tall building with guards");
  if (node === "amount" || node === "others") return textUpdate(chatId, "5");
  return pressUpdate(chatId, q.messageId, q.data[0]!);
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

interface Run { updates: number; seconds: number; latencies: number[]; completed: number }

async function driveFlow(app: App, stub: ReturnType<typeof createStubApi>, chatIds: number[], maxUpdates: number, stopAt?: (chatId: number) => boolean): Promise<Run> {
  const latencies: number[] = [];
  let updates = 0;
  let completed = 0;
  const started = performance.now();
  await pool(chatIds, CONCURRENCY, async (chatId) => {
    for (let i = 0; i < maxUpdates; i++) {
      if (stopAt?.(chatId)) return;
      const update = nextUpdate(stub, chatId);
      if (!update) return;
      if (process.env.BENCH_TRACE && chatId === chatIds[0]) console.log("→", update.callback_query?.data ?? update.message?.text ?? "location", "| q:", stub.question(chatId)?.data.slice(0, 3).join(" "));
      const t = performance.now();
      await app.bot.handleUpdate(update);
      latencies.push(performance.now() - t);
      updates++;
      const q = stub.question(chatId);
      if (q && update.callback_query?.data?.startsWith("c:")) {
        completed++;
        return;
      }
    }
  });
  return { updates, seconds: (performance.now() - started) / 1000, latencies, completed };
}

async function driveBare(redis: Redis, stub: ReturnType<typeof createStubApi>, chatIds: number[], namespace: string): Promise<Run> {
  type C = Context & SessionFlavor<{ count: number }>;
  const bot = new Bot<C>(TOKEN, { client: { fetch: stub.fetch }, botInfo: BOT_INFO });
  bot.use(session({ initial: () => ({ count: 0 }), storage: new RedisAdapter<{ count: number }>({ instance: redis }), getSessionKey: (ctx) => `${namespace}:s:${ctx.chatId}` }));
  bot.on("message", async (ctx) => {
    ctx.session.count++;
    await ctx.reply(`ok ${ctx.session.count}`);
  });
  await bot.init();
  return driveFixed(chatIds, (chatId) => bot.handleUpdate(textUpdate(chatId, "hello")));
}

/** Each person sends BARE_MESSAGES updates built by `send`, CONCURRENCY people at a time. */
async function driveFixed(chatIds: number[], send: (chatId: number) => Promise<void>): Promise<Run> {
  const latencies: number[] = [];
  let updates = 0;
  const started = performance.now();
  await pool(chatIds, CONCURRENCY, async (chatId) => {
    for (let i = 0; i < BARE_MESSAGES; i++) {
      const t = performance.now();
      await send(chatId);
      latencies.push(performance.now() - t);
      updates++;
    }
  });
  return { updates, seconds: (performance.now() - started) / 1000, latencies, completed: chatIds.length };
}

/**
 * The cheapest correct use of @grammyjs/conversations we know, measured so the
 * engine's figure can be read against it: the same bounded loop as the flow
 * runner (checkpoint, show, wait, handle, rewind), two API calls per answer
 * like a button answer in the triage (answer the press, edit the question),
 * Redis storage, and nothing else: no engine, no encryption, no safety.
 */
async function driveConversationsFloor(redis: Redis, stub: ReturnType<typeof createStubApi>, chatIds: number[], namespace: string): Promise<Run> {
  type C = ConversationFlavor<Context>;
  const bot = new Bot<C>(TOKEN, { client: { fetch: stub.fetch }, botInfo: BOT_INFO });
  const keyboard = { inline_keyboard: [[{ text: "Yes", callback_data: "c:q:yes" }, { text: "No", callback_data: "c:q:no" }]] };
  bot.use(conversations({ storage: { type: "key", adapter: new RedisAdapter({ instance: redis }), prefix: `${namespace}:conv:` } }));
  bot.use(
    createConversation(async (conversation: Conversation<C, C>) => {
      const top = conversation.checkpoint();
      await conversation.external((outer) => outer.api.sendMessage(outer.chatId!, "Question?", { reply_markup: keyboard }));
      const answer = await conversation.waitFor("callback_query:data");
      await conversation.external(async (outer) => {
        await outer.answerCallbackQuery();
        await outer.editMessageText(`Answer: ${answer.callbackQuery.data}`, { reply_markup: keyboard });
      });
      await conversation.rewind(top);
    }, "loop"),
  );
  bot.on("message", (ctx) => ctx.conversation.enter("loop"));
  await bot.init();
  for (const chatId of chatIds) await bot.handleUpdate(textUpdate(chatId, "hello"));
  return driveFixed(chatIds, (chatId) => bot.handleUpdate(pressUpdate(chatId, stub.question(chatId)!.messageId, "c:q:yes")));
}

/** A flow of `n` two-option questions with locales holding only what code needs plus its keys. */
function syntheticFlow(root: string, n: number): { flowsDir: string; localesDir: string } {
  const flowsDir = join(root, `flows-${n}`);
  const localesDir = join(root, `locales-${n}`);
  mkdirSync(flowsDir, { recursive: true });
  mkdirSync(localesDir, { recursive: true });
  const nodes: Record<string, unknown> = {};
  for (let i = 1; i <= n; i++) {
    nodes[`q${i}`] = { type: "choice", ask: "q-synthetic", options: [{ id: "a", label: "opt-a" }, { id: "b", label: "opt-b" }], next: i < n ? `q${i + 1}` : "done" };
  }
  nodes.done = { type: "end", ask: "end-synthetic" };
  writeFileSync(join(flowsDir, "triage.yaml"), stringify({ specVersion: 1, id: "triage", start: "q1", scoring: { priority: { critical: [], high: [] }, indicators: {} }, nodes }));
  const en = new FluentParser().parse(readFileSync("locales/en.ftl", "utf8"));
  const kept = en.body.filter((entry) => "id" in entry && (entry as { id: { name: string } }).id.name in codeKeys);
  const source = `# review: maintainer-written\n${new FluentSerializer().serialize(new Resource(kept))}\nq-synthetic = Question?\nopt-a = A\nopt-b = B\nend-synthetic = Thanks.\n`;
  writeFileSync(join(localesDir, "en.ftl"), source);
  return { flowsDir, localesDir };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "beacon-bench-"));
  const redisServer = await startEmbeddedRedis({ dir: join(dir, "redis"), appendfsync: "everysec" });
  const redis = new Redis(redisServer.url, { enableAutoPipelining: true });
  const logger = createLogger({ level: "silent" });
  const env = (extra: Record<string, string>) =>
    loadConfig({
      NODE_ENV: "test",
      BOT_TOKEN: "1:bench-token-not-real-0000000000",
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

    const { app: flowApp, stub: flowStub } = await makeApp("flow");
    if (process.env.BENCH_COMMANDS) await redis.config("RESETSTAT");
    const callsBefore = flowStub.calls();
    const flow = await driveFlow(flowApp, flowStub, ids(1_000_000), 60);
    if (process.env.BENCH_COMMANDS) {
      const stats = (await redis.info("commandstats")).split("\n").filter((l) => l.startsWith("cmdstat_")).map((l) => [l.split(":")[0]!.slice(8), Number(/calls=(\d+)/.exec(l)?.[1] ?? 0) / flow.updates] as const);
      console.log("redis commands per update:", stats.filter(([, n]) => n > 0.01).map(([c, n]) => `${c}=${n.toFixed(2)}`).join(" "), "| api calls per update:", ((flowStub.calls() - callsBefore) / flow.updates).toFixed(2));
    }
    await flowApp.stop();
    if (process.env.BENCH_ONLY === "flowonly") {
      console.log(JSON.stringify({ flow_updates_per_s: Math.round(flow.updates / flow.seconds) }));
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
    for (const key of keys) {
      const bytes = Number(await redis.memory("USAGE", key)) || 0;
      if (key.includes(`{${person}}`)) personBytes += bytes;
    }
    const updKeys = keys.filter((k) => k.startsWith("long:upd:"));
    for (const key of updKeys.slice(0, 21)) transientBytes += Number(await redis.memory("USAGE", key)) || 0;
    await longApp.stop();
    await shortApp.stop();

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
      redis_bytes_dedupe_markers_20_updates: transientBytes,
      p99_ms: Number(percentile(flow.latencies, 99).toFixed(2)),
      p50_ms: Number(percentile(flow.latencies, 50).toFixed(2)),
      triages_completed: flow.completed,
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
      ["+ dedupe markers of those 20 updates", `${transientBytes}`, "expire after 24 h"],
      ["p50 / p99 per update (flow)", `${result.p50_ms} / ${result.p99_ms} ms`, `${CONCURRENCY} people at once`],
    ];
    console.log("\nBeacon benchmark (real bot code, private redis-server, in-process Bot API stub)\n");
    for (const [a, b, c] of rows) console.log(`${a.padEnd(38)} ${b.padEnd(20)} ${c}`);
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
