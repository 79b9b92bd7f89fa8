import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { createBotApiEmulator, type CallRecord } from "../../src/sandbox/emulator/index.js";
import { BOT_TOKEN, harnessPerTest, randomUserId, type Harness } from "../helpers/harness.js";

const startHarness = harnessPerTest();
// The 409s this file provokes on purpose.
const conflicts = (call: CallRecord) => call.method === "getUpdates" && call.errorCode === 409;
const linesWith = (harness: Harness, words: string) => harness.logs.filter((line) => line.includes(words));

/** A person's /start is answered with the first question: polling is alive. */
async function answersAStart(harness: Harness): Promise<void> {
  const person = harness.person({ id: randomUserId() });
  await person.send("/start");
  expect(person.lastQuestion()).toBeDefined();
}

describe("polling meets 409", () => {
  it("a webhook left from webhook mode is deleted at start, said once in the log", async () => {
    const emulator = await createBotApiEmulator();
    await new Api(BOT_TOKEN, { apiRoot: emulator.apiRoot }).setWebhook("http://127.0.0.1:9/old-deployment");
    const harness = await startHarness({ emulator, expectRejected: conflicts });
    // Until then the emulator, like Telegram, pushes updates to the old webhook.
    await emulator.waitFor(() => (emulator.calls("deleteWebhook").some((c) => c.ok) ? true : undefined), 5_000);

    await answersAStart(harness);
    expect((await new Api(BOT_TOKEN, { apiRoot: emulator.apiRoot }).getWebhookInfo()).url).toBe("");
    expect(linesWith(harness, "polling found a webhook set on this bot")).toHaveLength(1);
  });

  it("a webhook set while polling (a page calling setWebhook on the sandbox) is deleted; the bot keeps answering", async () => {
    const harness = await startHarness({ expectRejected: conflicts });
    await answersAStart(harness);

    await new Api(BOT_TOKEN, { apiRoot: harness.emulator.apiRoot }).setWebhook("http://127.0.0.1:9/hijack");
    await harness.emulator.waitFor(() => linesWith(harness, "polling found a webhook").length > 0 || undefined, 5_000);

    await answersAStart(harness);
    expect(harness.emulator.calls("getUpdates").some((call) => call.errorCode === 409)).toBe(true);
    expect(linesWith(harness, "polling found a webhook set on this bot")).toHaveLength(1);
  });

  it("another getUpdates ends ours with 409: logged, tried again after a pause, the bot keeps answering", async () => {
    const harness = await startHarness({ expectRejected: conflicts });
    await answersAStart(harness);

    // A second poller (another instance started by mistake) asks once and goes away.
    await new Api(BOT_TOKEN, { apiRoot: harness.emulator.apiRoot }).getUpdates({ timeout: 0, limit: 1, offset: -1 });
    await harness.emulator.waitFor(() => linesWith(harness, "another getUpdates is polling this bot").length > 0 || undefined, 5_000);

    await answersAStart(harness);
    const line = JSON.parse(linesWith(harness, "another getUpdates is polling this bot")[0] as string) as { retryInMs: number; err: { type: string; code: number } };
    expect(line.err).toMatchObject({ type: "GrammyError", code: 409 });
    expect(line.retryInMs).toBeGreaterThan(0);
  });
});
