import type {
  ForceReply,
  InlineKeyboardMarkup,
  Location,
  MessageEntity,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
  User,
} from "grammy/types";

export type ChatType = "private" | "group" | "supergroup";

/** A chat as tests describe it. Private chats use the person's user id, like Telegram. */
export interface EmulatedChat {
  id: number;
  type: ChatType;
  title?: string;
  first_name?: string;
  last_name?: string;
  username?: string;
}

export type MediaKind = "sticker" | "voice" | "photo" | "document" | "video" | "animation" | "contact";

/** A message as it currently looks in a chat: edits applied, keyboards as last set. */
export interface EmulatedMessage {
  message_id: number;
  chat_id: number;
  from: User;
  date: number;
  edit_date?: number;
  text?: string;
  entities?: MessageEntity[];
  /** parse_mode the bot sent the current text with. */
  parse_mode?: string;
  /** Inline keyboard attached to the message (what Telegram shows under it). */
  reply_markup?: InlineKeyboardMarkup;
  /** Reply keyboard, removal or force-reply sent with the message; not part of the Message Telegram returns. */
  keyboard?: ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;
  protect_content: boolean;
  reply_to_message_id?: number;
  location?: Location;
  media?: MediaKind;
}

/** One Bot API call as the emulator answered it. */
export interface CallRecord {
  method: string;
  params: Record<string, unknown>;
  ok: boolean;
  errorCode?: number;
  description?: string;
  /** Clock time of the call, in ms. */
  at: number;
  /** The emulator's flood limits refused it (429); injected 429s do not set this. */
  rateLimited?: true;
  /** It arrived while a bucket it needs was inside a retry_after the emulator had announced. */
  intoClosedBucket?: true;
}

export interface CallbackAnswer {
  callback_query_id: string;
  text?: string;
  show_alert: boolean;
  url?: string;
  cache_time?: number;
  at: number;
}

/** What changed, for `waitFor` and the SSE stream of the sandbox page. */
export interface ChangeEvent {
  type: "chat" | "message" | "edit" | "delete" | "update" | "call" | "callback_answer" | "webhook";
  chatId?: number;
}

export type InjectedFailure =
  | { error_code: 429; description?: string; retry_after?: number }
  | { error_code: 400 | 403 | 500 | 502; description?: string };
