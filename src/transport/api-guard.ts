import type { Transformer } from "grammy";
import type { Logger } from "pino";
import type { Pseudonymize } from "../crypto/box.js";
import { StorageError } from "../errors.js";
import type { MessageTracker } from "../person/message-tracker.js";

/** `send*` methods that put no message in the chat. */
const NOT_A_MESSAGE = new Set(["sendChatAction"]);

/**
 * Every method that puts a message in a chat: any `send*` (a future sendVoice
 * or sendMediaGroup must not slip past unprotected and untracked), copies and forwards.
 */
export function isSendingMethod(method: string): boolean {
  return (method.startsWith("send") && !NOT_A_MESSAGE.has(method)) || /^(copy|forward)Messages?$/.test(method);
}

/** Message ids of a send's result: one Message or MessageId, or an array of them (sendMediaGroup, copyMessages). */
function sentIds(result: unknown): number[] {
  const items: unknown[] = Array.isArray(result) ? result : [result];
  return items.flatMap((item) => {
    const id = (item as { message_id?: unknown } | null)?.message_id;
    return typeof id === "number" ? [id] : [];
  });
}

/**
 * Outgoing-call guard for people's chats: every message gets
 * `protect_content` (no forwarding or saving from a seized phone) and its id
 * is tracked so quick exit can delete it later. The coordinators' chat is left alone.
 */
export function createPersonApiGuard(deps: {
  isDeskChat: (chatId: number) => boolean;
  pseudonymize: Pseudonymize;
  tracker: MessageTracker;
  clock: () => number;
  logger: Logger;
}): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown }).chat_id;
    if (!isSendingMethod(method) || typeof chatId !== "number" || deps.isDeskChat(chatId)) {
      return prev(method, payload, signal);
    }
    const guarded = { ...payload, protect_content: true };
    const result = await prev(method, guarded, signal);
    if (!result.ok) return result;
    const ids = sentIds(result.result);
    if (ids.length === 0) return result;
    const person = deps.pseudonymize("chat", chatId);
    let failure: unknown;
    // A Redis blip must not leave a message quick exit cannot find: try again, then take the message back.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await deps.tracker.track(person, ids, deps.clock());
        return result;
      } catch (error) {
        failure = error;
      }
    }
    let deleted = 0;
    for (const id of ids) {
      const gone = await prev("deleteMessage", { chat_id: chatId, message_id: id }, signal).catch(() => undefined);
      if (gone?.ok) deleted++;
    }
    deps.logger.error({ err: failure, method, sent: ids.length, deleted }, "could not track a sent message; deleted it instead");
    throw new StorageError(`${method}: sent message(s) could not be tracked for quick exit and were deleted`, { cause: failure });
  };
}
