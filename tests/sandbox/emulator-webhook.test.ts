import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Bot, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { alice, aliceChat, apiError, TOKEN } from "./emulator-helpers.js";

let emu: BotApiEmulator;
let bot: Bot;
let receiver: Server | undefined;

beforeEach(async () => {
  emu = await createBotApiEmulator();
  bot = new Bot(TOKEN, { client: { apiRoot: emu.apiRoot } });
});
afterEach(async () => {
  await emu.close();
  if (receiver) {
    const server = receiver;
    receiver = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  receiver = createServer(handler);
  const server = receiver;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

describe("webhook delivery", () => {
  it("POSTs updates with the secret header and refuses getUpdates meanwhile", async () => {
    const seen: { headers: IncomingHttpHeaders; update: Update }[] = [];
    const url = await listen((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        seen.push({ headers: req.headers, update: JSON.parse(body) as Update });
        res.end();
      });
    });
    await bot.api.setWebhook(url, { secret_token: "s3cret" });
    expect(await bot.api.getWebhookInfo()).toMatchObject({ url, pending_update_count: 0 });
    emu.sendText(aliceChat, alice, "over the hook");
    const got = await emu.waitFor(() => seen[0]);
    expect(got.headers["x-telegram-bot-api-secret-token"]).toBe("s3cret");
    expect(got.update.message?.text).toBe("over the hook");

    const conflict = await apiError(bot.api.getUpdates({}));
    expect(conflict.error_code).toBe(409);
    expect(conflict.description).toBe(
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );

    await bot.api.deleteWebhook();
    emu.sendText(aliceChat, alice, "polled");
    const updates = await bot.api.getUpdates({});
    expect(updates.map((u) => u.message?.text)).toEqual(["polled"]);
  });

  it("retries a failing receiver and records the last error", async () => {
    let attempts = 0;
    const url = await listen((_req, res) => {
      attempts += 1;
      res.statusCode = attempts < 3 ? 500 : 200;
      res.end();
    });
    await bot.api.setWebhook(url);
    emu.sendText(aliceChat, alice, "flaky");
    await emu.waitFor(() => attempts >= 3 && emu.pendingUpdates().length === 0);
    expect(attempts).toBe(3);
  });

  it("an update whose delivery was failing when the webhook was deleted stays for getUpdates (Telegram keeps it)", async () => {
    const held: Array<{ end(): void; statusCode: number }> = [];
    const url = await listen((_req, res) => void held.push(res));
    await bot.api.setWebhook(url);
    emu.sendText(aliceChat, alice, "kept");
    while (held.length === 0) await new Promise((r) => setTimeout(r, 5));
    // The receiver fails only once the webhook is gone: the emulator is mid-delivery when it is deleted.
    await bot.api.deleteWebhook();
    const failing = held[0]!;
    failing.statusCode = 500;
    failing.end();
    // Past the emulator's retry pause, so its delivery loop has ended before we ask.
    await new Promise((r) => setTimeout(r, 300));
    const updates = await bot.api.getUpdates({ timeout: 1 });
    expect(updates.map((u) => u.message?.text)).toEqual(["kept"]);
  });

  it("drives a grammY webhookCallback; a wrong or missing secret gets its 401", async () => {
    bot.on("message:text", (ctx) => ctx.reply(`got ${ctx.message.text}`));
    await bot.init();
    const handle = webhookCallback(bot, "http", { secretToken: "right" });
    const url = await listen((req, res) => void handle(req, res));
    await bot.api.setWebhook(url, { secret_token: "right" });

    emu.sendText(aliceChat, alice, "hi");
    await emu.waitFor(() => emu.messages(alice.id).find((m) => m.text === "got hi"));

    const update: Update = { update_id: 999, message: { message_id: 50, date: 0, chat: { id: alice.id, type: "private", first_name: "A" }, from: alice, text: "x" } };
    expect(await emu.postToWebhook(update, { secret: "wrong" })).toBe(401);
    expect(await emu.postToWebhook(update, { secret: null })).toBe(401);
  });

  it("runs a method returned in the webhook response body", async () => {
    const url = await listen((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ method: "sendMessage", chat_id: alice.id, text: "from reply" }));
    });
    await bot.api.setWebhook(url);
    emu.sendText(aliceChat, alice, "ping");
    await emu.waitFor(() => emu.messages(alice.id).find((m) => m.text === "from reply"));
  });

  it("validates setWebhook", async () => {
    const err = await apiError(bot.api.setWebhook("https://example.org/hook", { secret_token: "bad secret!" }));
    expect(err.error_code).toBe(400);
  });
});

describe("webhook delivery over several connections", () => {
  it("has up to `connections` updates in flight at once and tries each `attempts` times", async () => {
    await emu.close();
    emu = await createBotApiEmulator({ webhook: { connections: 3, attempts: 2, retryDelayMs: 1 } });
    bot = new Bot(TOKEN, { client: { apiRoot: emu.apiRoot } });
    let inFlight = 0;
    let most = 0;
    const tries = new Map<string, number>();
    const url = await listen((req, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        const text = (JSON.parse(body) as Update).message?.text ?? "";
        tries.set(text, (tries.get(text) ?? 0) + 1);
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight--;
          res.statusCode = text === "refused" ? 500 : 200;
          res.end();
        }, 30);
      });
    });
    await bot.api.setWebhook(url);
    for (let i = 0; i < 6; i++) emu.sendText(aliceChat, alice, `m${i}`);
    emu.sendText(aliceChat, alice, "refused");
    await emu.waitFor(() => tries.get("refused") === 2 && [...tries.values()].reduce((a, b) => a + b, 0) === 8 && inFlight === 0);
    expect(most).toBe(3);
    expect(tries.get("m0")).toBe(1);
  });
});
