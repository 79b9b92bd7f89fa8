import { Bot } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { alice, aliceChat, apiError, desk, TOKEN } from "./emulator-helpers.js";

let emu: BotApiEmulator;
let bot: Bot;
let now: number;

beforeEach(async () => {
  now = Date.UTC(2025, 0, 1);
  emu = await createBotApiEmulator({ clock: () => now });
  bot = new Bot(TOKEN, { client: { apiRoot: emu.apiRoot } });
  emu.sendText(aliceChat, alice, "hi");
});
afterEach(async () => {
  await emu.close();
});

const described = async (call: Promise<unknown>) => {
  const err = await apiError(call);
  expect(err.error_code).toBe(400);
  return err.description;
};

describe("sendMessage validation", () => {
  it("refuses unknown chats until someone writes or the chat is registered", async () => {
    expect(await described(bot.api.sendMessage(desk.id, "x"))).toBe("Bad Request: chat not found");
    emu.registerChat(desk);
    await expect(bot.api.sendMessage(desk.id, "x")).resolves.toBeDefined();
  });

  it("answers 403 once the person blocked the bot", async () => {
    emu.setBlocked(alice.id, true);
    const err = await apiError(bot.api.sendMessage(alice.id, "x"));
    expect(err.error_code).toBe(403);
    expect(err.description).toBe("Forbidden: bot was blocked by the user");
    emu.setBlocked(alice.id, false);
    await expect(bot.api.sendMessage(alice.id, "x")).resolves.toBeDefined();
  });

  it("refuses empty and whitespace-only text", async () => {
    expect(await described(bot.api.sendMessage(alice.id, ""))).toBe("Bad Request: message text is empty");
    expect(await described(bot.api.sendMessage(alice.id, "  \n "))).toBe("Bad Request: message text is empty");
    expect(await described(bot.api.sendMessage(alice.id, "<b></b>", { parse_mode: "HTML" }))).toBe(
      "Bad Request: message text is empty",
    );
  });

  it("counts 4096 UTF-16 units after entity parsing", async () => {
    expect(await described(bot.api.sendMessage(alice.id, "a".repeat(4097)))).toBe("Bad Request: message is too long");
    await expect(bot.api.sendMessage(alice.id, "a".repeat(4096))).resolves.toBeDefined();
    // Tags do not count; an entity counts as one character; an emoji counts as two units.
    const tagged = `<b>${"a".repeat(4000)}</b>${"&lt;".repeat(96)}`;
    await expect(bot.api.sendMessage(alice.id, tagged, { parse_mode: "HTML" })).resolves.toBeDefined();
    expect(await described(bot.api.sendMessage(alice.id, "😀".repeat(2049)))).toBe("Bad Request: message is too long");
  });

  it("refuses bad HTML with Telegram's can't parse entities", async () => {
    const cases = ["<div>x</div>", "a < b", "fish & chips", "<b>open", "<b>x</i>", "x</b>", '<span class="x">s</span>', "&bogus;"];
    for (const text of cases) {
      const description = await described(bot.api.sendMessage(alice.id, text, { parse_mode: "HTML" }));
      expect(description, text).toMatch(/^Bad Request: can't parse entities: /);
    }
    expect(await described(bot.api.sendMessage(alice.id, "<div>x</div>", { parse_mode: "HTML" }))).toBe(
      `Bad Request: can't parse entities: Unsupported start tag "div" at byte offset 0`,
    );
    expect(await described(bot.api.sendMessage(alice.id, "<b>open", { parse_mode: "HTML" }))).toBe(
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    );
    // Unescaped text is fine without parse_mode.
    await expect(bot.api.sendMessage(alice.id, "a < b & c")).resolves.toMatchObject({ text: "a < b & c" });
  });

  it("refuses an unknown parse_mode", async () => {
    const sent = bot.api.raw.sendMessage({ chat_id: alice.id, text: "x", parse_mode: "XML" as "HTML" });
    expect(await described(sent)).toBe("Bad Request: unsupported parse_mode");
  });

  it("checks reply targets", async () => {
    expect(await described(bot.api.sendMessage(alice.id, "x", { reply_parameters: { message_id: 99 } }))).toBe(
      "Bad Request: message to be replied not found",
    );
    await expect(
      bot.api.sendMessage(alice.id, "x", { reply_parameters: { message_id: 99, allow_sending_without_reply: true } }),
    ).resolves.toBeDefined();
  });
});

describe("inline keyboard validation", () => {
  const keyboard = (buttons: InlineKeyboardButton[][]) => ({ reply_markup: { inline_keyboard: buttons } });

  it("limits callback_data to 1-64 bytes of UTF-8", async () => {
    await expect(bot.api.sendMessage(alice.id, "x", keyboard([[{ text: "ok", callback_data: "d".repeat(64) }]]))).resolves.toBeDefined();
    // 33 Cyrillic letters are 33 characters but 66 bytes.
    const wide = keyboard([[{ text: "ж", callback_data: "ж".repeat(33) }]]);
    expect(await described(bot.api.sendMessage(alice.id, "x", wide))).toBe("Bad Request: BUTTON_DATA_INVALID");
    expect(await described(bot.api.sendMessage(alice.id, "x", keyboard([[{ text: "e", callback_data: "" }]])))).toBe(
      "Bad Request: BUTTON_DATA_INVALID",
    );
  });

  it("refuses empty button text, text-only buttons and bad URLs", async () => {
    expect(await described(bot.api.sendMessage(alice.id, "x", keyboard([[{ text: "", callback_data: "a" }]])))).toBe(
      "Bad Request: text buttons are unallowed in the inline keyboard",
    );
    const textOnly = { reply_markup: { inline_keyboard: [[{ text: "plain" }]] } } as unknown as ReturnType<typeof keyboard>;
    expect(await described(bot.api.sendMessage(alice.id, "x", textOnly))).toBe(
      "Bad Request: text buttons are unallowed in the inline keyboard",
    );
    expect(await described(bot.api.sendMessage(alice.id, "x", keyboard([[{ text: "u", url: "javascript:alert(1)" }]])))).toMatch(
      /^Bad Request: inline keyboard button URL/,
    );
  });

  it("allows at most 100 buttons", async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [{ text: `b${i}`, callback_data: `d${i}` }]);
    await expect(bot.api.sendMessage(alice.id, "x", keyboard(rows(100)))).resolves.toBeDefined();
    expect(await described(bot.api.sendMessage(alice.id, "x", keyboard(rows(101))))).toBe("Bad Request: too many buttons");
    // Validation also applies to edits.
    const sent = await bot.api.sendMessage(alice.id, "y");
    expect(await described(bot.api.editMessageReplyMarkup(alice.id, sent.message_id, keyboard(rows(101))))).toBe(
      "Bad Request: too many buttons",
    );
  });
});

describe("edits and deletes", () => {
  it("refuses edits of unknown, foreign or unchanged messages", async () => {
    expect(await described(bot.api.editMessageText(alice.id, 99, "x"))).toBe("Bad Request: message to edit not found");
    expect(await described(bot.api.editMessageText(alice.id, 1, "x"))).toBe("Bad Request: message can't be edited");
    const markup = { inline_keyboard: [[{ text: "a", callback_data: "a" }]] };
    const sent = await bot.api.sendMessage(alice.id, "<b>same</b>", { parse_mode: "HTML", reply_markup: markup });
    const notModified =
      "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
    expect(
      await described(bot.api.editMessageText(alice.id, sent.message_id, "<b>same</b>", { parse_mode: "HTML", reply_markup: markup })),
    ).toBe(notModified);
    expect(await described(bot.api.editMessageReplyMarkup(alice.id, sent.message_id, { reply_markup: markup }))).toBe(notModified);
    // Same characters without the bold entity is a real change.
    await expect(bot.api.editMessageText(alice.id, sent.message_id, "same", { reply_markup: markup })).resolves.toBeDefined();
  });

  it("refuses deleting unknown messages", async () => {
    expect(await described(bot.api.deleteMessage(alice.id, 99))).toBe("Bad Request: message to delete not found");
  });

  it("refuses deleting messages older than 48 hours by the injected clock", async () => {
    const old = await bot.api.sendMessage(alice.id, "old");
    now += 47 * 3600_000;
    const young = await bot.api.sendMessage(alice.id, "young");
    now += 1 * 3600_000;
    expect(await described(bot.api.deleteMessage(alice.id, old.message_id))).toBe(
      "Bad Request: message can't be deleted for everyone",
    );
    await expect(bot.api.deleteMessage(alice.id, young.message_id)).resolves.toBe(true);
  });

  it("deleteMessages skips what it cannot delete and answers true", async () => {
    const old = await bot.api.sendMessage(alice.id, "old");
    now += 49 * 3600_000;
    const fresh = await bot.api.sendMessage(alice.id, "fresh");
    await expect(bot.api.deleteMessages(alice.id, [old.message_id, fresh.message_id, 999])).resolves.toBe(true);
    expect(emu.deleted(alice.id)).toEqual([fresh.message_id]);
    expect(emu.messages(alice.id).map((m) => m.message_id)).toEqual([1, old.message_id]);
    expect(await described(bot.api.deleteMessages(alice.id, []))).toMatch(/^Bad Request: /);
    const tooMany = Array.from({ length: 101 }, (_, i) => i + 1);
    expect(await described(bot.api.deleteMessages(alice.id, tooMany))).toMatch(/^Bad Request: /);
  });
});

describe("answerCallbackQuery validation", () => {
  it("refuses unknown ids and texts over 200 characters", async () => {
    expect(await described(bot.api.answerCallbackQuery("12345"))).toBe(
      "Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
    const id = emu.pressButton(aliceChat, alice, 1, "forged");
    expect(await described(bot.api.answerCallbackQuery(id, { text: "x".repeat(201) }))).toMatch(/^Bad Request: /);
    await expect(bot.api.answerCallbackQuery(id, { text: "x".repeat(200), show_alert: true })).resolves.toBe(true);
    expect(emu.callbackAnswers()[0]).toMatchObject({ callback_query_id: id, show_alert: true });
  });

  it("delivers presses on deleted messages as inaccessible messages", async () => {
    const sent = await bot.api.sendMessage(alice.id, "q", { reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "a" }]] } });
    await bot.api.deleteMessage(alice.id, sent.message_id);
    emu.pressButton(aliceChat, alice, sent.message_id, "a");
    const updates = await bot.api.getUpdates({});
    const press = updates.find((u) => u.callback_query);
    expect(press?.callback_query?.message).toMatchObject({ message_id: sent.message_id, date: 0 });
  });
});
