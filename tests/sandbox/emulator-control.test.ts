import { Bot } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator, type EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { alice, desk, TOKEN } from "./emulator-helpers.js";

let emu: BotApiEmulator;

beforeEach(async () => {
  emu = await createBotApiEmulator({
    extraRoutes: (req, res) => {
      if (req.url !== "/") return false;
      res.setHeader("content-type", "text/html");
      res.end("<h1>sandbox</h1>");
      return true;
    },
  });
});
afterEach(async () => {
  await emu.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${emu.apiRoot}/_emulator/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("control API", () => {
  it("lets a page act as people and read chats", async () => {
    emu.registerChat(desk);
    expect((await post(`chats/${alice.id}/text`, { from: alice, text: "hello" })).status).toBe(200);
    expect((await post(`chats/${alice.id}/location`, { from: alice, lat: 1, lon: 2 })).status).toBe(200);
    expect((await post(`chats/${desk.id}/text`, { from: alice, text: "in group", replyToMessageId: undefined })).status).toBe(200);
    const press = await post(`chats/${alice.id}/press`, { from: alice, messageId: 1, data: "x" });
    expect(await press.json()).toMatchObject({ callbackQueryId: expect.any(String) });

    const chats = (await (await fetch(`${emu.apiRoot}/_emulator/chats`)).json()) as { id: number }[];
    expect(chats.map((c) => c.id).sort()).toEqual([desk.id, alice.id].sort());
    const messages = (await (await fetch(`${emu.apiRoot}/_emulator/chats/${alice.id}/messages`)).json()) as EmulatedMessage[];
    expect(messages.map((m) => m.text ?? "loc")).toEqual(["hello", "loc"]);
    expect(emu.pendingUpdates()).toHaveLength(4);
  });

  it("refuses bad bodies and unknown group chats", async () => {
    expect((await post(`chats/${alice.id}/text`, { text: "no sender" })).status).toBe(400);
    expect((await post(`chats/-100999/text`, { from: alice, text: "x" })).status).toBe(400);
  });

  it("streams changes as Server-Sent Events", async () => {
    const controller = new AbortController();
    const res = await fetch(`${emu.apiRoot}/_emulator/events`, { signal: controller.signal });
    expect(res.headers.get("content-type")).toBe("text/event-stream");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const bot = new Bot(TOKEN, { client: { apiRoot: emu.apiRoot } });
    emu.sendText({ id: alice.id, type: "private" }, alice, "hi");
    await bot.api.sendMessage(alice.id, "reply");
    let received = "";
    while (!received.includes('"type":"message","chatId":1001}\n\n') || received.split('"type":"message"').length < 3) {
      const { value, done } = await reader.read();
      if (done) break;
      received += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(received).toContain(`data: {"type":"chat","chatId":${alice.id}}`);
    expect(received).toContain(`data: {"type":"message","chatId":${alice.id}}`);
  });

  it("serves extra routes from the same port and 404s the rest", async () => {
    const page = await fetch(`${emu.apiRoot}/`);
    expect(await page.text()).toBe("<h1>sandbox</h1>");
    expect((await fetch(`${emu.apiRoot}/nope`)).status).toBe(404);
  });
});

describe("control routes only answer their own origin", () => {
  it("refuses other hosts and cross-site origins", async () => {
    const { fromOwnOrigin } = await import("../../src/sandbox/emulator/control.js");
    const req = (headers: Record<string, string>) => ({ headers }) as unknown as import("node:http").IncomingMessage;
    expect(fromOwnOrigin(req({ host: "127.0.0.1:8080" }))).toBe(true);
    expect(fromOwnOrigin(req({ host: "127.0.0.1:8080", origin: "http://127.0.0.1:8080" }))).toBe(true);
    expect(fromOwnOrigin(req({ host: "127.0.0.1:8080", origin: "https://evil.example" }))).toBe(false);
    expect(fromOwnOrigin(req({ host: "evil.example:8080" }))).toBe(false);
  });
});
