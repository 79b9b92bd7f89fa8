import { describe, expect, it } from "vitest";
import { hasTelegramShape } from "../../src/transport/update-shape.js";

const chat = { id: 5, type: "private" };
const from = { id: 5, is_bot: false, first_name: "A", language_code: "en" };

describe("update shape at the edge", () => {
  it("passes the kinds Beacon asks for, as Telegram sends them", () => {
    expect(hasTelegramShape({ update_id: 1, message: { message_id: 2, chat, from, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] } })).toBe(true);
    expect(hasTelegramShape({ update_id: 1, edited_message: { message_id: 2, chat, from, text: "x" } })).toBe(true);
    expect(hasTelegramShape({ update_id: 1, callback_query: { id: "9", from, data: "f:a:b", message: { message_id: 2, chat } } })).toBe(true);
    expect(hasTelegramShape({ update_id: 1, message: { message_id: 2, chat, from, text: "hi", reply_to_message: { message_id: 1, chat } } })).toBe(true);
  });

  it("drops kinds never asked for, whose `from` grammY would hand on unchecked", () => {
    const member = { chat, from: { ...from, language_code: 1 }, date: 1 };
    expect(hasTelegramShape({ update_id: 1, my_chat_member: member })).toBe(false);
    expect(hasTelegramShape({ update_id: 1, poll_answer: { poll_id: "p", user: from } })).toBe(false);
    expect(hasTelegramShape({ update_id: 1 })).toBe(false);
    expect(hasTelegramShape({ update_id: 1, message: { message_id: 2, chat, text: "a" }, callback_query: { id: "9", from } })).toBe(false);
  });

  it("drops entities without the text they mark, and a reply whose id is not a number", () => {
    expect(hasTelegramShape({ update_id: 1, message: { message_id: 2, chat, from, entities: [{ type: "bot_command", offset: 0, length: 9 }] } })).toBe(false);
    expect(hasTelegramShape({ update_id: 1, message: { message_id: 2, chat, from, caption_entities: [{ type: "bold", offset: 0, length: 1 }] } })).toBe(false);
    expect(hasTelegramShape({ update_id: 1, message: { message_id: 2, chat, from, text: "x", reply_to_message: { message_id: "1" } } })).toBe(false);
  });
});
