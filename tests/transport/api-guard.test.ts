import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPersonApiGuard, isSendingMethod } from "../../src/transport/api-guard.js";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { StorageError } from "../../src/errors.js";
import { createLogger } from "../../src/logger.js";
import { startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";
import { createMessageTracker } from "../../src/person/message-tracker.js";
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
  const transformer = createPersonApiGuard({ isDeskChat: (id) => id === DESK, pseudonymize, tracker, clock: () => NOW, logger });
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

describe("person API guard: tracking that fails", () => {
  let own: EmbeddedRedis;
  beforeAll(async () => {
    own = await startEmbeddedRedis({ dir: mkdtempSync(join(tmpdir(), "beacon-guard-")) });
  });
  afterAll(async () => {
    await own.stop();
    rmSync(own.dir, { recursive: true, force: true });
  });

  it("deletes a message Telegram accepted when Redis keeps failing, logging only a code", async () => {
    // Nothing listens there and nothing queues: every command fails at once.
    const down = new Redis("redis://127.0.0.1:1", { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    const { run, lines } = guard(down);
    const tg = telegram({ sendMediaGroup: [{ message_id: 31 }, { message_id: 32 }] });
    await expect(run(tg.prev, "sendMediaGroup", { chat_id: CHAT, media: [], caption: "canary-words" })).rejects.toBeInstanceOf(StorageError);
    expect(tg.calls.filter((c) => c.method === "deleteMessage").map((c) => c.payload)).toEqual([
      { chat_id: CHAT, message_id: 31 },
      { chat_id: CHAT, message_id: 32 },
    ]);
    const line = lines.join("");
    expect(line).toContain("deleted it instead");
    expect(line).not.toMatch(/canary-words|4242424242|Stream isn't writeable/);
    down.disconnect();
  });

  it("tries the track once more before deleting, so a short blip loses nothing", async () => {
    const redis = new Redis(own.url, { commandTimeout: 1_000 });
    const admin = new Redis(own.url);
    await redis.ping();
    const { run } = guard(redis);
    const tg = telegram({ sendMessage: { message_id: 41 } });
    // Writes stall for 1.5 s: the first track times out at 1 s, the second goes through at ~1.5 s
    // (half a second of slack either way for a loaded machine).
    await admin.call("CLIENT", "PAUSE", "1500", "WRITE");
    await run(tg.prev, "sendMessage", { chat_id: CHAT, text: "hi" });
    expect(tg.calls.map((c) => c.method)).toEqual(["sendMessage"]);
    const check = createMessageTracker({ redis: admin, keys: env.keys });
    expect(await check.list(person, NOW)).toEqual([41]);
    await redis.quit();
    await admin.quit();
  });
});
