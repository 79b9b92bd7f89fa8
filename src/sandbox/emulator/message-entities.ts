import type { MessageEntity } from "grammy/types";
import { badRequest, type BotApiFailure } from "./errors.js";
import { isRecord } from "./params.js";

/** Types Telegram finds in a text by itself: given ones are ignored, as the Bot API does. */
const FOUND_BY_TELEGRAM = new Set(["mention", "hashtag", "cashtag", "bot_command", "url", "email", "phone_number", "bank_card_number"]);

/** Types a bot may give, each with the extra field it cannot do without. */
const GIVEN: ReadonlyMap<string, string | undefined> = new Map([
  ["bold", undefined],
  ["italic", undefined],
  ["underline", undefined],
  ["strikethrough", undefined],
  ["spoiler", undefined],
  ["blockquote", undefined],
  ["expandable_blockquote", undefined],
  ["code", undefined],
  ["pre", undefined],
  ["text_link", "url"],
  ["text_mention", "user"],
  ["custom_emoji", "custom_emoji_id"],
]);

const refuse = (reason: string): BotApiFailure => badRequest(`can't parse MessageEntity: ${reason}`);

function intField(entity: Record<string, unknown>, name: string): number {
  const value = entity[name];
  if (value === undefined) throw refuse(`Can't find field "${name}"`);
  // Strict where Telegram is lenient (numbers as strings): our own payloads should be exact.
  if (typeof value !== "number" || !Number.isInteger(value)) throw refuse(`Field "${name}" must be of type Number`);
  return value;
}

/**
 * The `entities` parameter of a text sent without a parse mode, read the way
 * the Bot API server does (Client.cpp get_text_entity, then TDLib's checks):
 * offsets and lengths are UTF-16 code units of the text as sent, an unknown
 * type or a missing field is refused, an entity running past the end of the
 * text is refused, an empty one is dropped. Entities never count towards the
 * 4096 limit: only the text does.
 */
export function readGivenEntities(text: string, raw: unknown): MessageEntity[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest("can't parse entities: expected an Array of MessageEntity");
  const entities: MessageEntity[] = [];
  for (const entity of raw as unknown[]) {
    if (!isRecord(entity)) throw refuse("expected an Object");
    const type = entity.type;
    if (type === undefined) throw refuse(`Can't find field "type"`);
    if (typeof type !== "string") throw refuse(`Field "type" must be of type String`);
    if (type === "") throw refuse("Type is not specified");
    const offset = intField(entity, "offset");
    const length = intField(entity, "length");
    if (FOUND_BY_TELEGRAM.has(type)) continue;
    if (!GIVEN.has(type)) throw refuse("Unsupported type specified");
    const needs = GIVEN.get(type);
    if (needs !== undefined && entity[needs] === undefined) throw refuse(`Can't find field "${needs}"`);
    if (offset < 0) throw badRequest(`receive an entity with incorrect offset ${offset}`);
    if (length < 0) throw badRequest(`receive an entity with incorrect length ${length}`);
    if (offset + length > text.length) {
      throw badRequest(`entity beginning at UTF-16 offset ${offset} ends after the end of the text at UTF-16 offset ${offset + length}`);
    }
    if (length === 0) continue;
    entities.push({ ...entity, type, offset, length } as MessageEntity);
  }
  return entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
}
