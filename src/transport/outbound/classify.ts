import type { Priority } from "./priority.js";

/**
 * What kind of message traffic a Bot API call is: `send` and `edit` and
 * `delete` count against their chat's limit, `callback` only against the
 * bot's global one.
 */
export type CallKind = "send" | "edit" | "delete" | "callback";

export interface Classified {
  kind: CallKind;
  /** The bucket: the chat for chat calls, the method for calls without a chat. */
  bucketKey: string;
  /** Undefined for callbacks. */
  chatId?: number | string;
  group: boolean;
  /** The priority when no `withPriority` scope says otherwise. */
  priority: Priority;
  /** `chat:message` for edits that coalesce (text and reply markup). */
  editKey?: string;
  /** For deletes: the ids asked for. */
  messageIds?: number[];
}

const SENDS = new Set([
  "sendMessage", "copyMessage", "copyMessages", "forwardMessage", "forwardMessages", "sendPhoto", "sendDocument",
  "sendLocation", "sendVenue", "sendContact", "sendAudio", "sendVideo", "sendAnimation", "sendVoice",
  "sendVideoNote", "sendMediaGroup", "sendPoll", "sendDice", "sendSticker", "sendPaidMedia",
]);
const EDITS = new Set([
  "editMessageText", "editMessageReplyMarkup", "editMessageCaption", "editMessageMedia",
  "editMessageLiveLocation", "stopMessageLiveLocation",
]);
/** Edits whose last one says everything the earlier ones said (see `supersedes`). */
const COALESCING_EDITS = new Set(["editMessageText", "editMessageReplyMarkup"]);

/**
 * Sorts a call into its bucket and default priority; undefined means the call
 * is not message traffic (getMe, getUpdates, setWebhook, getChat, inline-message
 * edits, ...) and passes straight through.
 *
 * @example
 * classify("sendMessage", { chat_id: -100, text: "card" }, (id) => Number(id) < 0);
 * // → { kind: "send", bucketKey: "chat:-100", group: true, priority: 3, ... }
 */
export function classify(method: string, payload: Record<string, unknown>, isGroup: (chatId: number | string) => boolean): Classified | undefined {
  // Answering a tap puts no message anywhere: Telegram's message limits do not count it, and queued
  // behind 150 people's next questions it held each person's next update back (their chat goes in order).
  if (method === "answerCallbackQuery") return undefined;
  const chatId = payload.chat_id;
  if (typeof chatId !== "number" && typeof chatId !== "string") return undefined;
  const group = isGroup(chatId);
  const bucketKey = chatBucketKey(chatId);
  if (SENDS.has(method)) return { kind: "send", bucketKey, chatId, group, priority: group ? 3 : 1 };
  if (EDITS.has(method)) {
    const messageId = payload.message_id;
    const editKey = COALESCING_EDITS.has(method) && typeof messageId === "number" ? `${chatId}:${messageId}` : undefined;
    return { kind: "edit", bucketKey, chatId, group, priority: group ? 4 : 1, ...(editKey ? { editKey } : {}) };
  }
  const messageIds = deletedIds(method, payload);
  if (messageIds) return { kind: "delete", bucketKey, chatId, group, priority: 4, messageIds };
  return undefined;
}

function deletedIds(method: string, payload: Record<string, unknown>): number[] | undefined {
  if (method === "deleteMessage" && typeof payload.message_id === "number") return [payload.message_id];
  if (method === "deleteMessages" && Array.isArray(payload.message_ids) && payload.message_ids.every((id) => typeof id === "number")) {
    return payload.message_ids as number[];
  }
  return undefined;
}

/**
 * Whether a queued edit can be dropped for a later one of the same message.
 * editMessageText without reply_markup removes the keyboard, so a text edit
 * decides both text and buttons; a reply-markup edit decides only buttons, so
 * it cannot replace a text edit.
 */
export function supersedes(laterMethod: string, earlierMethod: string): boolean {
  return laterMethod === "editMessageText" || earlierMethod === "editMessageReplyMarkup";
}

/** The bucket of a chat's calls. */
export function chatBucketKey(chatId: number | string): string {
  return `chat:${chatId}`;
}
