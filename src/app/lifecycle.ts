import type { RunnerHandle } from "@grammyjs/runner";
import { runAsReplay } from "../transport/replay.js";
import { Context, type Bot, type BotError } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BotContext } from "../transport/context.js";
import type { Config } from "../config.js";
import type { Dashboard } from "../dashboard/dashboard.js";
import type { Desk } from "../desk/desk.js";
import { SweepIncompleteError } from "../errors.js";
import { createStreamTrimmer } from "../maintenance/stream-retention.js";
import { startRetentionSweeper } from "../maintenance/sweeper.js";
import { checkRedisDurability } from "../redis/check.js";
import type { OutboundScheduler } from "../transport/outbound/scheduler.js";
import { startPolling } from "../transport/polling.js";
import { createUpdateJournal, type UpdateMarker } from "../transport/update-journal.js";
import { startWebhookServer, type WebhookServer } from "../transport/webhook.js";
import { TRIAGE_FLOW_ID } from "./pipeline.js";
import type { Stores } from "./wiring.js";

const ALLOWED_UPDATES = ["message", "edited_message", "callback_query"] as const;

export interface LifecycleDependencies {
  bot: Bot<BotContext>;
  desk: Desk;
  /** The web dashboard: started after the desk, stopped first (it takes no updates, only browsers). */
  dashboard?: Pick<Dashboard, "start" | "stop"> | undefined;
  /** Stopped last: what the desk and the drained updates still queued gets its chance to leave. */
  outbound: Pick<OutboundScheduler, "idle" | "stop">;
  stores: Pick<Stores, "registry" | "cases" | "compactor" | "keys" | "box" | "pseudonymize">;
  redis: Redis;
  config: Config;
  clock: () => number;
  logger: Logger;
  skipRedisCheck?: boolean;
  /** How long `stop` waits for updates in flight (ms). */
  stopTimeoutMs: number;
}

export interface Lifecycle {
  start(options?: { receive?: boolean }): Promise<void>;
  /** Stops receiving, drains updates in flight up to the deadline, then the desk and the jobs. Idempotent. */
  stop(): Promise<void>;
  inFlightUpdates(): number;
}

/**
 * Start, drain and stop, in that order and nothing else: flows and Redis are
 * checked before anything is received; on SIGTERM receiving stops first, the
 * updates in flight finish (Telegram counts a fetched update as delivered),
 * and only then the desk and the retention jobs, which those updates use.
 */
export function createLifecycle(deps: LifecycleDependencies): Lifecycle {
  const { bot, desk, stores, redis, config, logger } = deps;
  const inFlight = trackInFlight(bot);
  let runner: RunnerHandle | undefined;
  let webhook: WebhookServer | undefined;
  let stopSweeper: (() => void) | undefined;
  let stopping: Promise<void> | undefined;

  const startJobs = () => {
    const streams = createStreamTrimmer({ redis, keys: stores.keys, retentionDays: config.retentionDays });
    stopSweeper = startRetentionSweeper({
      sweep: async (now) => {
        const purged = await stores.cases.sweep(now).catch((error: unknown) => {
          // What was purged before the failure must still leave the AOF.
          if (error instanceof SweepIncompleteError && error.purged > 0) stores.compactor.request();
          throw error;
        });
        if (purged > 0) stores.compactor.request();
        return purged;
      },
      trimStreams: (now) => streams.trim(now),
      clock: deps.clock,
      logger,
    });
  };

  // Where the marker of an update is, as the update was marked: people's chats by the person gate (a field of
  // the person's markers hash), every group by the plain dedupe (a string key).
  const markerOf = (update: Update): UpdateMarker => {
    const ctx = new Context(update, bot.api, {} as UserFromGetMe);
    if (ctx.chatId === undefined || ctx.chat?.type !== "private") return { key: stores.keys.updateSeen(update.update_id) };
    return { key: stores.keys.updatesSeen(stores.pseudonymize("chat", ctx.chatId)), field: String(update.update_id) };
  };
  const receive = async () => {
    if (config.webhook) {
      const path = new URL(config.webhook.url).pathname;
      webhook = await startWebhookServer({ bot, secret: config.webhook.secret, port: config.webhook.port, path, redis, keys: stores.keys, logger });
      await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
    } else {
      // What a crashed run fetched (and so confirmed) but never finished goes first, in order.
      const journal = createUpdateJournal({ redis, keys: stores.keys, box: stores.box, logger, markerOf: (update) => markerOf(update) });
      await journal.replay(async (update) => {
        await runAsReplay(() => bot.handleUpdate(update)).catch((error: unknown) => bot.errorHandler(error as BotError<BotContext>)).catch((error: unknown) => logger.error({ err: error }, "replayed update failed"));
      });
      // A webhook left from webhook mode is met by the first getUpdates (409) and deleted there.
      runner = startPolling({ bot, logger, allowedUpdates: ALLOWED_UPDATES, keeper: journal });
    }
    logger.info({ mode: config.webhook ? "webhook" : "polling", flow: stores.registry.current(TRIAGE_FLOW_ID).hash }, "beacon started");
  };

  const drainAndStop = async () => {
    const deadline = Date.now() + deps.stopTimeoutMs;
    // Stop taking updates: the runner stops fetching (updates it already fetched keep
    // running), the webhook server stops accepting (requests it holds keep running).
    const closing = Promise.all([runner?.stop(), webhook?.close(), deps.dashboard?.stop()]).catch((error: unknown) => {
      logger.error({ err: error }, "stop: receiving did not stop cleanly");
    });
    // Only then count what is left (a batch fetched as the runner stopped still starts).
    const drained = await untilDeadline(closing.then(() => inFlight.idle()), deadline);
    if (!drained) {
      const left = inFlight.count();
      // None left means receiving itself had not stopped (e.g. a webhook connection held open).
      logger.warn({ inFlight: left, stopTimeoutMs: deps.stopTimeoutMs }, left > 0 ? "stop: updates still in flight at the deadline; stopping anyway" : "stop: receiving had not stopped at the deadline; stopping anyway");
    }
    // In-flight updates used the desk (relay, eraser) and the sweeper shares Redis: they go last.
    stopSweeper?.();
    await stores.compactor.stop();
    await desk.stop();
    // Cards and relayed lines stay on their streams until Telegram took them, so what is
    // still queued at the deadline is tried again after a restart; housekeeping is dropped.
    if (!(await untilDeadline(deps.outbound.idle(), Math.max(deadline, Date.now() + 1000)))) {
      logger.warn({}, "stop: outbound calls still queued at the deadline; dropping them");
    }
    deps.outbound.stop();
  };

  return {
    async start({ receive: receiving = true } = {}) {
      await stores.registry.load();
      if (!deps.skipRedisCheck) {
        await checkRedisDurability({ redis, logger, strict: config.env === "production" && !config.allowUnsafeRedis });
      }
      await bot.init();
      await desk.start();
      await deps.dashboard?.start();
      startJobs();
      if (receiving) await receive();
    },
    stop() {
      stopping ??= drainAndStop();
      return stopping;
    },
    inFlightUpdates: () => inFlight.count(),
  };
}

/**
 * Counts updates inside `bot.handleUpdate`, which both the runner and the
 * webhook callback call per update. Wrapping it (rather than adding a
 * middleware) also covers the error handler, whose "try again" reply is part
 * of handling the update.
 */
function trackInFlight(bot: Bot<BotContext>): { count(): number; idle(): Promise<void> } {
  let count = 0;
  const waiters: Array<() => void> = [];
  const handleUpdate = bot.handleUpdate.bind(bot);
  bot.handleUpdate = async (...args) => {
    count++;
    try {
      return await handleUpdate(...args);
    } finally {
      count--;
      if (count === 0) for (const wake of waiters.splice(0)) wake();
    }
  };
  return {
    count: () => count,
    idle: () => (count === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
  };
}

/** Whether `work` resolved before `deadline` (ms since the epoch). */
async function untilDeadline(work: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([work.then(() => true), expired]);
  } finally {
    clearTimeout(timer);
  }
}
