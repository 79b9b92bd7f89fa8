import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import type { User } from "grammy/types";
import { createApp, type App } from "../../src/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import { createBotApiEmulator, type BotApiEmulator, type EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { testRedis } from "./redis.js";

export const DESK_CHAT_ID = -1001234567890;
export const COORDINATORS = [7001, 7002];
export const BOT_TOKEN = "123456:TEST-token-for-the-local-emulator";

export interface HarnessOptions {
  env?: Record<string, string>;
  clock?: () => number;
  /** Reuse Redis namespace (restart tests). */
  namespace?: string;
  emulator?: BotApiEmulator;
  /** A Redis other than the run's shared one (e.g. one the test stops and restarts). */
  redisUrl?: string;
}

/**
 * The real app (bot, flow, cases, desk) against the local Bot API emulator and
 * the run's private redis-server, with logs captured for leak checks.
 */
export async function startHarness(options: HarnessOptions = {}) {
  const emulator = options.emulator ?? (await createBotApiEmulator({ clock: options.clock }));
  const redisHandle = testRedis(options.redisUrl);
  const namespace = options.namespace ?? redisHandle.namespace;
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const config: Config = loadConfig({
    NODE_ENV: "test",
    BOT_TOKEN,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    COORDINATOR_CHAT_ID: String(DESK_CHAT_ID),
    COORDINATOR_IDS: COORDINATORS.join(","),
    BEACON_DATA_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
    PSEUDONYM_SECRET: "test-pseudonym-secret-0123456789",
    LOG_LEVEL: "debug",
    RATE_LIMIT_PER_SECOND: "50",
    ...options.env,
  });
  const logger = createLogger({ level: config.logLevel, destination: sink });
  emulator.registerChat({ id: DESK_CHAT_ID, type: "supergroup", title: "Coordinators" });
  const app = createApp({ config, logger, redis: redisHandle.redis, namespace, clock: options.clock, skipRedisCheck: true });
  await app.start();
  let expected = 0;

  // The bot finishes an update after its last API call, which the emulator cannot see: poll.
  const settle = async (timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (app.handledUpdates() < expected) {
      if (Date.now() > deadline) throw new Error(`settle: ${app.handledUpdates()} of ${expected} updates handled after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };

  /** `paceMs`: least time between two actions of this person (a human cannot tap 10 times a second). */
  function person(user: Partial<User> & { id: number }, options: { paceMs?: number } = {}) {
    const from: User = { is_bot: false, first_name: "Test", language_code: "en", ...user };
    const chat = { id: from.id, type: "private" as const };
    let lastAction = 0;
    const act = async <T>(fn: () => T): Promise<T> => {
      const wait = lastAction + (options.paceMs ?? 0) - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastAction = Date.now();
      expected++;
      const result = fn();
      await settle();
      return result;
    };
    const messages = () => emulator.messages(chat.id);
    const botMessages = () => messages().filter((m) => m.from.is_bot);
    const lastQuestion = (): EmulatedMessage | undefined =>
      [...botMessages()].reverse().find((m) => (m.reply_markup?.inline_keyboard.length ?? 0) > 0);
    return {
      from,
      chat,
      messages,
      botMessages,
      lastQuestion,
      lastText: () => botMessages().at(-1)?.text ?? "",
      send: (text: string) => act(() => emulator.sendText(chat, from, text)),
      location: (lat: number, lon: number) => act(() => emulator.sendLocation(chat, from, lat, lon)),
      media: (kind: Parameters<BotApiEmulator["sendMedia"]>[2]) => act(() => emulator.sendMedia(chat, from, kind)),
      press: (messageId: number, data: string) => act(() => emulator.pressButton(chat, from, messageId, data)),
      /** Presses the button of the latest question whose callback data ends with `:<suffix>` (or equals it). */
      tap: async (suffix: string) => {
        const question = lastQuestion();
        const button = question?.reply_markup?.inline_keyboard
          .flat()
          .find((b) => "callback_data" in b && (b.callback_data === suffix || b.callback_data.endsWith(`:${suffix}`)));
        if (!question || !button || !("callback_data" in button)) {
          throw new Error(`no button "${suffix}" on the last question: ${question?.text?.slice(0, 80)} [${question?.reply_markup?.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : "")).join(", ")}]`);
        }
        await act(() => emulator.pressButton(chat, from, question.message_id, button.callback_data));
      },
    };
  }

  function coordinator(id: number, name = `Coordinator ${id}`) {
    const from: User = { id, is_bot: false, first_name: name, language_code: "en" };
    const chat = { id: DESK_CHAT_ID, type: "supergroup" as const };
    const act = async <T>(fn: () => T): Promise<T> => {
      expected++;
      const result = fn();
      await settle();
      return result;
    };
    return {
      from,
      send: (text: string, replyToMessageId?: number) => act(() => emulator.sendText(chat, from, text, { replyToMessageId })),
      press: (messageId: number, data: string) => act(() => emulator.pressButton(chat, from, messageId, data)),
      /** Press without waiting (for races). */
      pressRaw: (messageId: number, data: string) => {
        expected++;
        return emulator.pressButton(chat, from, messageId, data);
      },
    };
  }

  return {
    emulator,
    app,
    config,
    namespace,
    redis: redisHandle.redis,
    keys: app.keys,
    logs: logLines,
    settle,
    person,
    coordinator,
    deskMessages: () => emulator.messages(DESK_CHAT_ID),
    /** Counts an update pushed outside the helpers, so `settle` waits for it. */
    expectUpdates: (n: number) => {
      expected += n;
    },
    async stop(options: { keepEmulator?: boolean } = {}) {
      await app.stop();
      if (!options.keepEmulator) await emulator.close();
      await redisHandle.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

export function randomUserId(): number {
  return 100_000 + randomBytes(3).readUIntBE(0, 3);
}
