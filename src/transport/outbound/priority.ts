import { AsyncLocalStorage } from "node:async_hooks";
import { OutboundPriorityError } from "./errors.js";

/** Lower leaves first. */
export type Priority = 0 | 1 | 2 | 3 | 4;

/** The five priorities by what they are for. */
export const PRIORITY = {
  /** Quick-exit deletes: what is on a seized phone is the danger. */
  quickExit: 0,
  /** The answer to a person who is waiting: next question, reply to a tap, answerCallbackQuery. */
  waiting: 1,
  /** Critical cards and their re-announcements. */
  critical: 2,
  /** Other cards and relayed messages. */
  normal: 3,
  /** Discreet deletes, card edits, age refresh. */
  housekeeping: 4,
} as const satisfies Record<string, Priority>;

export interface ScopeOptions {
  /**
   * Deletes and edits only: `true` resolves the call at once with
   * `{ ok: true, result: true }` and sends it later (failures are logged and
   * reported to `onBackgroundFailure`); `false` waits for Telegram's answer.
   * Default: priority-4 deletes are detached, everything else is awaited.
   */
  detached?: boolean;
  /**
   * Before every other chat's call of the same priority (never before a more
   * urgent one). For the few calls that show the coordinators a surge as it
   * happens (the digest, critical cards): behind 150 people waiting for their
   * next question at the bot's 30 calls a second, they would wait seconds.
   */
  ahead?: boolean;
}

export interface OutboundScope extends ScopeOptions {
  priority: Priority;
}

// One store for every scheduler: the scope describes the caller, not a bot.
const scopes = new AsyncLocalStorage<OutboundScope>();

/**
 * Runs `fn` so that every Bot API call it makes (also after awaits inside it)
 * leaves at `priority`. The innermost scope wins. Wrap narrowly: everything
 * `fn` calls inherits the priority, including calls to other chats.
 *
 * @example
 * await withPriority(PRIORITY.quickExit, () => api.deleteMessages(chatId, ids));
 * await withPriority(PRIORITY.critical, () => api.sendMessage(deskChatId, card));
 * await withPriority(4, () => api.editMessageText(deskChatId, cardId, aged), { detached: true });
 */
export function withPriority<T>(priority: Priority, fn: () => T, options: ScopeOptions = {}): T {
  if (!Number.isInteger(priority) || priority < 0 || priority > 4) throw new OutboundPriorityError(priority);
  return scopes.run({ ...options, priority }, fn);
}

/** The scope the current call runs in, if any. */
export function currentScope(): OutboundScope | undefined {
  return scopes.getStore();
}
