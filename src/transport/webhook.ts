import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { BotError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BotContext } from "./context.js";
import { BeaconError } from "../errors.js";
import type { Keys } from "../redis/keys.js";
import { RetryableUpdateError, runInWebhookDelivery } from "./webhook-delivery.js";

export interface WebhookServer {
  port: number;
  close(): Promise<void>;
}

const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Telegram gives up on a request after about a minute; answer before it does. */
const ANSWER_TIMEOUT_MS = 55_000;
/** An update is a few KiB; this bounds what one request can make us hold in memory. */
const MAX_BODY_BYTES = 1 << 20;

/** The webhook was started with a bot that cannot handle updates yet. */
export class WebhookSetupError extends BeaconError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "webhook_setup", options);
  }
}

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
 *
 * Not grammY's `webhookCallback`: on its timeout it answers 200 (the update
 * is then lost if it fails) and leaves the still-running update's promise
 * without a rejection handler, so a late failure ends the process. Here an
 * update still running at the timeout gets 503 (its `processing` marker holds
 * Telegram's copy back until this run is over) and a late outcome is logged.
 */
export async function startWebhookServer(deps: {
  bot: Bot<BotContext>;
  secret: string;
  port: number;
  host?: string;
  redis: Redis;
  keys: Keys;
  logger: Logger;
  /** How long a request may wait for its update before it is answered 503. */
  timeoutMs?: number;
  /** The path of WEBHOOK_URL: the only one served (others get 404, so nothing else answers on the port). */
  path?: string;
}): Promise<WebhookServer> {
  // handleUpdate needs the bot's identity; app.start fetches it before starting the server.
  if (!deps.bot.isInited()) throw new WebhookSetupError("bot.init() must finish before the webhook server starts");
  const timeoutMs = deps.timeoutMs ?? ANSWER_TIMEOUT_MS;
  const { logger } = deps;
  let closing = false;
  const open = new Set<ServerResponse>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === "too_large") {
      logger.warn("webhook request refused: body too large");
      res.shouldKeepAlive = false; // the rest of the body is not read
      return answer(res, 413);
    }
    const update = body === "unreadable" ? undefined : parseUpdate(body);
    if (!update) {
      logger.warn("webhook request refused: not an update");
      return answer(res, 400);
    }
    const updateId = update.update_id;
    // The handler is attached now, whatever happens to the request: a failure can never be unhandled.
    const outcome = runInWebhookDelivery(() => deps.bot.handleUpdate(update)).then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      logger.warn({ updateId, timeoutMs }, "webhook update still running at the answer timeout; asking Telegram to deliver it again");
      answer(res, 503);
    }, timeoutMs);
    const failure = await outcome;
    clearTimeout(timer);
    const status = failure ? statusOf(failure.error) : 200;
    report(logger, updateId, failure?.error, status, timedOut);
    if (!timedOut) answer(res, status);
  };

  const server: Server = createServer((req, res) => {
    // While draining, no connection is kept alive for a next request that would never be served.
    if (closing) res.shouldKeepAlive = false;
    open.add(res);
    res.once("close", () => open.delete(res));
    if (deps.path !== undefined && (req.url ?? "").split("?")[0] !== deps.path) {
      req.resume();
      return answer(res, 404);
    }
    if (req.method !== "POST") {
      req.resume();
      return answer(res, 405);
    }
    const header = req.headers[SECRET_HEADER];
    if (!secretMatches(Array.isArray(header) ? header[0] : header, deps.secret)) {
      logger.warn("webhook request refused: bad secret");
      req.resume();
      return answer(res, 401);
    }
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, "webhook request failed");
      answer(res, 500);
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

function answer(res: ServerResponse, status: number): void {
  if (!res.headersSent) res.writeHead(status).end();
}

/** 503 asks Telegram for another delivery; the bot's error boundary decided it is worth one. */
function statusOf(error: unknown): number {
  return error instanceof BotError && error.error instanceof RetryableUpdateError ? 503 : 500;
}

/** One line per update that did not simply succeed in time, with ids only (the boundary logged the cause). */
function report(logger: Logger, updateId: number, error: unknown, status: number, late: boolean): void {
  if (status === 200) {
    if (late) logger.info({ updateId }, "webhook update finished after its request timed out; Telegram's copy will find it done");
  } else if (status === 503) {
    if (late) logger.warn({ updateId }, "webhook update failed after its request timed out; Telegram delivers it again");
    else logger.debug({ updateId }, "webhook update failed; asking Telegram to deliver it again");
  } else {
    logger.error({ err: error, updateId, late }, "webhook handling failed");
  }
}

/** The body, or why there is none: over `limit` bytes (by header or by count), or cut off. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too_large" | "unreadable"> {
  if (Number(req.headers["content-length"] ?? 0) > limit) return Promise.resolve("too_large");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      resolve("too_large");
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", () => resolve("unreadable"));
  });
}

function parseUpdate(body: Buffer): Update | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const id = (value as { update_id?: unknown }).update_id;
  return Number.isSafeInteger(id) && (id as number) >= 0 ? (value as Update) : undefined;
}
