/** What the engine is measured against: a bare grammY bot, the cheapest conversations loop, synthetic flows. */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FluentParser, FluentSerializer, Resource } from "@fluent/syntax";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { Bot, session, type Context, type SessionFlavor } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Redis } from "ioredis";
import { stringify } from "yaml";
import { codeKeys } from "../src/i18n/catalog.js";
import { CONCURRENCY, pool, pressUpdate, textUpdate, type Run, type Stub } from "./people.js";

const BARE_MESSAGES = Number(process.env.BENCH_BARE_MESSAGES ?? 27);
export const TOKEN = "1:bench-token-not-real-0000000000";

const BOT_INFO = { id: 1, is_bot: true, first_name: "Bare", username: "bare_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false } as UserFromGetMe;

export async function driveBare(redis: Redis, stub: Stub, chatIds: number[], namespace: string): Promise<Run> {
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
export async function driveConversationsFloor(redis: Redis, stub: Stub, chatIds: number[], namespace: string): Promise<Run> {
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
export function syntheticFlow(root: string, n: number): { flowsDir: string; localesDir: string } {
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

