import type { Chat, Message, Update, User } from "grammy/types";
import { EmulatorMisuseError } from "./errors.js";
import type { EmulatorState } from "./state.js";
import { detectCommandEntities, toTelegramChat, toTelegramMessage, type ChatMessage } from "./telegram-objects.js";
import type { EmulatedChat, EmulatedMessage, MediaKind } from "./types.js";

/** A chat as tests pass it to the simulated-user helpers. */
export interface ChatRef {
  id: number;
  type: "private" | "supergroup" | "group";
  title?: string;
}

/** People acting in chats: each action stores the message and queues the update the bot would get. */
export interface SimulatedUsers {
  sendText(chat: ChatRef, from: User, text: string, opts?: { replyToMessageId?: number }): Message;
  sendLocation(chat: ChatRef, from: User, latitude: number, longitude: number): Message;
  sendMedia(chat: ChatRef, from: User, kind: MediaKind): Message;
  /** A person edits their own text message: an edited_message update. */
  editText(chat: ChatRef, messageId: number, text: string): Message;
  /** A callback_query update; the button need not exist. Returns the query id. */
  pressButton(chat: ChatRef, from: User, messageId: number, data: string): string;
  pushUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): Update;
}

export function createSimulatedUsers(state: EmulatorState): SimulatedUsers {
  const enter = (chat: ChatRef, from: User): EmulatedChat => {
    if (chat.type === "private") {
      if (chat.id !== from.id) throw new EmulatorMisuseError(`private chat ${chat.id} must have the id of its user ${from.id}`);
      return state.registerChat({
        id: from.id,
        type: "private",
        first_name: from.first_name,
        ...(from.last_name !== undefined ? { last_name: from.last_name } : {}),
        ...(from.username !== undefined ? { username: from.username } : {}),
      });
    }
    return state.registerChat({ id: chat.id, type: chat.type, ...(chat.title !== undefined ? { title: chat.title } : {}) });
  };

  const post = (chat: EmulatedChat, fields: Omit<EmulatedMessage, "message_id" | "chat_id" | "date">): ChatMessage => {
    const replyTo = fields.reply_to_message_id === undefined ? undefined : state.findMessage(chat.id, fields.reply_to_message_id);
    const stored = state.addMessage(chat.id, fields);
    const message = toTelegramMessage(stored, chat, replyTo);
    state.queueUpdate({ message });
    return message;
  };

  return {
    sendText(chat, from, text, opts) {
      const known = enter(chat, from);
      const replyId = opts?.replyToMessageId;
      if (replyId !== undefined && !state.findMessage(known.id, replyId)) {
        throw new EmulatorMisuseError(`cannot reply to message ${replyId}: it is not in chat ${known.id}`);
      }
      const entities = detectCommandEntities(text);
      return post(known, {
        from,
        text,
        ...(entities.length > 0 ? { entities } : {}),
        protect_content: false,
        ...(replyId !== undefined ? { reply_to_message_id: replyId } : {}),
      });
    },
    sendLocation(chat, from, latitude, longitude) {
      return post(enter(chat, from), { from, location: { latitude, longitude }, protect_content: false });
    },
    sendMedia(chat, from, kind) {
      return post(enter(chat, from), { from, media: kind, protect_content: false });
    },
    editText(chat, messageId, text) {
      const known = state.requireChat(chat.id);
      const message = state.findMessage(known.id, messageId);
      if (!message || message.text === undefined || message.from.is_bot) {
        throw new EmulatorMisuseError(`message ${messageId} in chat ${chat.id} is not a person's text message`);
      }
      const entities = detectCommandEntities(text);
      const edited: EmulatedMessage = { ...message, text, edit_date: state.now() };
      if (entities.length > 0) edited.entities = entities;
      else delete edited.entities;
      state.replaceMessage(edited);
      const result = toTelegramMessage(edited, known);
      state.queueUpdate({ edited_message: { ...result, edit_date: edited.edit_date as number } });
      return result;
    },
    pressButton(chat, from, messageId, data) {
      const known = enter(chat, from);
      const message = state.findMessage(known.id, messageId);
      const id = state.nextCallbackQueryId();
      state.callbackQueries.set(id, { id, chatId: known.id, messageId, answered: false });
      state.queueUpdate({
        callback_query: {
          id,
          from,
          // A press on a message that is gone arrives as an InaccessibleMessage (date 0).
          message: message ? toTelegramMessage(message, known) : { chat: toTelegramChat(known), message_id: messageId, date: 0 },
          chat_instance: `${known.id}`,
          data,
        },
      });
      return id;
    },
    pushUpdate(partial) {
      const message = partial.message;
      if (message) adopt(state, message.chat, message);
      return state.queueUpdate(partial);
    },
  };
}

/** Lets a hand-made update's chat and message count as known, so replies to it validate. */
function adopt(state: EmulatorState, chat: Chat, message: Message): void {
  if (chat.type === "channel") return;
  const known = state.registerChat({
    id: chat.id,
    type: chat.type,
    ...("title" in chat && chat.title !== undefined ? { title: chat.title } : {}),
    ...("first_name" in chat && chat.first_name !== undefined ? { first_name: chat.first_name } : {}),
  });
  if (!message.from || state.findMessage(known.id, message.message_id)) return;
  state.addMessage(
    known.id,
    {
      from: message.from,
      ...(message.text !== undefined ? { text: message.text } : {}),
      ...(message.entities ? { entities: message.entities } : {}),
      ...(message.location ? { location: message.location } : {}),
      protect_content: false,
    },
    message.message_id,
  );
}
