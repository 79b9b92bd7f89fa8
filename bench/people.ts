/** The simulated people of the benchmark: their updates, and how they are driven through the bot. */
import type { Update } from "grammy/types";
import type { App } from "../src/app/app.js";
import type { createStubApi } from "./stub-api.js";

export const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 300);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 30);
export type Stub = ReturnType<typeof createStubApi>;

let updateId = 1;
const now = () => Math.floor(Date.now() / 1000);
const user = (id: number) => ({ id, is_bot: false, first_name: "P", language_code: "en" });
export const textUpdate = (chatId: number, text: string): Update => ({
  update_id: updateId++,
  message: { message_id: updateId, date: now(), chat: { id: chatId, type: "private", first_name: "P" }, from: user(chatId), text },
});
export const locationUpdate = (chatId: number): Update => ({
  update_id: updateId++,
  message: { message_id: updateId, date: now(), chat: { id: chatId, type: "private", first_name: "P" }, from: user(chatId), location: { latitude: 10.58, longitude: 103.54 } },
});
export const pressUpdate = (chatId: number, messageId: number, data: string): Update => ({
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
export function nextUpdate(stub: Stub, chatId: number): Update | undefined {
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

export async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export interface Run { updates: number; seconds: number; latencies: number[]; completed: number }

export async function driveFlow(app: App, stub: Stub, chatIds: number[], maxUpdates: number, stopAt?: (chatId: number) => boolean): Promise<Run> {
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


/**
 * A surge: `chatIds.length` people arrive spread evenly over `rampSeconds`, each
 * answering every question after a think time of `thinkMs` (±50 %, seeded), all
 * at once rather than `CONCURRENCY` at a time. Latency is from handing the
 * update to the bot to the bot having replied (the stub answers at once).
 */
export async function driveSurge(app: App, stub: Stub, chatIds: number[], rampSeconds: number, thinkMs: number): Promise<Run> {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const latencies: number[] = [];
  let updates = 0;
  let completed = 0;
  const started = performance.now();
  await Promise.all(chatIds.map(async (chatId, i) => {
    await sleep((i / chatIds.length) * rampSeconds * 1000);
    for (let n = 0; n < 60; n++) {
      const update = nextUpdate(stub, chatId);
      if (!update) return;
      const t = performance.now();
      await app.bot.handleUpdate(update);
      latencies.push(performance.now() - t);
      updates++;
      if (update.callback_query?.data?.startsWith("c:")) return void completed++;
      await sleep(thinkMs * (0.5 + random()));
    }
  }));
  return { updates, seconds: (performance.now() - started) / 1000, latencies, completed };
}
