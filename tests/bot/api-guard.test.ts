import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPersonApiGuard, isSendingMethod } from "../../src/bot/api-guard.js";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { StorageError } from "../../src/errors.js";
import { createLogger } from "../../src/logger.js";
import { startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";
import { createMessageTracker } from "../../src/safety/message-tracker.js";
import { testRedis } from "../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());

const CHAT = 4242424242;
const DESK = -100;
const NOW = 1_700_000_000_000;
const pseudonymize = createPseudonymizer("api-guard-test-secret");
const person = pseudonymize("chat", CHAT);

/** Stands in for Telegram (not our code): records calls and answers each method with a canned result. */
function telegram(results: Record<string, unknown>) {
  const calls: Array<{ method: string; payload: Record<string, unknown> }> = [];
  const prev = async (method: string, payload: Record<string, unknown>) => {
    calls.push({ method, payload });
    return { ok: true, result: results[method] ?? true };
  };
  return { calls, prev };
}

function guard(redis: Redis) {
  const lines: string[] = [];
  const logger = createLogger({ level: "info", destination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }) });
  const tracker = createMessageTracker({ redis, keys: env.keys });
  const transformer = createPersonApiGuard({ isDeskChat: (id) => id === DESK, pseudonymize, tracker, clock: () => NOW });
  void logger;
  const run = (prev: unknown, method: string, payload: object) => (transformer as unknown as (p: unknown, m: string, q: object) => Promise<{ ok: boolean }>)(prev, method, payload);
  return { run, tracker, lines };
}

describe("person API guard: which calls send", () => {
  it("treats every send*, copy and forward as sending, and nothing else", () => {
    for (const m of ["sendMessage", "sendVoice", "sendSticker", "sendMediaGroup", "sendContact", "sendVideo", "sendPoll", "copyMessage", "copyMessages", "forwardMessage", "forwardMessages"]) {
      expect(isSendingMethod(m), m).toBe(true);
    }
    for (const m of ["sendChatAction", "editMessageText", "deleteMessage", "getMe"]) expect(isSendingMethod(m), m).toBe(false);
  });

  it("protects and tracks sendVoice, sendMediaGroup's and copyMessages' arrays, forwardMessages", async () => {
    const { run, tracker } = guard(env.redis);
    const tg = telegram({
      sendVoice: { message_id: 11 },
      sendMediaGroup: [{ message_id: 12 }, { message_id: 13 }],
      copyMessages: [{ message_id: 14 }],
      forwardMessages: [{ message_id: 15 }, { message_id: 16 }],
    });
    await run(tg.prev, "sendVoice", { chat_id: CHAT, voice: "x" });
    await run(tg.prev, "sendMediaGroup", { chat_id: CHAT, media: [] });
    await run(tg.prev, "copyMessages", { chat_id: CHAT, from_chat_id: 1, message_ids: [1] });
    await run(tg.prev, "forwardMessages", { chat_id: CHAT, from_chat_id: 1, message_ids: [1, 2] });
    expect(tg.calls.every((c) => c.payload.protect_content === true)).toBe(true);
    expect((await tracker.list(person, NOW)).sort()).toEqual([11, 12, 13, 14, 15, 16]);
  });

  it("leaves the coordinators' chat alone", async () => {
    const { run, tracker } = guard(env.redis);
    const tg = telegram({ sendVoice: { message_id: 21 } });
    await run(tg.prev, "sendVoice", { chat_id: DESK, voice: "x" });
    expect(tg.calls[0]!.payload.protect_content).toBeUndefined();
    expect(await tracker.list(pseudonymize("chat", DESK), NOW)).toEqual([]);
  });
});
