import { afterEach, describe, expect, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator, type RateLimits } from "../../src/sandbox/emulator/index.js";
import { alice, aliceChat, desk, TOKEN } from "./emulator-helpers.js";

let emu: BotApiEmulator | undefined;
let now = 1_700_000_000_000;

afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

async function start(limits: boolean | Partial<RateLimits> = true): Promise<BotApiEmulator> {
  now = 1_700_000_000_000;
  emu = await createBotApiEmulator({ clock: () => now, limits });
  emu.registerChat(desk);
  emu.sendText(aliceChat, alice, "hi");
  return emu;
}

/** One raw Bot API call: the HTTP status and the body exactly as sent. */
async function call(method: string, params: Record<string, unknown> = {}): Promise<{ status: number; body: unknown; text: string }> {
  const res = await fetch(`${(emu as BotApiEmulator).apiRoot}/bot${TOKEN}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as unknown, text };
}

const say = (chatId: number, text = "x") => call("sendMessage", { chat_id: chatId, text });
const tooMany = (n: number) =>
  JSON.stringify({ ok: false, error_code: 429, description: `Too Many Requests: retry after ${n}`, parameters: { retry_after: n } });

describe("private chat bucket", () => {
  it("lets a burst of 3 through, refuses the 4th with Telegram's exact 429, refills at 1/s", async () => {
    const e = await start();
    for (let i = 0; i < 3; i++) expect((await say(alice.id)).status).toBe(200);
    const refused = await say(alice.id, "fourth");
    expect(refused.status).toBe(429);
    expect(refused.text).toBe(tooMany(1));
    expect(e.messages(alice.id).filter((m) => m.from.is_bot)).toHaveLength(3);
    now += 999;
    expect((await say(alice.id)).status).toBe(429);
    now += 1;
    expect((await say(alice.id)).status).toBe(200);
    // Tokens do not pile up past the burst after a long pause.
    now += 60_000;
    for (let i = 0; i < 3; i++) expect((await say(alice.id)).status).toBe(200);
    expect((await say(alice.id)).status).toBe(429);
  });

  it("answers retry_after as the whole seconds until a token is back", async () => {
    await start({ privatePerSecond: 0.25, privateBurst: 1 });
    expect((await say(alice.id)).status).toBe(200);
    expect((await say(alice.id)).text).toBe(tooMany(4));
    now += 2_500;
    expect((await say(alice.id)).text).toBe(tooMany(2));
  });
});

describe("group bucket", () => {
  it("lets 20 through, refuses the 21st with retry after 3, then takes one more every 3 s", async () => {
    const e = await start();
    for (let i = 0; i < 20; i++) expect((await say(desk.id)).status).toBe(200);
    const refused = await say(desk.id);
    expect(refused.status).toBe(429);
    expect(refused.text).toBe(tooMany(3));
    now += 3_000;
    expect((await say(desk.id)).status).toBe(200);
    expect((await say(desk.id)).status).toBe(429);
    expect(e.messages(desk.id)).toHaveLength(21);
  });
});

describe("global bucket", () => {
  it("refuses the 31st call in a second across chats, even into a fresh chat", async () => {
    const e = await start();
    const people = Array.from({ length: 11 }, (_, i) => ({ ...alice, id: 5000 + i }));
    for (const p of people) e.registerChat({ id: p.id, type: "private", first_name: "P" });
    for (const p of people.slice(0, 10)) for (let i = 0; i < 3; i++) expect((await say(p.id)).status).toBe(200);
    const last = people[10] as (typeof people)[number];
    const refused = await say(last.id);
    expect(refused.text).toBe(tooMany(1));
    expect(e.messages(last.id)).toHaveLength(0);
    now += 1_000;
    expect((await say(last.id)).status).toBe(200);
  });
});

describe("a refused call", () => {
  it("changes nothing: no message, no edit, no deletion, no update", async () => {
    const e = await start({ privateBurst: 1, privatePerSecond: 1 });
    const sent = (await say(alice.id, "original")).body as { result: { message_id: number } };
    const id = sent.result.message_id;
    const before = { messages: e.messages(alice.id), pending: e.pendingUpdates(), deleted: e.deleted(alice.id) };
    expect((await call("editMessageText", { chat_id: alice.id, message_id: id, text: "edited" })).status).toBe(429);
    expect((await call("editMessageReplyMarkup", { chat_id: alice.id, message_id: id, reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "a" }]] } })).status).toBe(429);
    expect((await call("deleteMessage", { chat_id: alice.id, message_id: id })).status).toBe(429);
    expect((await call("deleteMessages", { chat_id: alice.id, message_ids: [id] })).status).toBe(429);
    expect((await call("sendLocation", { chat_id: alice.id, latitude: 1, longitude: 2 })).status).toBe(429);
    expect(e.messages(alice.id)).toEqual(before.messages);
    expect(e.pendingUpdates()).toEqual(before.pending);
    expect(e.deleted(alice.id)).toEqual(before.deleted);
    const refused = e.calls().filter((c) => c.rateLimited);
    expect(refused.map((c) => [c.method, c.errorCode])).toEqual([
      ["editMessageText", 429], ["editMessageReplyMarkup", 429], ["deleteMessage", 429], ["deleteMessages", 429], ["sendLocation", 429],
    ]);
  });

  it("counts as limited for copy and forward methods too", async () => {
    const e = await start({ privateBurst: 1 });
    await say(alice.id);
    for (const method of ["copyMessage", "copyMessages", "forwardMessage", "forwardMessages", "sendMediaGroup", "sendPhoto"]) {
      expect((await call(method, { chat_id: alice.id, from_chat_id: alice.id, message_id: 1 })).status).toBe(429);
    }
    expect(e.limitStats().refused).toEqual({ copyMessage: 1, copyMessages: 1, forwardMessage: 1, forwardMessages: 1, sendMediaGroup: 1, sendPhoto: 1 });
  });
});

describe("calls into a closed bucket", () => {
  it("counts calls before the announced retry_after has elapsed, and only those", async () => {
    const e = await start();
    for (let i = 0; i < 3; i++) await say(alice.id);
    expect((await say(alice.id)).status).toBe(429);
    expect(e.limitStats().intoClosedBucket).toBe(0);
    now += 500;
    expect((await say(alice.id)).status).toBe(429);
    expect(e.limitStats().intoClosedBucket).toBe(1);
    expect(e.calls("sendMessage").at(-1)?.intoClosedBucket).toBe(true);
    // The second refusal announced 1 s again from +500 ms.
    now += 1_000;
    expect((await say(alice.id)).status).toBe(200);
    expect(e.limitStats()).toMatchObject({ intoClosedBucket: 1, refusedTotal: 2, refused: { sendMessage: 2 }, accepted: 4 });
  });

  it("counts a call even when the bucket has refilled before the rounded-up retry_after", async () => {
    const e = await start({ privatePerSecond: 0.4, privateBurst: 1 });
    await say(alice.id);
    expect((await say(alice.id)).text).toBe(tooMany(3));
    now += 2_600;
    expect((await say(alice.id)).status).toBe(200);
    expect(e.limitStats().intoClosedBucket).toBe(1);
  });
});

describe("methods that are not limited", () => {
  it("keep working while every message bucket is empty", async () => {
    const e = await start({ globalBurst: 1, privateBurst: 1, groupBurst: 1 });
    expect((await say(alice.id)).status).toBe(200);
    expect((await say(desk.id)).status).toBe(429);
    const query = e.pressButton(aliceChat, alice, 1, "x");
    for (const [method, params] of [
      ["getMe", {}],
      ["getChat", { chat_id: alice.id }],
      ["sendChatAction", { chat_id: alice.id, action: "typing" }],
      ["answerCallbackQuery", { callback_query_id: query }],
      ["setMyCommands", { commands: [{ command: "start", description: "Start" }] }],
      ["getUpdates", { timeout: 0 }],
      ["setWebhook", { url: "http://127.0.0.1:1/hook" }],
      ["deleteWebhook", {}],
    ] as const) {
      expect({ method, status: (await call(method, params)).status }).toEqual({ method, status: 200 });
    }
    expect(e.limitStats().refusedTotal).toBe(1);
  });
});

describe("switching limits at runtime", () => {
  it("is off by default, then on, reconfigured and off again", async () => {
    const e = await start(false);
    for (let i = 0; i < 10; i++) expect((await say(alice.id)).status).toBe(200);
    expect(e.limitStats()).toMatchObject({ enabled: false, refusedTotal: 0 });
    e.setLimits(true);
    for (let i = 0; i < 3; i++) expect((await say(alice.id)).status).toBe(200);
    expect((await say(alice.id)).status).toBe(429);
    e.setLimits({ privateBurst: 5 });
    expect(e.limitStats().limits).toMatchObject({ privateBurst: 5, privatePerSecond: 1, globalPerSecond: 30 });
    for (let i = 0; i < 5; i++) expect((await say(alice.id)).status).toBe(200);
    expect((await say(alice.id)).status).toBe(429);
    e.setLimits(false);
    expect((await say(alice.id)).status).toBe(200);
    expect(e.limitStats()).toMatchObject({ enabled: false, refusedTotal: 2, accepted: 8 });
  });
});

describe("5xx storm", () => {
  it("fails about the asked share of message calls, only message methods, only inside its window", async () => {
    const e = await start(false);
    e.storm({ ratio: 0.3, seconds: 20, failure: { error_code: 502 } });
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await say(alice.id, `m${i}`)).status);
    const failed = statuses.filter((s) => s === 502).length;
    expect(failed).toBeGreaterThan(30);
    expect(failed).toBeLessThan(90);
    expect(statuses.every((s) => s === 200 || s === 502)).toBe(true);
    expect((await call("getMe")).status).toBe(200);
    now += 20_000;
    for (let i = 0; i < 20; i++) expect((await say(alice.id)).status).toBe(200);
  });
});
