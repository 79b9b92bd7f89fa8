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
});
