import { describe, expect, it } from "vitest";
import { LeaseLostError } from "../../src/errors.js";
import { StorageError, TransitionRefusedError } from "../../src/errors.js";
import { ChatLeaseNotObtainedError } from "../../src/transport/chat-lock.js";
import { isWorthRetrying, UpdateInProgressError } from "../../src/transport/webhook-delivery.js";

/** How the bot's error boundary may receive a failure: as thrown, or wrapped by a store. */
const wrapped = (error: Error) => new StorageError("script person-gate failed", { cause: error });

describe("a redelivery is asked for only when a later attempt can get past the failure", () => {
  it.each([
    ["the chat lease lost before saving", new LeaseLostError()],
    ["the chat lease not obtained in time", new ChatLeaseNotObtainedError()],
    ["a copy of the update still being handled", new UpdateInProgressError()],
    ["a lost lease under a wrapper", wrapped(new LeaseLostError())],
    ["Redis unreachable under a wrapper", wrapped(new Error("Connection is closed."))],
  ])("%s: yes", (_what, error) => {
    expect(isWorthRetrying(error)).toBe(true);
  });

  it.each([
    ["a malformed case record", new StorageError("case record c_123 is malformed")],
    ["a case that kept changing", new StorageError("case c_123 kept changing during claim")],
    ["an unknown refusal of a script", new StorageError("unknown refusal nope")],
    ["a storage error with no Redis failure under it", wrapped(new TypeError("reply[1] is undefined"))],
    ["a refused transition", new TransitionRefusedError("stale")],
  ])("%s: no (it would fail the same way until Telegram gives up)", (_what, error) => {
    expect(isWorthRetrying(error)).toBe(false);
  });
});
