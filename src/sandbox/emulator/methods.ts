import type { BotCommand, ChatFullInfo, UserFromGetMe } from "grammy/types";
import { BotApiFailure, badRequest } from "./errors.js";
import {
  isRecord,
  optionalBool,
  optionalFloat,
  optionalInt,
  optionalJson,
  optionalString,
  type Params,
} from "./params.js";
import type { EmulatorState } from "./state.js";
import { toTelegramChat, toTelegramMessage } from "./telegram-objects.js";
import type { EmulatedChat, EmulatedMessage } from "./types.js";
import { canonicalJson, formatText, validateReplyMarkup } from "./validate.js";

/** Who is calling: the bot user derived from the token in the URL. */
export interface CallContext {
  bot: UserFromGetMe;
}

export type MethodHandler = (params: Params, ctx: CallContext) => unknown;

const DELETE_WINDOW_SECONDS = 48 * 60 * 60;
const CHAT_ACTIONS = new Set([
  "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
  "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
]);

/** The synchronous Bot API methods, keyed by lower-case name (Telegram ignores case). */
export function createMethods(state: EmulatorState): Map<string, MethodHandler> {
  const chatOf = (params: Params): EmulatedChat => {
    const raw = params.chat_id;
    if (raw === undefined || raw === null || raw === "") throw badRequest("chat_id is empty");
    if (typeof raw === "string" && raw.startsWith("@")) {
      const username = raw.slice(1).toLowerCase();
      const chat = [...state.chats.values()].find((c) => c.username?.toLowerCase() === username);
      if (!chat) throw badRequest("chat not found");
      return chat;
    }
    const chat = state.requireChat(optionalInt(params, "chat_id") as number);
    if (state.blocked.has(chat.id)) throw new BotApiFailure(403, "Forbidden: bot was blocked by the user");
    return chat;
  };

  const messageIdOf = (params: Params): number => {
    const id = optionalInt(params, "message_id");
    if (id === undefined) throw badRequest("message identifier is not specified");
    return id;
  };

  const replyTarget = (chat: EmulatedChat, params: Params): EmulatedMessage | undefined => {
    const parameters = optionalJson(params, "reply_parameters");
    const id = isRecord(parameters) ? Number(parameters.message_id) : optionalInt(params, "reply_to_message_id");
    const lenient = isRecord(parameters) ? parameters.allow_sending_without_reply === true : optionalBool(params, "allow_sending_without_reply");
    if (id === undefined || Number.isNaN(id)) return undefined;
    const target = state.findMessage(chat.id, id);
    if (!target && !lenient) throw badRequest("message to be replied not found");
    return target;
  };

  const send = (chat: EmulatedChat, params: Params, ctx: CallContext, content: Partial<EmulatedMessage>) => {
    const markup = validateReplyMarkup(optionalJson(params, "reply_markup"));
    const replyTo = replyTarget(chat, params);
    const message = state.addMessage(chat.id, {
      from: ctx.bot,
      ...content,
      ...(markup.inline ? { reply_markup: markup.inline } : {}),
      ...(markup.keyboard ? { keyboard: markup.keyboard } : {}),
      protect_content: optionalBool(params, "protect_content"),
      ...(replyTo ? { reply_to_message_id: replyTo.message_id } : {}),
    });
    return toTelegramMessage(message, chat, replyTo);
  };

  const ownMessage = (chat: EmulatedChat, params: Params, ctx: CallContext): EmulatedMessage => {
    if (params.inline_message_id !== undefined) throw badRequest("inline messages are not supported by the emulator");
    const message = state.findMessage(chat.id, messageIdOf(params));
    if (!message) throw badRequest("message to edit not found");
    if (message.from.id !== ctx.bot.id) throw badRequest("message can't be edited");
    return message;
  };

  const notModified = () =>
    badRequest(
      "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
    );

  const deletable = (chat: EmulatedChat, messageId: number): "ok" | "missing" | "too_old" => {
    const message = state.findMessage(chat.id, messageId);
    if (!message) return "missing";
    return state.now() - message.date >= DELETE_WINDOW_SECONDS ? "too_old" : "ok";
  };

  const commandsKey = (params: Params): string => {
    const scope = optionalJson(params, "scope") ?? { type: "default" };
    return `${canonicalJson(scope)}|${optionalString(params, "language_code") ?? ""}`;
  };

  const handlers: Record<string, MethodHandler> = {
    getMe: (_params, ctx) => ctx.bot,
    logOut: () => true,
    close: () => true,
    getChat(params): ChatFullInfo {
      const chat = chatOf(params);
      return { ...toTelegramChat(chat), accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: {
        unlimited_gifts: false, limited_gifts: false, unique_gifts: false, premium_subscription: false, gifts_from_channels: false,
      } } as ChatFullInfo;
    },
    sendMessage(params, ctx) {
      const chat = chatOf(params);
      const parseMode = optionalString(params, "parse_mode");
      const { text, entities } = formatText(optionalString(params, "text"), parseMode, optionalJson(params, "entities"));
      return send(chat, params, ctx, {
        text,
        ...(entities.length > 0 ? { entities } : {}),
        ...(parseMode ? { parse_mode: parseMode } : {}),
      });
    },
    sendLocation(params, ctx) {
      const chat = chatOf(params);
      const latitude = optionalFloat(params, "latitude");
      const longitude = optionalFloat(params, "longitude");
      if (latitude === undefined || longitude === undefined || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        throw badRequest("wrong latitude or longitude");
      }
      return send(chat, params, ctx, { location: { latitude, longitude } });
    },
    editMessageText(params, ctx) {
      const chat = chatOf(params);
      const message = ownMessage(chat, params, ctx);
      if (message.text === undefined) throw badRequest("there is no text in the message to edit");
      const parseMode = optionalString(params, "parse_mode");
      const { text, entities } = formatText(optionalString(params, "text"), parseMode, optionalJson(params, "entities"));
      const markup = validateReplyMarkup(optionalJson(params, "reply_markup")).inline;
      const same =
        text === message.text &&
        canonicalJson(entities) === canonicalJson(message.entities ?? []) &&
        canonicalJson(markup ?? null) === canonicalJson(message.reply_markup ?? null);
      if (same) throw notModified();
      const edited: EmulatedMessage = { ...message, text, edit_date: state.now() };
      if (entities.length > 0) edited.entities = entities;
      else delete edited.entities;
      if (parseMode) edited.parse_mode = parseMode;
      else delete edited.parse_mode;
      // Editing without reply_markup drops the inline keyboard, as on Telegram.
      if (markup) edited.reply_markup = markup;
      else delete edited.reply_markup;
      state.replaceMessage(edited);
      return toTelegramMessage(edited, chat);
    },
    editMessageReplyMarkup(params, ctx) {
      const chat = chatOf(params);
      const message = ownMessage(chat, params, ctx);
      const markup = validateReplyMarkup(optionalJson(params, "reply_markup")).inline;
      if (canonicalJson(markup ?? null) === canonicalJson(message.reply_markup ?? null)) throw notModified();
      const edited: EmulatedMessage = { ...message, edit_date: state.now() };
      if (markup) edited.reply_markup = markup;
      else delete edited.reply_markup;
      state.replaceMessage(edited);
      return toTelegramMessage(edited, chat);
    },
    deleteMessage(params) {
      const chat = chatOf(params);
      const id = messageIdOf(params);
      const verdict = deletable(chat, id);
      if (verdict === "missing") throw badRequest("message to delete not found");
      if (verdict === "too_old") throw badRequest("message can't be deleted for everyone");
      state.deleteMessage(chat.id, id);
      return true;
    },
    deleteMessages(params) {
      const chat = chatOf(params);
      const ids = optionalJson(params, "message_ids");
      if (!Array.isArray(ids) || ids.length === 0) throw badRequest("message identifiers are not specified");
      if (ids.length > 100) throw badRequest("too many message identifiers specified");
      for (const raw of ids) {
        const id = Number(raw);
        // Telegram skips what it cannot delete and still answers true.
        if (Number.isInteger(id) && deletable(chat, id) === "ok") state.deleteMessage(chat.id, id);
      }
      return true;
    },
    answerCallbackQuery(params) {
      const id = optionalString(params, "callback_query_id");
      const text = optionalString(params, "text");
      if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
      const query = id === undefined ? undefined : state.callbackQueries.get(id);
      if (!query || query.answered) {
        throw badRequest("query is too old and response timeout expired or query ID is invalid");
      }
      query.answered = true;
      const url = optionalString(params, "url");
      const cacheTime = optionalInt(params, "cache_time");
      state.callbackAnswers.push({
        callback_query_id: query.id,
        ...(text !== undefined ? { text } : {}),
        show_alert: optionalBool(params, "show_alert"),
        ...(url !== undefined ? { url } : {}),
        ...(cacheTime !== undefined ? { cache_time: cacheTime } : {}),
        at: state.clock(),
      });
      state.emit({ type: "callback_answer", chatId: query.chatId });
      return true;
    },
    sendChatAction(params) {
      chatOf(params);
      if (!CHAT_ACTIONS.has(optionalString(params, "action") ?? "")) throw badRequest("wrong parameter action in request");
      return true;
    },
    setMyCommands(params) {
      const commands = optionalJson(params, "commands");
      if (!Array.isArray(commands)) throw badRequest('field "commands" must be of type Array');
      if (commands.length > 100) throw badRequest("too many commands");
      for (const command of commands) {
        if (!isRecord(command) || typeof command.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(command.command)) {
          throw badRequest("BOT_COMMAND_INVALID");
        }
        if (typeof command.description !== "string" || command.description.length < 1 || command.description.length > 256) {
          throw badRequest("command description is empty");
        }
      }
      state.commands.set(commandsKey(params), commands as BotCommand[]);
      return true;
    },
    getMyCommands: (params) => state.commands.get(commandsKey(params)) ?? [],
    deleteMyCommands(params) {
      state.commands.delete(commandsKey(params));
      return true;
    },
  };
  return new Map(Object.entries(handlers).map(([name, handler]) => [name.toLowerCase(), handler]));
}

/** The bot user behind a token: Telegram's bot id is the part before the colon. */
export function botUserFor(token: string, username: string): UserFromGetMe {
  const id = Number(token.split(":")[0]);
  return {
    id,
    is_bot: true,
    first_name: "Beacon",
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  } as UserFromGetMe;
}

