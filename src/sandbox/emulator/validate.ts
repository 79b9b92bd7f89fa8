import type {
  ForceReply,
  InlineKeyboardButton,
  InlineKeyboardMarkup,
  MessageEntity,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
} from "grammy/types";
import { badRequest } from "./errors.js";
import { EntityParseError, parseHtml, type FormattedText } from "./html-entities.js";
import { readGivenEntities } from "./message-entities.js";
import { isRecord } from "./params.js";

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CALLBACK_DATA_BYTES = 64;
export const MAX_INLINE_BUTTONS = 100;

/**
 * Applies parse_mode (or given entities) and Telegram's limits to a message
 * text. Telegram trims surrounding whitespace before counting, so do we.
 */
export function formatText(text: string | undefined, parseMode: string | undefined, entities: unknown): FormattedText {
  if (text === undefined || text === "") throw badRequest("message text is empty");
  let formatted: FormattedText;
  const mode = (parseMode ?? "").toLowerCase();
  if (mode === "html") {
    try {
      formatted = parseHtml(text);
    } catch (err) {
      if (err instanceof EntityParseError) throw badRequest(err.message);
      throw err;
    }
  } else if (mode === "") {
    // Plain text: the entities given (a spoiler over the team's words, say) are checked like Telegram does.
    formatted = { text, entities: readGivenEntities(text, entities) };
  } else if (mode === "markdown" || mode === "markdownv2") {
    // Markdown is passed through unparsed: Beacon only sends HTML or plain text.
    formatted = { text, entities: Array.isArray(entities) ? (entities as MessageEntity[]) : [] };
  } else {
    throw badRequest("unsupported parse_mode");
  }
  const trimmed = trim(formatted);
  if (trimmed.text.length === 0) throw badRequest("message text is empty");
  if (trimmed.text.length > MAX_TEXT_LENGTH) throw badRequest("message is too long");
  return trimmed;
}

function trim({ text, entities }: FormattedText): FormattedText {
  const lead = text.length - text.replace(/^\s+/, "").length;
  const body = text.trim();
  const clipped: MessageEntity[] = [];
  for (const entity of entities) {
    const start = Math.max(0, entity.offset - lead);
    const end = Math.min(body.length, entity.offset + entity.length - lead);
    if (end > start) clipped.push({ ...entity, offset: start, length: end - start });
  }
  return { text: body, entities: clipped };
}

export interface ValidMarkup {
  inline?: InlineKeyboardMarkup;
  keyboard?: ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;
}

const BUTTON_ACTIONS = [
  "url", "callback_data", "web_app", "login_url", "switch_inline_query",
  "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
] as const;

/** Checks reply_markup as Telegram does; an empty inline keyboard means "no keyboard". */
export function validateReplyMarkup(raw: unknown): ValidMarkup {
  if (raw === undefined) return {};
  if (!isRecord(raw)) throw badRequest("can't parse reply keyboard markup JSON object");
  if ("inline_keyboard" in raw) return { inline: validateInlineKeyboard(raw.inline_keyboard) };
  if ("keyboard" in raw) {
    if (!Array.isArray(raw.keyboard) || !raw.keyboard.every(Array.isArray)) {
      throw badRequest('field "keyboard" must be of type Array');
    }
    for (const row of raw.keyboard as unknown[][]) {
      for (const button of row) {
        const text = typeof button === "string" ? button : isRecord(button) ? button.text : undefined;
        if (typeof text !== "string" || text === "") throw badRequest("keyboard button text is empty");
      }
    }
    return { keyboard: raw as unknown as ReplyKeyboardMarkup };
  }
  if (raw.remove_keyboard === true) return { keyboard: raw as unknown as ReplyKeyboardRemove };
  if (raw.force_reply === true) return { keyboard: raw as unknown as ForceReply };
  throw badRequest("can't parse reply keyboard markup JSON object");
}

function validateInlineKeyboard(rows: unknown): InlineKeyboardMarkup | undefined {
  if (!Array.isArray(rows)) throw badRequest('field "inline_keyboard" must be of type Array');
  let count = 0;
  for (const row of rows) {
    if (!Array.isArray(row)) throw badRequest('can\'t parse inline keyboard button: field "inline_keyboard" must be an Array of Arrays');
    for (const button of row) {
      count += 1;
      validateButton(button);
    }
  }
  if (count > MAX_INLINE_BUTTONS) throw badRequest("too many buttons");
  const nonEmpty = (rows as InlineKeyboardButton[][]).filter((row) => row.length > 0);
  return nonEmpty.length > 0 ? { inline_keyboard: nonEmpty } : undefined;
}

function validateButton(button: unknown): void {
  if (!isRecord(button)) throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
  if (typeof button.text !== "string") throw badRequest('can\'t parse inline keyboard button: Field "text" must be of type String');
  const actions = BUTTON_ACTIONS.filter((action) => button[action] !== undefined);
  // Telegram says the same for a button with no text as for one with no action.
  if (button.text.trim() === "" || actions.length === 0) throw badRequest("text buttons are unallowed in the inline keyboard");
  if (button.callback_data !== undefined) {
    const data = button.callback_data;
    const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
    if (bytes < 1 || bytes > MAX_CALLBACK_DATA_BYTES) throw badRequest("BUTTON_DATA_INVALID");
  }
  if (button.url !== undefined && !isButtonUrl(button.url)) {
    throw badRequest(`inline keyboard button URL '${String(button.url)}' is invalid: Wrong HTTP URL`);
  }
}

function isButtonUrl(url: unknown): boolean {
  if (typeof url !== "string") return false;
  try {
    return ["http:", "https:", "tg:"].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Stable JSON (sorted keys), for "is it the same markup" checks. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
