import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import type { User } from "grammy/types";
import { afterEach, onTestFinished, TestRunner } from "vitest";
import { createApp } from "../../src/app/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { createLogger } from "../../src/logger.js";
import {
  createBotApiEmulator,
  type BotApiEmulator,
  type CallRecord,
  type EmulatedMessage,
  type InjectedFailure,
} from "../../src/sandbox/emulator/index.js";
import { testRedis } from "./redis.js";
import { webhookEnv } from "./webhook.js";

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
  /**
   * Calls the emulator may refuse in this test without failing it, besides
   * those `emulator.failNext` injected (always expected). See `allowRejected`.
   */
  expectRejected?: (call: CallRecord) => boolean;
  /** Receive updates by webhook (on a free port, secret `WEBHOOK_SECRET`) instead of long polling; see `webhookUrl`. */
  webhook?: boolean;
  /** How long the app's `stop()` waits for updates in flight (the app's default unless given). */
  stopTimeoutMs?: number;
}

/** The emulator a harness hands out wraps this one (`failNext` is recorded). */
const RAW_EMULATOR = Symbol("raw emulator");

/**
 * Refusals the bot provokes by design and handles, expected in every test.
 * Keep this list short: each entry hides a class of calls from the strict check.
 */
const EXPECTED_BY_DESIGN: { why: string; test: (call: CallRecord) => boolean }[] = [
  {
    // A replay after a crash (src/transport/replay.ts) offers the question, as an edit, to the
    // few ids past the last one known in the person's chat: the dead run may have sent it there.
    // Ids with nothing there, or the person's own message, refuse the edit; then it is sent. The
    // copy itself answers "not modified" (it shows that very question), which is how it is found.
    why: "a replay looking for the dead run's copy of the question",
    test: (call) =>
      call.method === "editMessageText" &&
      Number(call.params.chat_id) > 0 &&
      call.errorCode === 400 &&
      /message to edit not found|message can't be edited|message is not modified/.test(call.description ?? ""),
  },
  {
    // Two writers refresh a card: the handler of the button just pressed and the
    // dispatcher reading the same change off the stream (or a second instance).
    // Neither can know the other already did; a card without buttons (resolved)
    // renders identically, and Telegram answers the second edit "not modified",
    // which src/bot/telegram-errors.ts (isNotModified) says is done.
    why: "a card refreshed twice",
    test: (call) =>
      (call.method === "editMessageText" || call.method === "editMessageReplyMarkup") &&
      Number(call.params.chat_id) === DESK_CHAT_ID &&
      call.errorCode === 400 &&
      (call.description ?? "").includes("message is not modified"),
  },
];

function describeCall(call: CallRecord): string {
  const { chat_id, message_id, text } = call.params as { chat_id?: unknown; message_id?: unknown; text?: unknown };
  const shown = typeof text === "string" ? ` text(${text.length} units)=${JSON.stringify(text.slice(0, 60))}` : "";
  return `${call.method} → ${call.errorCode} "${call.description}" (chat_id=${String(chat_id)}${message_id === undefined ? "" : ` message_id=${String(message_id)}`}${shown})`;
}

/**
 * The real app (bot, flow, cases, desk) against the local Bot API emulator and
 * the run's private redis-server, with logs captured for leak checks.
 */
export async function startHarness(options: HarnessOptions = {}) {
  const given = options.emulator as (BotApiEmulator & { [RAW_EMULATOR]?: BotApiEmulator }) | undefined;
  const rawEmulator = given?.[RAW_EMULATOR] ?? given ?? (await createBotApiEmulator({ clock: options.clock }));

  // Strict mode: every call the emulator refuses fails the test, unless the test
  // caused it on purpose (an injected failure, or one it declared expected).
  const firstCall = rawEmulator.calls().length;
  let endCall: number | undefined;
  let reportedUpTo = firstCall;
  const injected: { method: string; failure: InjectedFailure; times: number }[] = [];
  const allowed: ((call: CallRecord) => boolean)[] = options.expectRejected ? [options.expectRejected] : [];
  const emulator: BotApiEmulator = Object.create(rawEmulator, {
    [RAW_EMULATOR]: { value: rawEmulator },
    failNext: {
      value(method: string, failure: InjectedFailure, times = 1) {
        injected.push({ method: method.toLowerCase(), failure, times });
        rawEmulator.failNext(method, failure, times);
      },
    },
  }) as BotApiEmulator;

  /** Refused calls of this harness no injection or declaration accounts for, with their index in `calls()`. */
  function unexpectedRejections(): { index: number; call: CallRecord }[] {
    const calls = rawEmulator.calls();
    const left = injected.map((i) => ({ ...i }));
    const out: { index: number; call: CallRecord }[] = [];
    for (let index = firstCall; index < (endCall ?? calls.length); index++) {
      const call = calls[index] as CallRecord;
      if (call.ok) continue;
      const injection = left.find(
        (i) =>
          i.times > 0 &&
          i.method === call.method.toLowerCase() &&
          i.failure.error_code === call.errorCode &&
          (i.failure.description === undefined || i.failure.description === call.description),
      );
      if (injection) {
        injection.times--;
        continue;
      }
      if (allowed.some((p) => p(call)) || EXPECTED_BY_DESIGN.some((e) => e.test(call))) continue;
      out.push({ index, call });
    }
    return out;
  }

  /** Throws when the emulator refused a call not reported yet that the test did not cause on purpose. */
  function assertNoRejectedCalls(): void {
    const fresh = unexpectedRejections().filter((r) => r.index >= reportedUpTo);
    reportedUpTo = endCall ?? rawEmulator.calls().length;
    if (fresh.length === 0) return;
    throw new Error(
      `the Bot API emulator refused ${fresh.length} call(s) the test did not expect ` +
        `(declare deliberate ones with expectRejected / allowRejected):\n` +
        fresh.map((r) => `  ${describeCall(r.call)}`).join("\n"),
    );
  }

  // Each test that uses this harness checks, when it finishes, the calls made up to then.
  const hooked = new WeakSet<object>();
  const hookCurrentTest = (): boolean => {
    const test = TestRunner.getCurrentTest();
    if (!test) return false;
    if (!hooked.has(test)) {
      hooked.add(test);
      onTestFinished(() => assertNoRejectedCalls());
    }
    return true;
  };
  hookCurrentTest();

  const redisHandle = testRedis(options.redisUrl);
  const namespace = options.namespace ?? redisHandle.namespace;
  const webhook = options.webhook ? await webhookEnv() : undefined;
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
    // Only the dashboard tests serve the dashboard (each on a free port).
    DASHBOARD: "off",
    RATE_LIMIT_PER_SECOND: "50",
    RATE_LIMIT_BURST: "50",
    // The emulator enforces no limits unless a test turns them on, so neither does the scheduler;
    // tests of the limits set these (and the emulator's) themselves.
    SEND_GLOBAL_PER_SECOND: "10000",
    SEND_CHAT_PER_SECOND: "10000",
    SEND_CHAT_BURST: "10000",
    SEND_GROUP_PER_MINUTE: "600000",
    ...webhook?.env,
    ...options.env,
  });
  const logger = createLogger({ level: config.logLevel, destination: sink });
  emulator.registerChat({ id: DESK_CHAT_ID, type: "supergroup", title: "Coordinators" });
  const app = createApp({ config, logger, redis: redisHandle.redis, namespace, clock: options.clock, skipRedisCheck: true, stopTimeoutMs: options.stopTimeoutMs });
  await app.start();
  let expected = 0;

  // The bot finishes an update after its last API call, which the emulator cannot see: poll.
  const settle = async (timeoutMs = 15_000) => {
    hookCurrentTest();
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
    /** Where the app takes webhook posts (`webhook: true`); undefined when it polls. */
    webhookUrl: webhook?.url,
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
    /** Declares refusals this test causes on purpose (e.g. a 403 after the person blocked the bot). */
    allowRejected(predicate: (call: CallRecord) => boolean) {
      allowed.push(predicate);
    },
    /** Refused calls so far that nothing declared expected. */
    unexpectedRejections: () => unexpectedRejections().map((r) => r.call),
    /**
     * Fails on a refused call nothing declared expected. Runs by itself when a
     * test that used the harness finishes, and on `stop` for a harness no test
     * was running for (one started in `beforeAll`).
     */
    assertNoRejectedCalls,
    async stop(options: { keepEmulator?: boolean } = {}) {
      try {
        await app.stop();
      } finally {
        endCall = rawEmulator.calls().length;
        if (!options.keepEmulator) await rawEmulator.close();
        await redisHandle.close();
      }
      // Inside a test (or its hooks) the test's own check reports; after all tests, stop does.
      if (!hookCurrentTest()) assertNoRejectedCalls();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
export type Person = ReturnType<Harness["person"]>;

/**
 * For a file whose tests each start their own harness: returns the function
 * that starts one (as `startHarness`) and registers an `afterEach` that stops
 * the one started last.
 */
export function harnessPerTest(): (options?: HarnessOptions) => Promise<Harness> {
  let current: Harness | undefined;
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return async (options) => (current = await startHarness(options));
}

export function randomUserId(): number {
  return 100_000 + randomBytes(3).readUIntBE(0, 3);
}
