import { AsyncLocalStorage } from "node:async_hooks";
import { GrammyError, HttpError } from "grammy";
import { LeaseLostError } from "../errors.js";
import { BeaconError } from "../errors.js";
import { ChatLeaseNotObtainedError } from "./chat-lock.js";

/**
 * Thrown out of the bot's error boundary while a webhook request is being
 * handled, so the webhook answers non-2xx and Telegram delivers the update
 * again. Only for failures a later attempt can get past (Redis away, chat
 * lease lost); the `cause` is the original failure, already logged.
 */
export class RetryableUpdateError extends BeaconError {
  constructor(options?: { cause?: unknown }) {
    super("update failed for a reason a redelivery can get past", "update_retry", options);
  }
}

/**
 * A webhook copy of an update whose marker is still `processing`: another
 * instance is handling it, or crashed doing so. Answering 200 would lose it
 * for good if that instance crashed; the webhook answers non-2xx instead and
 * Telegram tries again later, by when the marker is `done` or has expired.
 */
export class UpdateInProgressError extends BeaconError {
  constructor(options?: { cause?: unknown }) {
    super("update is marked as being handled; asking for a later delivery", "update_in_progress", options);
  }
}

/**
 * Marks the async work of one webhook request. Long polling has no
 * redelivery (an update is confirmed once fetched), so outside this scope the
 * error boundary keeps swallowing every failure, as it always did.
 */
const delivery = new AsyncLocalStorage<true>();

export function runInWebhookDelivery<T>(work: () => Promise<T>): Promise<T> {
  return delivery.run(true, work);
}

export function inWebhookDelivery(): boolean {
  return delivery.getStore() === true;
}

/** Redis replies that mean "not now" rather than "never" (the server is loading, read-only after a failover, full). */
const TRANSIENT_REPLY = /^(LOADING|BUSY|READONLY|OOM|TRYAGAIN|CLUSTERDOWN|MASTERDOWN|NOREPLICAS)\b/;
/** ioredis's own errors when the connection is gone or a command gave up waiting for it. */
const REDIS_UNREACHABLE_NAMES = new Set(["MaxRetriesPerRequestError", "AbortError", "InterruptError", "ClusterAllFailedError"]);
const REDIS_UNREACHABLE_MESSAGES = ["Connection is closed.", "Stream isn't writeable", "Command timed out", "connect ETIMEDOUT"];
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTCONN", "EHOSTUNREACH"]);

/**
 * Whether a failed update is worth Telegram's redelivery: Redis was out of
 * reach or answered "not now", the chat lease was not obtained or was lost,
 * or a copy of the update is still being handled. Anything else (a Telegram
 * refusal, a malformed record, a case that kept changing, a bug) would fail
 * the same way again, and asking for it again only delays the person's
 * answer until Telegram gives up. Follows the `cause` chain a few links down:
 * stores wrap Redis errors.
 */
export function isWorthRetrying(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++, current = current.cause) {
    const e: Error = current;
    if (e instanceof UpdateInProgressError || e instanceof LeaseLostError || e instanceof ChatLeaseNotObtainedError) return true;
    if (e instanceof GrammyError || e instanceof HttpError) return false;
    if (e.name === "ReplyError") return TRANSIENT_REPLY.test(e.message);
    if (REDIS_UNREACHABLE_NAMES.has(e.name)) return true;
    if (REDIS_UNREACHABLE_MESSAGES.some((m) => e.message.startsWith(m))) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && SOCKET_CODES.has(code)) return true;
  }
  return false;
}
