import { Bot } from "grammy";
import { run, sequentialize } from "@grammyjs/runner";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { alice, aliceChat, apiError, bob, BOT_ID, desk, TOKEN } from "./emulator-helpers.js";

let emu: BotApiEmulator;
let bot: Bot;

beforeEach(async () => {
  emu = await createBotApiEmulator({ botUsername: "beacon_bot" });
  bot = new Bot(TOKEN, { client: { apiRoot: emu.apiRoot } });
});
afterEach(async () => {
  await emu.close();
});

describe("Bot API basics through grammY", () => {
  it("answers getMe with the id from the token", async () => {
    const me = await bot.api.getMe();
    expect(me).toMatchObject({ id: BOT_ID, is_bot: true, username: "beacon_bot" });
  });

  it("sends, edits and deletes messages and records them", async () => {
    emu.sendText(aliceChat, alice, "hello");
    const sent = await bot.api.sendMessage(alice.id, "<b>Hi</b> there", {
      parse_mode: "HTML",
      protect_content: true,
      reply_markup: { inline_keyboard: [[{ text: "Yes", callback_data: "f:q1:yes" }]] },
      reply_parameters: { message_id: 1 },
    });
    expect(sent.text).toBe("Hi there");
    expect(sent.entities).toEqual([{ type: "bold", offset: 0, length: 2 }]);
    expect(sent.reply_to_message?.message_id).toBe(1);
    expect(sent.chat).toMatchObject({ id: alice.id, type: "private", first_name: "Alice" });

    let view = emu.messages(alice.id);
    expect(view.map((m) => m.message_id)).toEqual([1, 2]);
    expect(view[1]).toMatchObject({
      from: { id: BOT_ID, is_bot: true },
      text: "Hi there",
      parse_mode: "HTML",
      protect_content: true,
      reply_to_message_id: 1,
      reply_markup: { inline_keyboard: [[{ text: "Yes", callback_data: "f:q1:yes" }]] },
    });

    const edited = await bot.api.editMessageText(alice.id, sent.message_id, "Changed");
    expect(edited).toMatchObject({ text: "Changed" });
    view = emu.messages(alice.id);
    expect(view[1]?.text).toBe("Changed");
    // Editing the text without reply_markup drops the keyboard, as on Telegram.
    expect(view[1]?.reply_markup).toBeUndefined();

    await bot.api.editMessageReplyMarkup(alice.id, sent.message_id, {
      reply_markup: { inline_keyboard: [[{ text: "Open", url: "https://example.org" }]] },
    });
    expect(emu.messages(alice.id)[1]?.reply_markup?.inline_keyboard[0]?.[0]?.text).toBe("Open");

    await expect(bot.api.deleteMessage(alice.id, sent.message_id)).resolves.toBe(true);
    expect(emu.messages(alice.id).map((m) => m.message_id)).toEqual([1]);
    expect(emu.deleted(alice.id)).toEqual([2]);
    expect(emu.calls("sendMessage")).toHaveLength(1);
    expect(emu.calls().map((c) => c.method)).toEqual([
      "sendMessage",
      "editMessageText",
      "editMessageReplyMarkup",
      "deleteMessage",
    ]);
  });

  it("sends locations, chat actions and manages commands", async () => {
    emu.registerChat(desk);
    const loc = await bot.api.sendLocation(desk.id, 13.7, 100.5);
    expect(loc.location).toEqual({ latitude: 13.7, longitude: 100.5 });
    expect(emu.messages(desk.id)[0]?.location).toEqual({ latitude: 13.7, longitude: 100.5 });
    await expect(bot.api.sendChatAction(desk.id, "typing")).resolves.toBe(true);
    const chat = await bot.api.getChat(desk.id);
    expect(chat).toMatchObject({ id: desk.id, type: "supergroup", title: "Desk" });

    await bot.api.setMyCommands([{ command: "exit", description: "Leave quickly" }]);
    await bot.api.setMyCommands([{ command: "salir", description: "Salir" }], { language_code: "es" });
    expect(await bot.api.getMyCommands()).toEqual([{ command: "exit", description: "Leave quickly" }]);
    expect(await bot.api.getMyCommands({ language_code: "es" })).toEqual([{ command: "salir", description: "Salir" }]);
    await bot.api.deleteMyCommands();
    expect(await bot.api.getMyCommands()).toEqual([]);
    const bad = await apiError(bot.api.setMyCommands([{ command: "Bad Command", description: "x" }]));
    expect(bad.description).toBe("Bad Request: BOT_COMMAND_INVALID");
  });

  it("answers an unknown method with 404", async () => {
    const res = await fetch(`${emu.apiRoot}/bot${TOKEN}/sendTelepathy`, { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error_code: 404, description: "Not Found: method not found" });
  });

  it("refuses a malformed token", async () => {
    const res = await fetch(`${emu.apiRoot}/botnot-a-token/getMe`);
    expect(res.status).toBe(401);
  });

  it("accepts GET with a query string, urlencoded and multipart bodies", async () => {
    emu.sendText(aliceChat, alice, "hi");
    const viaGet = await fetch(`${emu.apiRoot}/bot${TOKEN}/sendMessage?chat_id=${alice.id}&text=one`);
    expect(await viaGet.json()).toMatchObject({ ok: true, result: { text: "one" } });

    const form = new URLSearchParams({
      chat_id: String(alice.id),
      text: "two",
      reply_markup: JSON.stringify({ inline_keyboard: [[{ text: "A", callback_data: "a" }]] }),
      protect_content: "true",
    });
    const viaForm = await fetch(`${emu.apiRoot}/bot${TOKEN}/sendMessage`, { method: "POST", body: form });
    expect(await viaForm.json()).toMatchObject({ ok: true, result: { text: "two" } });

    const multipart = new FormData();
    multipart.set("chat_id", String(alice.id));
    multipart.set("text", "three");
    const viaMultipart = await fetch(`${emu.apiRoot}/bot${TOKEN}/sendMessage`, { method: "POST", body: multipart });
    expect(await viaMultipart.json()).toMatchObject({ ok: true, result: { text: "three" } });

    const view = emu.messages(alice.id);
    expect(view.map((m) => m.text)).toEqual(["hi", "one", "two", "three"]);
    expect(view[2]).toMatchObject({ protect_content: true, reply_markup: { inline_keyboard: [[{ text: "A" }]] } });
  });
});

describe("receiving updates", () => {
  it("delivers a person's message to bot.start() long polling and shows the reply", async () => {
    bot.on("message:text", (ctx) => ctx.reply(`echo: ${ctx.message.text}`));
    const started = new Promise<void>((resolve) => void bot.start({ onStart: () => resolve(), timeout: 10 }));
    await started;
    emu.sendText(aliceChat, alice, "hello");
    const reply = await emu.waitFor(() => emu.messages(alice.id).find((m) => m.text === "echo: hello"));
    expect(reply.from.id).toBe(BOT_ID);
    await bot.stop();
    // bot.stop() confirms the handled update, so nothing is redelivered.
    expect(emu.pendingUpdates()).toEqual([]);
    const polls = emu.calls("getUpdates");
    expect(polls.some((c) => c.params.timeout === 10)).toBe(true);
  });

  it("works with @grammyjs/runner, commands and callback queries", async () => {
    bot.use(sequentialize((ctx) => String(ctx.chat?.id)));
    bot.command("start", (ctx) =>
      ctx.reply("Welcome", { reply_markup: { inline_keyboard: [[{ text: "Go", callback_data: "go" }]] } }),
    );
    bot.callbackQuery("go", async (ctx) => {
      await ctx.answerCallbackQuery({ text: "Going" });
      await ctx.editMessageText("Gone");
    });
    const runner = run(bot, { runner: { fetch: { timeout: 5 } } });
    try {
      emu.sendText(aliceChat, alice, "/start");
      const welcome = await emu.waitFor(() => emu.messages(alice.id).find((m) => m.text === "Welcome"));
      const queryId = emu.pressButton(aliceChat, alice, welcome.message_id, "go");
      await emu.waitFor(() => emu.messages(alice.id).find((m) => m.text === "Gone"));
      expect(emu.callbackAnswers()).toEqual([
        expect.objectContaining({ callback_query_id: queryId, text: "Going", show_alert: false }),
      ]);
      const again = await apiError(bot.api.answerCallbackQuery(queryId));
      expect(again.description).toBe(
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
      );
    } finally {
      await runner.stop();
    }
  });

  it("confirms updates by offset and honours limit and allowed_updates", async () => {
    emu.sendText(aliceChat, alice, "a");
    emu.sendText(aliceChat, alice, "b");
    emu.sendText(aliceChat, alice, "c");
    const first = await bot.api.getUpdates({ limit: 2 });
    expect(first.map((u) => u.message?.text)).toEqual(["a", "b"]);
    const next = await bot.api.getUpdates({ offset: (first[1]?.update_id ?? 0) + 1 });
    expect(next.map((u) => u.message?.text)).toEqual(["c"]);
    await bot.api.getUpdates({ offset: (next[0]?.update_id ?? 0) + 1, allowed_updates: ["callback_query"] });
    emu.sendText(aliceChat, alice, "ignored");
    emu.pressButton(aliceChat, alice, 1, "x");
    const filtered = await bot.api.getUpdates({});
    expect(filtered.map((u) => Object.keys(u).filter((k) => k !== "update_id"))).toEqual([["callback_query"]]);
  });

  it("answers a held long poll as soon as an update arrives", async () => {
    const t0 = Date.now();
    const poll = bot.api.getUpdates({ timeout: 20 });
    setTimeout(() => emu.sendText(aliceChat, alice, "now"), 100);
    const updates = await poll;
    expect(updates[0]?.message?.text).toBe("now");
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it("simulates locations, media, edits and group messages", async () => {
    emu.sendLocation(aliceChat, alice, 1.5, 2.5);
    emu.sendMedia(aliceChat, alice, "voice");
    const msg = emu.sendText(aliceChat, alice, "typo");
    emu.editText(aliceChat, msg.message_id, "fixed");
    emu.sendText(desk, bob, "claiming");
    const updates = await bot.api.getUpdates({});
    expect(updates[0]?.message?.location).toEqual({ latitude: 1.5, longitude: 2.5 });
    expect(updates[1]?.message?.voice).toBeDefined();
    expect(updates[3]?.edited_message).toMatchObject({ text: "fixed", message_id: msg.message_id });
    expect(updates[4]?.message).toMatchObject({ chat: { id: desk.id, type: "supergroup" }, from: { id: bob.id } });
    expect(emu.messages(alice.id).map((m) => m.text ?? m.media ?? "loc")).toEqual(["loc", "voice", "fixed"]);
  });

  it("times out waitFor with a helpful message", async () => {
    emu.failNext("sendMessage", { error_code: 403 });
    emu.registerChat(desk);
    await bot.api.sendMessage(desk.id, "x").catch(() => undefined);
    await expect(emu.waitFor(() => false, 50)).rejects.toThrow(/timed out after 50 ms.*sendMessage failed 403/);
  });
});

describe("failure injection", () => {
  it("surfaces 429 with retry_after", async () => {
    emu.registerChat(desk);
    emu.failNext("sendMessage", { error_code: 429, retry_after: 7 }, 2);
    const first = await apiError(bot.api.sendMessage(desk.id, "x"));
    expect(first.error_code).toBe(429);
    expect(first.parameters.retry_after).toBe(7);
    expect(first.description).toBe("Too Many Requests: retry after 7");
    await apiError(bot.api.sendMessage(desk.id, "x"));
    await expect(bot.api.sendMessage(desk.id, "x")).resolves.toMatchObject({ text: "x" });
    expect(emu.calls("sendMessage").map((c) => c.ok)).toEqual([false, false, true]);
  });

  it("injects server errors with custom descriptions", async () => {
    emu.registerChat(desk);
    emu.failNext("deleteMessages", { error_code: 502, description: "Bad Gateway" });
    const err = await apiError(bot.api.deleteMessages(desk.id, [1]));
    expect(err.error_code).toBe(502);
    expect(err.description).toBe("Bad Gateway");
  });
});
