import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { LeaseLostError } from "../../../src/errors.js";
import { ChatLeaseNotObtainedError } from "../../../src/transport/chat-lock.js";
import { StorageError } from "../../../src/errors.js";
import { inWebhookDelivery, isWorthRetrying, runInWebhookDelivery } from "../../../src/transport/webhook-delivery.js";

/** The shapes ioredis rejects with (its classes are not exported; names and messages are what it sets). */
function redisError(name: string, message: string): Error {
  const error = new Error(message);
  Object.defineProperty(error, "name", { value: name });
  return error;
}

describe("which failed updates are worth Telegram's redelivery", () => {
  it.each([
    ["a lost chat lease", new LeaseLostError()],
    ["a chat lease not obtained", new ChatLeaseNotObtainedError()],
    ["a closed Redis connection", new Error("Connection is closed.")],
    ["a script failing on a closed connection", new StorageError("script person-gate failed", { cause: new Error("Connection is closed.") })],
    ["ioredis giving up", redisError("MaxRetriesPerRequestError", "Reached the max retries per request limit")],
    ["Redis still loading", redisError("ReplyError", "LOADING Redis is loading the dataset in memory")],
    ["a refused socket", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:6390"), { code: "ECONNREFUSED" })],
  ])("%s: yes", (_what, error) => {
    expect(isWorthRetrying(error)).toBe(true);
  });

  it.each([
    ["a bug", new TypeError("x is undefined")],
    ["a wrong-type reply", new StorageError("script person-gate failed", { cause: redisError("ReplyError", "WRONGTYPE Operation against a key holding the wrong kind of value") })],
    ["a Telegram refusal", new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request: chat not found" }, "sendMessage", {})],
    ["a non-error", "boom"],
  ])("%s: no", (_what, error) => {
    expect(isWorthRetrying(error)).toBe(false);
  });

  it("knows when it runs inside a webhook request, across awaits", async () => {
    expect(inWebhookDelivery()).toBe(false);
    const seen = await runInWebhookDelivery(async () => {
      await new Promise((r) => setTimeout(r, 1));
      return inWebhookDelivery();
    });
    expect(seen).toBe(true);
    expect(inWebhookDelivery()).toBe(false);
  });
});
