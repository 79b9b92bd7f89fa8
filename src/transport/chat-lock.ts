import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import type { MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "./context.js";
import type { Keys } from "../redis/keys.js";
import { StorageError } from "../errors.js";

/**
 * Another update of the chat held the lease past the wait limit (a slow one,
 * still renewing it). A later delivery of this update gets past it, so the
 * webhook asks Telegram for one (see `isWorthRetrying`).
 */
export class ChatLeaseNotObtainedError extends StorageError {
  constructor(options?: { cause?: unknown }) {
    super("chat lease not obtained in time", { ...options, code: "lease_not_obtained" });
  }
}

const LEASE_MS = 15_000;
const WAIT_LIMIT_MS = 20_000;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;

/**
 * Webhook mode with several instances: one chat's updates are handled one at
 * a time across all of them. A lease in Redis (SET NX PX with a random token)
 * is renewed while the update runs and released only by its holder, so a
 * crashed instance frees the chat after one lease. The token fences the
 * update's writes (see `PersonSession.flush`): a holder whose lease ran out
 * saves nothing.
 */
export function createChatLock(deps: { redis: Redis; keys: Keys; logger: Logger }): MiddlewareFn<BotContext> {
  const { redis, keys } = deps;
  return async (ctx, next) => {
    const person = ctx.beacon.person;
    if (!person) return next();
    const key = keys.chatLock(person);
    const token = randomBytes(12).toString("base64url");
    const started = Date.now();
    let delay = 5;
    while ((await redis.set(key, token, "PX", LEASE_MS, "NX")) !== "OK") {
      if (Date.now() - started > WAIT_LIMIT_MS) {
        // Fail rather than run unfenced; Telegram delivers the update again.
        throw new ChatLeaseNotObtainedError();
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 200);
    }
    ctx.beacon.leaseToken = token;
    const renew = setInterval(() => void redis.eval(RENEW, 1, key, token, String(LEASE_MS)).catch(() => undefined), LEASE_MS / 3);
    try {
      await next();
    } finally {
      clearInterval(renew);
      await redis.eval(RELEASE, 1, key, token).catch(() => undefined);
    }
  };
}
