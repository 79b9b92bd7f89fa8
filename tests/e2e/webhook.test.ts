import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { dumpNamespace } from "../helpers/redis.js";
import { textUpdate, WEBHOOK_SECRET as SECRET } from "../helpers/webhook.js";

let harness: Harness;
let url: string;

beforeAll(async () => {
  harness = await startHarness({ webhook: true });
  url = harness.webhookUrl!;
});
afterAll(async () => {
  await harness.stop();
});

describe("webhook mode", () => {
  it("refuses a missing or wrong secret with 401 and writes nothing to Redis", async () => {
    const before = await dumpNamespace(harness.redis, harness.namespace);
    const userId = randomUserId();
    expect(await harness.emulator.postToWebhook(textUpdate(900_001, userId, "/start"), { secret: null, url })).toBe(401);
    expect(await harness.emulator.postToWebhook(textUpdate(900_002, userId, "/start"), { secret: "wrong-secret-wrong-secret", url })).toBe(401);
    expect(await harness.emulator.postToWebhook(textUpdate(900_003, userId, "/start"), { secret: SECRET.slice(0, -1), url })).toBe(401);
    const after = await dumpNamespace(harness.redis, harness.namespace);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect(harness.emulator.messages(userId)).toEqual([]);
  });

  it("delivering the same update 5 times has one effect", async () => {
    const userId = randomUserId();
    harness.emulator.registerChat({ id: userId, type: "private", first_name: "Web" });
    const update = textUpdate(900_100, userId, "/start");
    harness.expectUpdates(5); // the duplicates are handled too: by being dropped
    const statuses = await Promise.all(Array.from({ length: 5 }, () => harness.emulator.postToWebhook(update, { secret: SECRET, url })));
    expect(statuses.every((s) => s === 200)).toBe(true);
    const questions = harness.emulator.calls("sendMessage").filter((c) => c.params.chat_id === userId && c.params.reply_markup !== undefined && JSON.stringify(c.params.reply_markup).includes("f:safe_now:yes"));
    expect(questions).toHaveLength(1);
  });

  it("a real person's conversation works through the webhook", async () => {
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("m:danger:"))).toBe(true);
  });

  it("serves only the path of WEBHOOK_URL", async () => {
    const userId = randomUserId();
    const other = new URL(url);
    other.pathname = "/somewhere-else";
    expect(await harness.emulator.postToWebhook(textUpdate(900_200, userId, "/start"), { secret: SECRET, url: other.toString() })).toBe(404);
    expect(harness.emulator.messages(userId)).toEqual([]);
  });

  it("drops an update whose fields have types Telegram never sends, with one warning and no error", async () => {
    const userId = randomUserId();
    const forged = [
      { update_id: 900_300, message: { message_id: 1, date: 1, chat: { id: userId, type: "private" }, from: { id: userId, is_bot: false, first_name: "X" }, text: 12345 } },
      { update_id: 900_301, message: { message_id: 2, date: 1, chat: { id: userId, type: "private" }, from: { id: userId, is_bot: false, first_name: "X", language_code: 7 }, text: "/start" } },
      { update_id: 900_302, callback_query: { id: "q", from: { id: userId, is_bot: false, first_name: "X" }, chat_instance: "c", data: { nested: true } } },
    ];
    const errorsBefore = harness.logs.filter((l) => l.includes('"level":50')).length;
    harness.expectUpdates(forged.length);
    for (const update of forged) {
      expect(await harness.emulator.postToWebhook(update as never, { secret: SECRET, url })).toBe(200);
    }
    await harness.settle();
    expect(harness.logs.filter((l) => l.includes('"level":50')).length).toBe(errorsBefore);
    expect(harness.logs.filter((l) => l.includes("update of a shape Telegram never sends dropped")).length).toBe(forged.length);
    expect(harness.logs.some((l) => l.includes('"stack"'))).toBe(false);
    expect(harness.emulator.messages(userId)).toEqual([]);
  });
});
