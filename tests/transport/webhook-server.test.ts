import { Writable } from "node:stream";
import { describe, expect, it, onTestFinished } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startWebhookServer } from "../../src/transport/webhook.js";
import { harnessPerTest, randomUserId, type Harness } from "../helpers/harness.js";
import { dumpNamespace } from "../helpers/redis.js";
import { translator } from "../helpers/translator.js";
import { DONE_MARK, personMark } from "../helpers/update-marks.js";
import { textUpdate, WEBHOOK_SECRET as SECRET } from "../helpers/webhook.js";

const DELAY = translator.t("en", "error-delay");
const TRY_AGAIN = translator.t("en", "error-try-again");

const start = harnessPerTest();

/** A second webhook server on the app's bot, with a short answer timeout; its logs go to the harness's. */
async function shortTimeoutServer(h: Harness, timeoutMs: number): Promise<string> {
  const sink = new Writable({
    write(chunk, _enc, done) {
      h.logs.push(String(chunk));
      done();
    },
  });
  const server = await startWebhookServer({
    bot: h.app.bot,
    secret: SECRET,
    port: 0,
    host: "127.0.0.1",
    redis: h.redis,
    keys: h.keys,
    logger: createLogger({ level: "debug", destination: sink }),
    timeoutMs,
  });
  onTestFinished(() => server.close());
  return `http://127.0.0.1:${server.port}/telegram`;
}

/**
 * Runs `hook(call number)` ahead of each of the next `times` person-flush
 * scripts (the save at the end of a person's update); it may wait or throw.
 */
function beforeFlush(h: Harness, hook: (call: number) => Promise<void>, times: number): void {
  const client = h.redis as unknown as { evalsha: (...args: unknown[]) => Promise<unknown> };
  const original = client.evalsha.bind(h.redis);
  let calls = 0;
  client.evalsha = async (...args: unknown[]) => {
    if (calls < times && String(args[2] ?? "").includes(":lock:{")) await hook(++calls);
    return original(...args);
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const sentTexts = (h: Harness, chatId: number) =>
  h.emulator
    .calls("sendMessage")
    .filter((c) => c.ok && Number(c.params.chat_id) === chatId)
    .map((c) => String(c.params.text));
const firstQuestions = (h: Harness, chatId: number) =>
  h.emulator.calls("sendMessage").filter((c) => c.ok && Number(c.params.chat_id) === chatId && JSON.stringify(c.params.reply_markup ?? "").includes("f:safe_now:yes"));

/** Unhandled rejections while the test runs (Node 20 would exit on one). */
function watchUnhandled(): unknown[] {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on("unhandledRejection", listener);
  onTestFinished(() => {
    process.off("unhandledRejection", listener);
  });
  return seen;
}

describe("webhook requests that are not an update", () => {
  it("are refused by method, secret, size and shape, before anything is stored", async () => {
    const h = await start({ webhook: true });
    const url = h.webhookUrl!;
    const before = [...(await dumpNamespace(h.redis, h.namespace)).keys()].sort();
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET, ...headers }, body }).then((r) => r.status);

    expect((await fetch(url)).status).toBe(405);
    expect(await post("not json", { "x-telegram-bot-api-secret-token": "wrong-secret-wrong-secret" })).toBe(401);
    expect(await post("not json")).toBe(400);
    expect(await post("[]")).toBe(400);
    expect(await post(JSON.stringify({ update_id: "7" }))).toBe(400);
    expect(await post(JSON.stringify({ update_id: 7, message: { text: "x".repeat(2 << 20) } }))).toBe(413);

    expect([...(await dumpNamespace(h.redis, h.namespace)).keys()].sort()).toEqual(before);
    expect(h.app.handledUpdates()).toBe(0);
  });
});

describe("an update still running when its request times out", () => {
  it("gets 503; its late failure is logged once and never unhandled; Telegram's copy is then handled", async () => {
    const h = await start({ webhook: true });
    const unhandled = watchUnhandled();
    const url = await shortTimeoutServer(h, 1_000);
    const userId = randomUserId();
    h.emulator.registerChat({ id: userId, type: "private", first_name: "Web" });
    const update = textUpdate(991_001, userId, "/start");
    // The save is slow, then Redis goes away (and the gate's one retry of the save fails too).
    beforeFlush(
      h,
      async (call) => {
        if (call === 1) await sleep(1_500);
        throw new Error("Connection is closed.");
      },
      2,
    );

    const handledBefore = h.app.handledUpdates();
    h.expectUpdates(1);
    expect(await h.emulator.postToWebhook(update, { secret: SECRET, url })).toBe(503);
    // Answered while the update was still running, not after it.
    expect(h.app.handledUpdates()).toBe(handledBefore);
    await h.settle();
    await sleep(50); // an unhandled rejection is reported a turn after it happens

    expect(unhandled).toEqual([]);
    expect(h.logs.filter((l) => l.includes("failed after its request timed out"))).toHaveLength(1);
    expect(h.logs.filter((l) => l.includes("still running at the answer timeout"))).toHaveLength(1);
    expect(await personMark(h, userId, update.update_id)).toBeNull();

    // Telegram delivers it again: this time it is handled and saved.
    h.expectUpdates(1);
    expect(await h.emulator.postToWebhook(update, { secret: SECRET, url })).toBe(200);
    await h.settle();
    expect(await personMark(h, userId, update.update_id)).toMatch(DONE_MARK);
    expect(firstQuestions(h, userId).length).toBeGreaterThan(0);
    expect(sentTexts(h, userId).filter((t) => t === DELAY)).toHaveLength(1);
    expect(sentTexts(h, userId)).not.toContain(TRY_AGAIN);
  });

  it("gets 503 when it then succeeds, and Telegram's copy, arriving meanwhile, has no second effect", async () => {
    const h = await start({ webhook: true });
    const unhandled = watchUnhandled();
    const url = await shortTimeoutServer(h, 1_000);
    const userId = randomUserId();
    h.emulator.registerChat({ id: userId, type: "private", first_name: "Web" });
    const update = textUpdate(991_002, userId, "/start");
    beforeFlush(h, () => sleep(1_500), 1);

    h.expectUpdates(2);
    expect(await h.emulator.postToWebhook(update, { secret: SECRET, url })).toBe(503);
    // The copy waits for the first run (chat lease), then finds it done.
    expect(await h.emulator.postToWebhook(update, { secret: SECRET, url })).toBe(200);
    await h.settle();
    await sleep(50);

    expect(unhandled).toEqual([]);
    expect(h.logs.filter((l) => l.includes("finished after its request timed out"))).toHaveLength(1);
    expect(firstQuestions(h, userId)).toHaveLength(1);
    expect(sentTexts(h, userId)).not.toContain(DELAY);
  });
});
