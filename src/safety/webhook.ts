import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type Server, type ServerResponse } from "node:http";
import { BotError, webhookCallback, type Bot } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BotContext } from "../bot/context.js";
import type { Keys } from "../redis/keys.js";
import { RetryableUpdateError, runInWebhookDelivery } from "./webhook-delivery.js";

export interface WebhookServer {
  port: number;
  close(): Promise<void>;
}

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** Constant-time comparison that also hides the secret's length. */
export function secretMatches(given: string | undefined, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(secret).digest();
  return timingSafeEqual(a, b);
}

/**
 * Receives Telegram's webhook. A request without the right secret header gets
 * 401 before anything is parsed or stored. Redelivered updates are caught by
 * the dedupe middleware, so Telegram's retries have one effect.
 *
 * An update that failed for a reason a later attempt can get past (see
 * `isWorthRetrying`) gets 503, so Telegram delivers it again; every other
 * failure was already answered by the bot's error boundary and gets 200, as
 * retrying it would fail the same way.
 */
export async function startWebhookServer(deps: {
  bot: Bot<BotContext>;
  secret: string;
  port: number;
  host?: string;
  redis: Redis;
  keys: Keys;
  logger: Logger;
}): Promise<WebhookServer> {
  const handle = webhookCallback(deps.bot, "http", { onTimeout: "return", timeoutMilliseconds: 55_000 });
  let closing = false;
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    // While draining, no connection is kept alive for a next request that would never be served.
    if (closing) res.shouldKeepAlive = false;
    open.add(res);
    res.once("close", () => open.delete(res));
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    const header = req.headers[SECRET_HEADER];
    if (!secretMatches(Array.isArray(header) ? header[0] : header, deps.secret)) {
      deps.logger.warn("webhook request refused: bad secret");
      req.resume();
      res.writeHead(401).end();
      return;
    }
    runInWebhookDelivery(() => handle(req, res)).catch((error: unknown) => {
      const retry = error instanceof BotError && error.error instanceof RetryableUpdateError;
      // The boundary logged the failure itself; only what escaped it is new.
      if (retry) deps.logger.debug("webhook update failed; asking Telegram to deliver it again");
      else deps.logger.error({ err: error }, "webhook handling failed");
      if (!res.headersSent) res.writeHead(retry ? 503 : 500).end();
    });
  });
  await new Promise<void>((ready) => server.listen(deps.port, deps.host ?? "0.0.0.0", ready));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : deps.port,
    /**
     * Stops accepting, lets requests in flight finish (their updates drain),
     * and does not wait out idle keep-alive connections.
     */
    close: () =>
      new Promise<void>((done) => {
        closing = true;
        for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
        server.close(() => done());
        server.closeIdleConnections();
      }),
  };
}
