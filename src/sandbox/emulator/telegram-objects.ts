import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";

/** Messages in the chats the emulator knows: never a channel, as grammY's update types expect. */
export type ChatMessage = Message & Update.NonChannel;
import type { EmulatedChat, EmulatedMessage, MediaKind } from "./types.js";

/** The Chat object Telegram puts into messages for this chat. */
export function toTelegramChat(chat: EmulatedChat): Exclude<Chat, Chat.ChannelChat> {
  if (chat.type === "private") {
    return {
      id: chat.id,
      type: "private",
      first_name: chat.first_name ?? "User",
      ...(chat.last_name !== undefined ? { last_name: chat.last_name } : {}),
      ...(chat.username !== undefined ? { username: chat.username } : {}),
    };
  }
  if (chat.type === "group") return { id: chat.id, type: "group", title: chat.title ?? `Group ${chat.id}` };
  return { id: chat.id, type: "supergroup", title: chat.title ?? `Supergroup ${chat.id}` };
}

/**
 * The Message Telegram would return or deliver. `replyTo` is embedded one
 * level deep, as Telegram does, without its own reply.
 */
export function toTelegramMessage(m: EmulatedMessage, chat: EmulatedChat, replyTo?: EmulatedMessage): ChatMessage {
  const message: ChatMessage = {
    message_id: m.message_id,
    date: m.date,
    chat: toTelegramChat(chat),
    from: m.from,
  };
  if (m.edit_date !== undefined) message.edit_date = m.edit_date;
  if (m.text !== undefined) message.text = m.text;
  if (m.entities && m.entities.length > 0) message.entities = m.entities;
  if (m.reply_markup) message.reply_markup = m.reply_markup;
  if (m.protect_content) message.has_protected_content = true;
  if (m.location) message.location = m.location;
  if (m.media) Object.assign(message, fakeMedia(m.media, m.from, `${chat.id}_${m.message_id}`));
  if (replyTo) {
    const { reply_to_message_id: _nested, ...plain } = replyTo;
    message.reply_to_message = { ...toTelegramMessage(plain, chat), reply_to_message: undefined };
  }
  return message;
}

/** Plausible file objects so handlers filtering on `message:voice` etc. fire. */
function fakeMedia(kind: MediaKind, from: User, seed: string): Partial<Message> {
  const file = { file_id: `emu-${kind}-${seed}`, file_unique_id: `emu${seed}` };
  switch (kind) {
    case "sticker":
      return { sticker: { ...file, type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "🙂" } };
    case "voice":
      return { voice: { ...file, duration: 3, mime_type: "audio/ogg", file_size: 4096 } };
    case "photo":
      return { photo: [{ ...file, width: 90, height: 90, file_size: 1024 }, { ...file, file_id: `${file.file_id}-l`, width: 800, height: 800, file_size: 65536 }] };
    case "document":
      return { document: { ...file, file_name: "file.pdf", mime_type: "application/pdf", file_size: 2048 } };
    case "video":
      return { video: { ...file, width: 640, height: 360, duration: 5, file_size: 100000 } };
    case "animation":
      return {
        animation: { ...file, width: 320, height: 240, duration: 2 },
        document: { ...file, file_name: "a.mp4", mime_type: "video/mp4" },
      };
    case "contact":
      return { contact: { phone_number: "+10000000000", first_name: from.first_name, user_id: from.id } };
  }
}

/** bot_command entities Telegram adds to what a person types, which grammY's `command()` relies on. */
export function detectCommandEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const pattern = /(^|\s)(\/[a-zA-Z0-9_]{1,64}(?:@[a-zA-Z0-9_]{3,32})?)(?=$|\s)/g;
  for (const match of text.matchAll(pattern)) {
    const offset = (match.index ?? 0) + (match[1] as string).length;
    entities.push({ type: "bot_command", offset, length: (match[2] as string).length });
  }
  return entities;
}
