import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BotContext } from "../bot/context.js";
import type { Keys } from "../redis/keys.js";

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
  const server: Server = createServer((req, res) => {
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
    handle(req, res).catch((error: unknown) => {
      deps.logger.error({ err: error }, "webhook handling failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((ready) => server.listen(deps.port, deps.host ?? "0.0.0.0", ready));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : deps.port,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
