import type { Server } from "node:http";
import type { Update } from "grammy/types";
import { createControlRoutes } from "./control.js";
import { createDispatch } from "./dispatch.js";
import { createLimiter, isLimitedMethod, type LimitStats, type RateLimits } from "./limits.js";
import { createPoller } from "./poller.js";
import { startServer, type ExtraRoutes } from "./server.js";
import { createEmulatorState } from "./state.js";
import type {
  CallbackAnswer,
  CallRecord,
  ChangeEvent,
  EmulatedChat,
  EmulatedMessage,
  InjectedFailure,
  MediaKind,
} from "./types.js";
import { createSimulatedUsers, type ChatRef, type SimulatedUsers } from "./users.js";
import { waitFor } from "./wait.js";
import { createWebhookDelivery, type WebhookDeliveryOptions } from "./webhook.js";

export type { CallbackAnswer, CallRecord, ChangeEvent, ChatRef, EmulatedChat, EmulatedMessage, ExtraRoutes, InjectedFailure, LimitStats, MediaKind, RateLimits };
export { isLimitedMethod, TELEGRAM_RATE_LIMITS } from "./limits.js";
export { BotApiFailure, EmulatorMisuseError } from "./errors.js";
export { EmulatorTimeoutError } from "./wait.js";

export interface BotApiEmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Milliseconds since the epoch; message dates and the 48 h delete rule use it. */
  clock?: () => number;
  /** Username getMe reports (default `beacon_test_bot`). */
  botUsername?: string;
  /** Extra routes on the same port (the sandbox page); return true when handled. */
  extraRoutes?: ExtraRoutes;
  /**
   * Telegram's flood limits on the message methods (send*, copy*, forward*,
   * editMessage*, deleteMessage*): `true` for Telegram's figures
   * (TELEGRAM_RATE_LIMITS), or some of them overridden. Off by default.
   * The buckets run on `clock`.
   */
  limits?: boolean | Partial<RateLimits>;
  /** Webhook delivery: connections in parallel and tries per update (default: 1 connection, 4 quick tries). */
  webhook?: WebhookDeliveryOptions;
}

/**
 * A local stand-in for the Telegram Bot API that grammY and @grammyjs/runner
 * talk to unchanged, validating calls with Telegram's own error texts.
 */
export interface BotApiEmulator extends SimulatedUsers {
  /** Pass as `client.apiRoot`; e.g. `http://127.0.0.1:PORT`. */
  readonly apiRoot: string;
  readonly port: number;
  close(): Promise<void>;

  /** Makes a chat known without anyone writing in it (e.g. the coordinators' group). */
  registerChat(chat: EmulatedChat): void;
  /** The person blocks (true) or unblocks the bot: calls into their chat answer 403 "Forbidden: bot was blocked by the user". */
  setBlocked(userId: number, blocked: boolean): void;

  /** Messages currently visible in the chat, oldest first (copies). */
  messages(chatId: number): EmulatedMessage[];
  /** Ids deleted from the chat, in deletion order. */
  deleted(chatId: number): number[];
  calls(method?: string): CallRecord[];
  callbackAnswers(): CallbackAnswer[];
  chats(): EmulatedChat[];
  /** Updates queued and not yet confirmed or delivered. */
  pendingUpdates(): Update[];
  waitFor<T>(probe: () => T | undefined | false | null, timeoutMs?: number): Promise<T>;

  /** The next `times` calls of `method` fail with this error instead of running. */
  failNext(method: string, failure: InjectedFailure, times?: number): void;
  /**
   * For `seconds` from now, a share `ratio` (0..1) of the message methods
   * (send*, copy*, forward*, edit*, delete*) fail with `failure` (e.g. 502),
   * at random (seeded): a Bot API 5xx storm.
   */
  storm(options: { ratio: number; seconds: number; failure: InjectedFailure; seed?: number }): void;
  /**
   * Switches the flood limits on (`true`: Telegram's figures; an object: some
   * overridden) or off (`false`). Buckets start full; the stats are kept.
   */
  setLimits(limits: boolean | Partial<RateLimits>): void;
  /** 429s by method, calls into closed buckets and the span of limited calls since the emulator started. */
  limitStats(): LimitStats;
  /** Called after every change (message, edit, call, ...); returns the unsubscriber. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
  /** POSTs an update to the webhook with the given secret (null: header absent); resolves with the HTTP status. */
  postToWebhook(update: Update, options?: { secret?: string | null; url?: string }): Promise<number>;
}

export async function createBotApiEmulator(options: BotApiEmulatorOptions = {}): Promise<BotApiEmulator> {
  const state = createEmulatorState(options.clock ?? Date.now);
  const botUsername = options.botUsername ?? "beacon_test_bot";
  const poller = createPoller(state);
  const users = createSimulatedUsers(state);
  // The webhook executes reply bodies through dispatch, and dispatch serves the webhook methods.
  let botToken = "0:webhook";
  const limiter = createLimiter(state.clock, options.limits ?? false);
  const dispatch = createDispatch(state, poller, () => webhook, botUsername, limiter);
  const webhook = createWebhookDelivery(state, async (body) => {
    const { method, ...params } = body;
    await dispatch(botToken, String(method), params, new AbortController().signal);
  }, options.webhook);
  const trackingDispatch: typeof dispatch = (token, method, params, signal) => {
    botToken = token;
    return dispatch(token, method, params, signal);
  };
  const { server, port } = await startServer({
    port: options.port ?? 0,
    dispatch: trackingDispatch,
    control: createControlRoutes(state, users),
    ...(options.extraRoutes ? { extraRoutes: options.extraRoutes } : {}),
  });

  const copy = <T>(value: T): T => structuredClone(value);
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    port,
    close: () => closeServer(server, () => {
      webhook.stop();
      poller.releaseAll();
    }),
    registerChat: (chat) => void state.registerChat(chat),
    setBlocked: (userId, blocked) => void (blocked ? state.blocked.add(userId) : state.blocked.delete(userId)),
    sendText: users.sendText,
    sendLocation: users.sendLocation,
    sendMedia: users.sendMedia,
    editText: users.editText,
    pressButton: users.pressButton,
    pushUpdate: users.pushUpdate,
    messages: (chatId) => copy(state.visibleMessages(chatId)),
    deleted: (chatId) => state.deletedIds(chatId),
    calls: (method) => copy(method ? state.calls.filter((c) => c.method.toLowerCase() === method.toLowerCase()) : state.calls),
    callbackAnswers: () => copy(state.callbackAnswers),
    chats: () => copy([...state.chats.values()]),
    pendingUpdates: () => copy(state.pending),
    waitFor: (probe, timeoutMs = 5000) => waitFor(state, probe, timeoutMs),
    failNext: (method, failure, times = 1) => state.injectFailure(method, failure, times),
    storm: ({ ratio, seconds, failure, seed = 1 }) =>
      state.startStorm({ matches: isLimitedMethod, ratio, failure, untilMs: state.clock() + seconds * 1000, random: seeded(seed) }),
    setLimits: (limits) => limiter.set(limits),
    limitStats: () => limiter.stats(),
    onChange: (listener) => state.subscribe(listener),
    postToWebhook: (update, opts) => webhook.postToWebhook(update, opts),
  };
}

/** mulberry32: a storm with the same seed fails the same calls. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function closeServer(server: Server, beforeClose: () => void): Promise<void> {
  beforeClose();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Long polls, SSE streams and keep-alive sockets would otherwise hold close() open.
    server.closeAllConnections();
  });
}
