import type { User } from "grammy/types";
import { afterEach, describe, expect, it } from "vitest";
import type { BotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { randomUserId, startHarness, type Harness } from "../helpers/harness.js";

// A 429 makes auto-retry wait `retry_after` seconds before sending again: an update
// that is slow to finish, with its reply still to come when stop() is called.
const SLOW = { error_code: 429, retry_after: 1 } as const;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function someone(): { from: User; chat: { id: number; type: "private" } } {
  const from: User = { id: randomUserId(), is_bot: false, first_name: "Test", language_code: "en" };
  return { from, chat: { id: from.id, type: "private" } };
}

/** Waits until the bot's first try at sending into `chatId` was refused: the update is mid-flight. */
async function untilRefused(emulator: BotApiEmulator, chatId: number): Promise<void> {
  await emulator.waitFor(() => emulator.calls("sendMessage").some((c) => !c.ok && Number(c.params.chat_id) === chatId), 10_000);
}

/** Whether the bot's answer to /start (its first question, with buttons) reached the chat. */
const answered = (emulator: BotApiEmulator, chatId: number) =>
  emulator.messages(chatId).some((m) => m.from.is_bot && (m.reply_markup?.inline_keyboard.length ?? 0) > 0);

async function until(probe: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error("until: timed out");
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A person's /start whose reply Telegram throttles: the update is still in flight when this returns. */
async function startSlowUpdate(harness: Harness) {
  const { from, chat } = someone();
  harness.emulator.failNext("sendMessage", SLOW);
  harness.expectUpdates(1);
  harness.emulator.sendText(chat, from, "/start");
  await untilRefused(harness.emulator, chat.id);
  return chat;
}

describe("stop() drains updates in flight", () => {
  it("polling: an update mid-flight is finished and its reply delivered before stop() resolves", async () => {
    const harness = await startHarness();
    cleanups.push(() => harness.stop());
    const chat = await startSlowUpdate(harness);
    const handledBefore = harness.app.handledUpdates();

    const started = Date.now();
    await harness.app.stop();

    expect(answered(harness.emulator, chat.id)).toBe(true);
    expect(harness.app.handledUpdates()).toBe(handledBefore + 1);
    expect(harness.app.inFlightUpdates()).toBe(0);
    expect(Date.now() - started).toBeGreaterThan(500);
    // Its state was saved too: the conversation it started is in Redis.
    expect((await harness.redis.keys(`${harness.namespace}:*`)).length).toBeGreaterThan(0);
    expect(harness.logs.join("")).not.toContain("still in flight");
  });

  it("webhook: stops accepting, then finishes the request it holds", async () => {
    const harness = await startHarness({ webhook: true });
    const url = harness.webhookUrl!;
    cleanups.push(() => harness.stop());
    const chat = await startSlowUpdate(harness);

    await harness.app.stop();

    expect(answered(harness.emulator, chat.id)).toBe(true);
    expect(harness.app.inFlightUpdates()).toBe(0);
    // No longer accepting: a new delivery cannot connect.
    await expect(harness.emulator.postToWebhook({ update_id: 1 } as never, { url })).rejects.toThrow();
  });

  it("gives up at stopTimeoutMs and says so", async () => {
    const harness = await startHarness({ stopTimeoutMs: 200 });
    const { app, emulator, logs: lines } = harness;
    const handledBefore = app.handledUpdates();
    cleanups.push(async () => {
      // Let the abandoned update finish before its Redis and Bot API go away.
      await until(() => app.handledUpdates() > handledBefore, 10_000);
      await harness.stop();
    });
    const { from, chat } = someone();
    emulator.failNext("sendMessage", { error_code: 429, retry_after: 3 });
    emulator.sendText(chat, from, "/start");
    await untilRefused(emulator, chat.id);

    const started = Date.now();
    await app.stop();

    expect(Date.now() - started).toBeLessThan(1500);
    expect(app.inFlightUpdates()).toBe(1);
    expect(answered(emulator, chat.id)).toBe(false);
    expect(lines.join("")).toContain("updates still in flight at the deadline");
  });
});
