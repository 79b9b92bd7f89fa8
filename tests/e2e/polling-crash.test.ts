import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import type { User } from "grammy/types";
import { afterEach, describe, expect, inject, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { BOT_TOKEN, DESK_CHAT_ID, randomUserId } from "../helpers/harness.js";
import { testRedis } from "../helpers/redis.js";

const root = join(import.meta.dirname, "../..");
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function until(probe: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** One Beacon process polling the emulator; resolves once it started receiving. */
async function startBeacon(emulator: BotApiEmulator, namespace: string): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/processes/polling-app.ts"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      BEACON_TEST_TOKEN: BOT_TOKEN,
      BEACON_TEST_API_ROOT: emulator.apiRoot,
      BEACON_TEST_DESK: String(DESK_CHAT_ID),
      BEACON_TEST_REDIS_URL: inject("redisUrl"),
      BEACON_TEST_NAMESPACE: namespace,
    },
  });
  children.push(child);
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  await until(() => out.includes("test app ready"), 30_000, () => `beacon did not start:\n${out}`);
  return { child, output: () => out };
}

const questions = (emulator: BotApiEmulator, chatId: number) =>
  emulator.messages(chatId).filter((m) => m.from.is_bot && (m.reply_markup?.inline_keyboard.length ?? 0) > 0);

describe("polling: an update in flight at a crash", () => {
  it("is answered after the restart, exactly once (the first process is killed with SIGKILL mid-update)", async () => {
    const emulator = await createBotApiEmulator();
    cleanups.push(() => emulator.close());
    emulator.registerChat({ id: DESK_CHAT_ID, type: "supergroup", title: "Coordinators" });
    const redis = testRedis();
    cleanups.push(() => redis.close());
    const namespace = `t${randomBytes(5).toString("hex")}`;
    const from: User = { id: randomUserId(), is_bot: false, first_name: "Test", language_code: "en" };
    const chat = { id: from.id, type: "private" as const };

    const first = await startBeacon(emulator, namespace);
    // Telegram throttles the reply for a minute: the update is mid-flight when the process dies.
    emulator.failNext("sendMessage", { error_code: 429, retry_after: 60 });
    emulator.sendText(chat, from, "/start");
    await until(() => emulator.calls("sendMessage").some((c) => !c.ok && Number(c.params.chat_id) === chat.id), 15_000, first.output);
    // The runner's next getUpdates confirmed it: Telegram will not send it again.
    await until(() => emulator.pendingUpdates().length === 0, 15_000, first.output);
    first.child.kill("SIGKILL");
    await new Promise((resolve) => first.child.once("exit", resolve));
    expect(questions(emulator, chat.id)).toHaveLength(0);

    const second = await startBeacon(emulator, namespace);
    await until(() => questions(emulator, chat.id).length > 0, 15_000, second.output);
    expect(second.output()).toContain("replaying updates fetched before a restart");

    // Something new after the replay is handled after it, and the replay is not repeated.
    emulator.sendText(chat, from, "hello");
    await until(() => emulator.messages(chat.id).filter((m) => m.from.is_bot).length > 1, 15_000, second.output);
    expect(questions(emulator, chat.id).filter((m) => m.text === questions(emulator, chat.id)[0]?.text)).toHaveLength(1);
    expect(await redis.redis.hlen(`${namespace}:inflight`)).toBe(0);
  }, 60_000);
});
