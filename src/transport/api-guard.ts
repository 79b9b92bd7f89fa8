import type { Transformer } from "grammy";
import type { Pseudonymize } from "../crypto/box.js";
import type { MessageTracker } from "../person/message-tracker.js";

const SENDING_METHODS = new Set(["sendMessage", "sendLocation", "copyMessage", "sendVenue", "sendPhoto", "sendDocument"]);

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
}): Transformer {
  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown }).chat_id;
    if (!SENDING_METHODS.has(method) || typeof chatId !== "number" || deps.isDeskChat(chatId)) {
      return prev(method, payload, signal);
    }
    const guarded = { ...payload, protect_content: true };
    const result = await prev(method, guarded, signal);
    if (result.ok) {
      const sent = result.result as { message_id?: number };
      if (typeof sent.message_id === "number") {
        await deps.tracker.track(deps.pseudonymize("chat", chatId), [sent.message_id], deps.clock());
      }
    }
    return result;
  };
}
