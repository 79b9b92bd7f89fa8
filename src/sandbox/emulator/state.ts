import type { BotCommand, Update } from "grammy/types";
import { BotApiFailure, badRequest } from "./errors.js";
import type {
  CallbackAnswer,
  CallRecord,
  ChangeEvent,
  EmulatedChat,
  EmulatedMessage,
  InjectedFailure,
} from "./types.js";

export interface WebhookSettings {
  url: string;
  secretToken?: string;
  lastErrorDate?: number;
  lastErrorMessage?: string;
}

export interface CallbackQueryRecord {
  id: string;
  chatId: number;
  messageId: number;
  answered: boolean;
}

/**
 * Everything the emulator remembers, plus the change signal. One instance per
 * emulator; the API methods, the simulated users and the control routes all
 * mutate it through these helpers so every change is announced.
 */
export interface EmulatorState {
  readonly clock: () => number;
  readonly chats: Map<number, EmulatedChat>;
  readonly calls: CallRecord[];
  readonly callbackQueries: Map<string, CallbackQueryRecord>;
  readonly callbackAnswers: CallbackAnswer[];
  readonly commands: Map<string, BotCommand[]>;
  readonly pending: Update[];
  /** Private chats whose person blocked the bot: calls into them get 403. */
  readonly blocked: Set<number>;
  webhook: WebhookSettings | undefined;
  allowedUpdates: string[] | undefined;
  now(): number;
  emit(event: ChangeEvent): void;
  subscribe(listener: (event: ChangeEvent) => void): () => void;
  registerChat(chat: EmulatedChat): EmulatedChat;
  requireChat(chatId: number): EmulatedChat;
  addMessage(chatId: number, fields: Omit<EmulatedMessage, "message_id" | "chat_id" | "date">, messageId?: number): EmulatedMessage;
  findMessage(chatId: number, messageId: number): EmulatedMessage | undefined;
  replaceMessage(message: EmulatedMessage): void;
  deleteMessage(chatId: number, messageId: number): void;
  visibleMessages(chatId: number): EmulatedMessage[];
  deletedIds(chatId: number): number[];
  queueUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): Update;
  nextCallbackQueryId(): string;
  takeInjectedFailure(method: string): BotApiFailure | undefined;
  injectFailure(method: string, failure: InjectedFailure, times: number): void;
  /** Until `untilMs` (clock), a share `ratio` of the calls `matches` accepts fail with `failure`. */
  startStorm(storm: Storm): void;
}

/** Random failures over a time window (a Bot API 5xx storm). */
export interface Storm {
  matches: (method: string) => boolean;
  ratio: number;
  failure: InjectedFailure;
  untilMs: number;
  random: () => number;
}

/** Default kinds Telegram delivers when allowed_updates is not set. */
const OPT_IN_UPDATES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

export function createEmulatorState(clock: () => number): EmulatorState {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const messages = new Map<number, Map<number, EmulatedMessage>>();
  const lastMessageId = new Map<number, number>();
  const deleted = new Map<number, number[]>();
  const failures = new Map<string, { failure: InjectedFailure; remaining: number }[]>();
  let storm: Storm | undefined;
  let nextUpdateId = 1;
  let callbackCounter = 0;

  const state: EmulatorState = {
    clock,
    chats: new Map(),
    calls: [],
    callbackQueries: new Map(),
    callbackAnswers: [],
    commands: new Map(),
    pending: [],
    blocked: new Set(),
    webhook: undefined,
    allowedUpdates: undefined,
    now: () => Math.floor(clock() / 1000),
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    registerChat(chat) {
      const known = state.chats.get(chat.id);
      const merged = { ...known, ...chat };
      state.chats.set(chat.id, merged);
      if (!known) state.emit({ type: "chat", chatId: chat.id });
      return merged;
    },
    requireChat(chatId) {
      const chat = state.chats.get(chatId);
      if (!chat) throw badRequest("chat not found");
      return chat;
    },
    addMessage(chatId, fields, messageId) {
      const id = messageId ?? (lastMessageId.get(chatId) ?? 0) + 1;
      lastMessageId.set(chatId, Math.max(id, lastMessageId.get(chatId) ?? 0));
      const message: EmulatedMessage = { message_id: id, chat_id: chatId, date: state.now(), ...fields };
      let inChat = messages.get(chatId);
      if (!inChat) messages.set(chatId, (inChat = new Map()));
      inChat.set(id, message);
      state.emit({ type: "message", chatId });
      return message;
    },
    findMessage(chatId, messageId) {
      return messages.get(chatId)?.get(messageId);
    },
    replaceMessage(message) {
      messages.get(message.chat_id)?.set(message.message_id, message);
      state.emit({ type: "edit", chatId: message.chat_id });
    },
    deleteMessage(chatId, messageId) {
      if (!messages.get(chatId)?.delete(messageId)) return;
      let ids = deleted.get(chatId);
      if (!ids) deleted.set(chatId, (ids = []));
      ids.push(messageId);
      state.emit({ type: "delete", chatId });
    },
    visibleMessages(chatId) {
      return [...(messages.get(chatId)?.values() ?? [])].sort((a, b) => a.message_id - b.message_id);
    },
    deletedIds(chatId) {
      return [...(deleted.get(chatId) ?? [])];
    },
    queueUpdate(partial) {
      const updateId = partial.update_id ?? nextUpdateId;
      nextUpdateId = Math.max(nextUpdateId, updateId + 1);
      const update = { ...partial, update_id: updateId } as Update;
      if (isAllowed(update, state.allowedUpdates)) {
        state.pending.push(update);
        state.emit({ type: "update", chatId: chatIdOf(update) });
      }
      return update;
    },
    nextCallbackQueryId() {
      callbackCounter += 1;
      return `${4_000_000_000_000 + callbackCounter}`;
    },
    takeInjectedFailure(method) {
      const queue = failures.get(method.toLowerCase());
      const head = queue?.[0];
      if (head) {
        head.remaining -= 1;
        if (head.remaining <= 0) queue?.shift();
      }
      const stormy = !head && storm && clock() < storm.untilMs && storm.matches(method) && storm.random() < storm.ratio;
      const failure = head?.failure ?? (stormy ? storm?.failure : undefined);
      if (!failure) return undefined;
      const description = failure.description ?? defaultDescription(failure);
      return failure.error_code === 429
        ? new BotApiFailure(429, description, { retry_after: failure.retry_after ?? 1 })
        : new BotApiFailure(failure.error_code, description);
    },
    startStorm(next) {
      storm = next;
    },
    injectFailure(method, failure, times) {
      const key = method.toLowerCase();
      const queue = failures.get(key) ?? [];
      queue.push({ failure, remaining: times });
      failures.set(key, queue);
    },
  };
  return state;
}

function defaultDescription(failure: InjectedFailure): string {
  switch (failure.error_code) {
    case 429:
      return `Too Many Requests: retry after ${failure.retry_after ?? 1}`;
    case 400:
      return "Bad Request: injected failure";
    case 403:
      return "Forbidden: bot was blocked by the user";
    case 500:
      return "Internal Server Error";
    case 502:
      return "Bad Gateway";
  }
}

/** The kind of an update: its one field besides update_id. */
export function updateKind(update: Update): string {
  return Object.keys(update).find((k) => k !== "update_id") ?? "unknown";
}

function isAllowed(update: Update, allowed: string[] | undefined): boolean {
  const kind = updateKind(update);
  return allowed && allowed.length > 0 ? allowed.includes(kind) : !OPT_IN_UPDATES.has(kind);
}

function chatIdOf(update: Update): number | undefined {
  const message = update.message ?? update.edited_message ?? update.callback_query?.message;
  return message?.chat.id;
}
