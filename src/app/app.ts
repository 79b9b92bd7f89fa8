import { autoRetry } from "@grammyjs/auto-retry";
import type { Bot } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { createBot } from "../bot/bot.js";
import type { BotContext } from "../transport/context.js";
import type { Config } from "../config.js";
import { createDashboard, type Dashboard } from "../dashboard/dashboard.js";
import { createDashboardCommand } from "../dashboard/bot-command.js";
import type { Desk } from "../desk/desk.js";
import { createDesks } from "../desk/desks.js";
import { loadDeskRoutes, routeOf } from "../desk/routes.js";
import type { TriageCard } from "../triage/card.js";
import { createPendingDeletes } from "../person/pending-deletes.js";
import { ConfigError } from "../errors.js";
import { createPersonApiGuard } from "../transport/api-guard.js";
import { createOutboundScheduler } from "../transport/outbound/scheduler.js";
import { createLifecycle } from "./lifecycle.js";
import { createPipeline, TRIAGE_FLOW_ID } from "./pipeline.js";
import { createStores, type Stores } from "./wiring.js";

export interface AppOptions {
  config: Config;
  logger: Logger;
  redis: Redis;
  /** Key namespace; tests give each app its own. */
  namespace?: string;
  clock?: () => number;
  /** Replaces grammY's fetch (the benchmark's in-process Bot API stub). */
  fetch?: typeof fetch;
  /** Bot token; config.botToken otherwise. */
  token?: string;
  /** Skip the durability check (tests on a throwaway Redis). */
  skipRedisCheck?: boolean;
  /** How long `stop` waits for updates in flight before giving up on them (ms, default 10 000). */
  stopTimeoutMs?: number;
}

export interface App {
  bot: Bot<BotContext>;
  /** Updates whose handling finished (including failed ones). */
  handledUpdates(): number;
  desk: Desk;
  /** The coordinators' web dashboard; undefined with `DASHBOARD=off`. */
  dashboard: Dashboard | undefined;
  keys: Stores["keys"];
  cases: Stores["cases"];
  /**
   * Loads flows, checks Redis, starts the desk and polling (or the webhook
   * server). `receive: false` skips receiving: the caller feeds `bot.handleUpdate`.
   */
  start(options?: { receive?: boolean }): Promise<void>;
  /**
   * Stops receiving, waits (up to `stopTimeoutMs`) for updates in flight,
   * then stops the desk and the sweeper. Leaves Redis open. Idempotent.
   */
  stop(): Promise<void>;
  /** Updates that entered the bot and have not finished (error handler included). */
  inFlightUpdates(): number;
  /** `npm run dev`: reloads flows and locales on change; returns a stopper. */
  watchFlows(): () => Promise<void>;
}

/**
 * The composition root: stores, then the bot and its outbound path, then the
 * desk, then the update pipeline (`pipeline.ts`, the order of features), then
 * the lifecycle (`lifecycle.ts`). Each step gets only what it uses.
 */
export function createApp(options: AppOptions): App {
  const { config, logger, redis } = options;
  const clock = options.clock ?? Date.now;
  const token = options.token ?? config.botToken;
  if (!token) throw new ConfigError("createApp needs a bot token (BOT_TOKEN)");
  const stores = createStores({ config, redis, logger, clock, namespace: options.namespace });
  const { keys, pseudonymize, translator, registry } = stores;
  // Read before anything starts: a broken desks file stops the start with every problem named.
  const routes = config.desksFile ? loadDeskRoutes(config.desksFile, config.coordinatorChatId) : [];
  const deskChats = new Set([...(config.coordinatorChatId !== undefined ? [config.coordinatorChatId] : []), ...routes.map((r) => r.chat_id)]);
  const isDeskChat = (chatId: number) => deskChats.has(chatId);
  const outbound = createOutboundScheduler({
    limits: config.sendLimits,
    logger: logger.child({ component: "outbound" }),
    // A discreet delete that never happened: its ids stay tracked, so quick exit still removes them.
    onBackgroundFailure: ({ chatId, messageIds }) => {
      if (typeof chatId !== "number" || !messageIds?.length) return;
      stores.tracker.track(pseudonymize("chat", chatId), messageIds, clock()).catch((error: unknown) => {
        logger.warn({ err: error }, "could not keep undeleted message ids tracked");
      });
    },
  });
  const { bot, handledUpdates, install } = createBot({
    token,
    client: { apiRoot: config.telegramApiRoot, ...(options.fetch ? { fetch: options.fetch } : {}) },
    logger,
    pseudonymize,
    translator,
    isDeskChat,
    // Innermost first: the guard sees what Telegram accepted; auto-retry takes 5xx and
    // network errors but hands every 429 back (maxDelaySeconds 0) to the scheduler, which
    // pauses only that chat for exactly retry_after and keeps the call queued.
    transformers: [
      createPersonApiGuard({ isDeskChat, pseudonymize, tracker: stores.tracker, clock, logger }),
      autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 0 }),
      outbound.transformer,
    ],
  });
  const { cases, audit, outbox, prefs, tracker } = stores;
  // Only the group's budget: the desk decides between cards and a digest, the scheduler stays its own.
  const group = { budget: (chatId: number, withinMs: number) => outbound.budget(chatId, withinMs), pending: (chatId: number) => outbound.pending(chatId) };
  // Deletes due later (the reference, unanswered team messages), swept by the desk tick.
  const pendingDeletes = createPendingDeletes({ redis, keys, box: stores.box, deleteMessages: (chatId, ids) => bot.api.deleteMessages(chatId, ids), tracker, logger });
  const desk = createDesks({ api: bot.api, redis, keys, cases, audit, outbox, prefs, tracker, pendingDeletes, translator, pseudonymize, config, clock, logger, flows: registry, group }, routes, stores.caseStoreFor);
  const dashboard = dashboardFor({ config, redis, stores, clock, logger });
  const dashboardCommand = dashboard
    ? createDashboardCommand({ issueLink: (who) => dashboard.issueLink(who), coordinatorIds: config.coordinatorIds, deskChatId: config.coordinatorChatId, pseudonymize, translator, locale: config.coordinatorLocale })
    : undefined;
  const route = routes.length > 0 ? (card: TriageCard) => routeOf(routes, card) : undefined;
  install(createPipeline({ api: bot.api, redis, config, stores, desk, pendingDeletes, clock, logger, dashboardCommand, ...(route ? { route } : {}) }));
  const lifecycle = createLifecycle({
    bot,
    desk,
    dashboard,
    outbound,
    stores,
    redis,
    config,
    clock,
    logger,
    skipRedisCheck: options.skipRedisCheck,
    stopTimeoutMs: options.stopTimeoutMs ?? 10_000,
  });

  return {
    bot,
    handledUpdates,
    desk,
    dashboard,
    keys,
    cases,
    start: (startOptions) => lifecycle.start(startOptions),
    stop: () => lifecycle.stop(),
    inFlightUpdates: () => lifecycle.inFlightUpdates(),
    watchFlows() {
      const unwatch = registry.watch((result) => {
        if (result.ok) translator.reload();
        if (result.ok) logger.info({ flow: registry.current(TRIAGE_FLOW_ID).hash }, "flows reloaded");
        else logger.warn({ problems: result.problems.length }, "flow edit is invalid; the last good version stays live");
        if (!result.ok) console.error(result.problems.join("\n"));
      });
      return async () => unwatch();
    },
  };
}

/** The dashboard over the app's stores: it changes cases only through the store, and the desk shows each change on the card. */
function dashboardFor(deps: { config: Config; redis: Redis; stores: Stores; clock: () => number; logger: Logger }): Dashboard | undefined {
  const { config, redis, stores } = deps;
  if (!config.dashboard) return undefined;
  const { registry } = stores;
  return createDashboard({
    redis,
    keys: stores.keys,
    cases: stores.cases,
    audit: stores.audit,
    outbox: stores.outbox,
    box: stores.box,
    pseudonymize: stores.pseudonymize,
    translator: stores.translator,
    flows: { byHash: (hash) => registry.byHash(hash), current: () => currentFlow(registry) },
    config,
    clock: deps.clock,
    logger: deps.logger.child({ component: "dashboard" }),
  });
}

/** Today's triage flow, or undefined before the flows are loaded. */
function currentFlow(registry: Stores["registry"]) {
  try {
    return registry.current(TRIAGE_FLOW_ID);
  } catch {
    return undefined;
  }
}

/**
 * `npm run dashboard`: the dashboard alone, over the same Redis as a running
 * Beacon (its claims reach the cards through that Beacon's desk).
 */
export async function startDashboardOnly(options: { config: Config; logger: Logger; redis: Redis }): Promise<{ url: string; stop(): Promise<void> }> {
  const stores = createStores({ config: options.config, redis: options.redis, logger: options.logger, clock: Date.now });
  await stores.registry.load();
  const dashboard = dashboardFor({ ...options, stores, clock: Date.now });
  if (!dashboard) throw new ConfigError("npm run dashboard needs DASHBOARD=on");
  await dashboard.start();
  return { url: dashboard.url(), stop: () => dashboard.stop() };
}
