import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { createApp, type App } from "../app/app.js";
import type { Config } from "../config.js";
import { createPseudonymizer } from "../crypto/box.js";
import { ConfigError } from "../errors.js";
import { createBotApiEmulator, type BotApiEmulator } from "./emulator/index.js";
import { listLocales, type SandboxLocale } from "./locales.js";
import { reviewData } from "./review-data.js";

/** The coordinators' group of the sandbox (a supergroup id, like Telegram's -100…). */
export const SANDBOX_DESK_CHAT_ID = -1000000000001;
/** The one coordinator the page acts as in the coordinators' group. */
export const SANDBOX_COORDINATOR = { id: 9001, first_name: "Sandbox coordinator" } as const;
/** Fake token: only the emulator ever sees it; its id part is the bot's user id. */
export const SANDBOX_BOT_TOKEN = "1000001:SANDBOX-local-emulator-not-a-real-token";
/** Username getMe reports for the sandbox bot. */
export const SANDBOX_BOT_USERNAME = "beacon_sandbox_bot";

export interface SandboxOptions {
  config: Config;
  logger: Logger;
  redis: Redis;
  /** 0 picks a free port; default 8080. Always bound to 127.0.0.1. */
  port?: number;
  /** Reload flows and locales when their files change (`npm run dev -- --sandbox`). */
  hotReload?: boolean;
  /**
   * Redis key namespace of the sandbox (default `sandbox`). Its keys are wiped
   * at start: the emulator's chats live in memory only, so state kept from an
   * earlier run would point at messages that no longer exist.
   */
  namespace?: string;
}

export interface Sandbox {
  /** Address of the page, e.g. `http://127.0.0.1:8080/`. */
  url: string;
  emulator: BotApiEmulator;
  app: App;
  stop(): Promise<void>;
}

/** What the page needs to know to act as a person and as the coordinator. */
export interface SandboxInfo {
  deskChatId: number;
  coordinator: { id: number; first_name: string };
  botUsername: string;
  /** Only locales with a file, each with its review state. */
  locales: SandboxLocale[];
}

const STATIC_FILES: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/index.html": { file: "index.html", type: "text/html; charset=utf-8" },
  "/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
  "/render.js": { file: "render.js", type: "text/javascript; charset=utf-8" },
  "/map.js": { file: "map.js", type: "text/javascript; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
  "/review.html": { file: "review.html", type: "text/html; charset=utf-8" },
  "/review.js": { file: "review.js", type: "text/javascript; charset=utf-8" },
};

// Nothing on the page may come from elsewhere: it runs offline and shows case data.
const SECURITY_HEADERS = {
  "content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
};

/**
 * Runs Beacon against a local Telegram Bot API emulator and serves the
 * sandbox page on the same port, so maintainers can try the conversation as
 * a person and the triage card as a coordinator without a bot token or internet.
 */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const { config, logger, redis } = options;
  const namespace = options.namespace ?? "sandbox";
  const webDir = findWebDir();
  const info: SandboxInfo = {
    deskChatId: SANDBOX_DESK_CHAT_ID,
    coordinator: { ...SANDBOX_COORDINATOR },
    botUsername: SANDBOX_BOT_USERNAME,
    locales: listLocales(config.localesDir),
  };

  await clearNamespace(redis, namespace);
  const port = options.port ?? 8080;
  const emulator = await createBotApiEmulator({
    port,
    botUsername: SANDBOX_BOT_USERNAME,
    extraRoutes: (req, res) => serveDashboardLink(req, res, app, config) || serveReview(req, res, config, logger) || serveStatic(req, res, webDir, { ...info, locales: listLocales(config.localesDir) }, logger),
  }).catch((error: unknown) => {
    // The one start-up failure a maintainer can fix alone; say how.
    if (isErrnoException(error) && error.code === "EADDRINUSE") {
      throw new ConfigError(`port ${port} is already in use: set SANDBOX_PORT in .env to another port (e.g. 8081)`, { cause: error });
    }
    throw error;
  });
  emulator.registerChat({ id: SANDBOX_DESK_CHAT_ID, type: "supergroup", title: "Coordinators (sandbox)" });

  // Set once started; the page's /dashboard route asks it for a sign-in link.
  let app: App | undefined;
  let unwatch: (() => Promise<void>) | undefined;
  try {
    app = createApp({
      config: {
        ...config,
        botToken: SANDBOX_BOT_TOKEN,
        telegramApiRoot: emulator.apiRoot,
        coordinatorChatId: SANDBOX_DESK_CHAT_ID,
        coordinatorIds: new Set([SANDBOX_COORDINATOR.id]),
        // The emulator is polled; a webhook URL from .env would point at the real world.
        webhook: undefined,
      },
      logger,
      redis,
      namespace,
      token: SANDBOX_BOT_TOKEN,
      skipRedisCheck: true,
    });
    await app.start();
    if (options.hotReload) unwatch = app.watchFlows();
  } catch (error) {
    await emulator.close();
    throw error;
  }

  let stopped = false;
  return {
    url: `http://127.0.0.1:${emulator.port}/`,
    emulator,
    app,
    async stop() {
      if (stopped) return;
      stopped = true;
      await unwatch?.();
      try {
        await app.stop();
      } finally {
        await emulator.close();
      }
    },
  };
}

/** The page's folder: next to this module under tsx, or in src/ when run from a dist build. */
function findWebDir(): string {
  const beside = fileURLToPath(new URL("./web/", import.meta.url));
  if (existsSync(join(beside, "index.html"))) return beside;
  return join(process.cwd(), "src", "sandbox", "web");
}

async function clearNamespace(redis: Redis, namespace: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${namespace}:*`, "COUNT", "500");
    cursor = next;
    if (keys.length > 0) await redis.unlink(...keys);
  } while (cursor !== "0");
}

/**
 * `/dashboard`: signs the sandbox's coordinator in to the dashboard with a fresh
 * one-time link (on a real bot they send `/dashboard` to it instead).
 */
function serveDashboardLink(req: IncomingMessage, res: ServerResponse, app: App | undefined, config: Config): boolean {
  if (req.method !== "GET" || new URL(req.url ?? "/", "http://127.0.0.1").pathname !== "/dashboard") return false;
  const dashboard = app?.dashboard;
  if (!dashboard) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8", ...SECURITY_HEADERS });
    res.end("the dashboard is off (DASHBOARD=off)");
    return true;
  }
  // The desk's name for the coordinator: the same pseudonym their card buttons act under.
  const actor = createPseudonymizer(config.pseudonymSecret ?? "")("user", SANDBOX_COORDINATOR.id);
  dashboard.issueLink({ actor, name: SANDBOX_COORDINATOR.first_name }).then(
    (link) => {
      res.writeHead(303, { location: link, ...SECURITY_HEADERS });
      res.end();
    },
    () => {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("could not issue a dashboard link");
    },
  );
  return true;
}

/** `/review.json?locale=xx`: the texts of one locale for the review page, read fresh so an applied patch shows at once. */
function serveReview(req: IncomingMessage, res: ServerResponse, config: Config, logger: Logger): boolean {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (req.method !== "GET" || url.pathname !== "/review.json") return false;
  const locale = url.searchParams.get("locale") ?? "";
  reviewData(config.flowsDir, config.localesDir, locale).then(
    (data) => {
      res.writeHead(data ? 200 : 404, { "content-type": "application/json; charset=utf-8", ...SECURITY_HEADERS });
      res.end(JSON.stringify(data ?? { error: `no locale file for "${locale}"` }));
    },
    (error: unknown) => {
      logger.error({ err: error }, "review page data failed");
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("review data failed");
    },
  );
  return true;
}

function serveStatic(req: IncomingMessage, res: ServerResponse, webDir: string, info: SandboxInfo, logger: Logger): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
  if (path === "/sandbox.json") {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", ...SECURITY_HEADERS });
    res.end(JSON.stringify(info));
    return true;
  }
  const entry = STATIC_FILES[path];
  if (!entry) return false;
  // Read on every request so edits to the page show on reload, without a build step.
  readFile(join(webDir, entry.file)).then(
    (body) => {
      res.writeHead(200, { "content-type": entry.type, ...SECURITY_HEADERS });
      res.end(req.method === "HEAD" ? undefined : body);
    },
    (error: unknown) => {
      logger.error({ err: error, file: entry.file }, "sandbox page file missing");
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("sandbox page file missing");
    },
  );
  return true;
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
}
