import { autoRetry } from "@grammyjs/auto-retry";
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { createBot } from "./bot/bot.js";
import { createPersonApiGuard } from "./bot/api-guard.js";
import type { BotContext } from "./bot/context.js";
import { createPersonGate } from "./bot/features/person-gate.js";
import { createSessionRegistry } from "./bot/person-session.js";
import { createPersonCommands, isPersonCommand, type CaseEraser } from "./bot/features/person-commands.js";
import { createUnhandled } from "./bot/features/unhandled.js";
import { createPresenter } from "./bot/presenter.js";
import { createPrefsStore } from "./bot/prefs.js";
import { createAudit } from "./cases/audit.js";
import { createOutbox } from "./cases/outbox.js";
import { createCaseStore } from "./cases/store.js";
import type { Config } from "./config.js";
import { createCipherBox, createPseudonymizer } from "./crypto/box.js";
import { createSealedConversationStorage } from "./flow/conversation-storage.js";
import { createFlowRegistry } from "./flow/registry.js";
import { createFlowRunner } from "./flow/runner.js";
import { createFlowService } from "./flow/service.js";
import { createFlowStateStore } from "./flow/state-store.js";
import { createTranslator } from "./i18n/translator.js";
import { checkRedisDurability } from "./redis/check.js";
import { createKeys } from "./redis/keys.js";
import { createUpdateDedupe } from "./safety/dedupe.js";
import { createMessageTracker } from "./safety/message-tracker.js";
import { createQuickExit } from "./safety/quick-exit.js";
import { createChatLock } from "./safety/chat-lock.js";
import { startWebhookServer, type WebhookServer } from "./safety/webhook.js";
import { createAofCompactor } from "./safety/aof-compactor.js";
import { createStreamTrimmer } from "./safety/stream-retention.js";
import { startRetentionSweeper } from "./safety/sweeper.js";
import { triageCardSchema, type TriageCard } from "./triage/card.js";
import { createCaseFiler } from "./triage/file-case.js";
import { createDesk, type Desk } from "./desk/desk.js";
import { SweepIncompleteError } from "./errors.js";

export const TRIAGE_FLOW_ID = "triage";

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
  keys: ReturnType<typeof createKeys>;
  cases: ReturnType<typeof createCaseStore<TriageCard>>;
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

export function createApp(options: AppOptions): App {
  const { config, logger, redis } = options;
  const clock = options.clock ?? Date.now;
  const keys = createKeys(options.namespace);
  const token = options.token ?? config.botToken;
  if (!token) throw new Error("createApp needs a bot token");
  const box = createCipherBox(config.dataKeys);
  const pseudonymize = createPseudonymizer(config.pseudonymSecret ?? "");
  const translator = createTranslator({ localesDir: config.localesDir });
  const idle = config.conversationIdleSeconds;
  const registry = createFlowRegistry({ flowsDir: config.flowsDir, localesDir: config.localesDir, redis, keys, versionTtlSeconds: idle + 3600, logger });
  // Each person update reads its state in one script and writes it in one MULTI (see person-session.ts).
  const sessions = createSessionRegistry();
  const prefsSeconds = config.retentionDays * 86400;
  const states = createFlowStateStore({ redis, keys, box, ttlSeconds: idle, sessions });
  const prefs = createPrefsStore({ redis, keys, ttlSeconds: prefsSeconds, sessions });
  const tracker = createMessageTracker({ redis, keys, sessions });
  const conversationStorage = createSealedConversationStorage({ redis, keys, box, ttlSeconds: idle, sessions });
  const compactor = createAofCompactor({ redis, logger });
  /** After a person's erase, the deleted values leave the append-only file too. */
  const compactingEraser = (eraser: CaseEraser): CaseEraser => ({
    async eraseForPerson(person) {
      const erased = await eraser.eraseForPerson(person);
      compactor.request();
      return erased;
    },
  });
  const cases = createCaseStore<TriageCard>({ redis, keys, box, clock, retentionDays: config.retentionDays, parseCard: (v) => triageCardSchema.parse(v) });
  const audit = createAudit({ redis, keys, clock });
  const outbox = createOutbox({ redis, keys, box, clock });
  const isDeskChat = (chatId: number) => chatId === config.coordinatorChatId;
  const webhookMode = config.webhook !== undefined;

  let desk!: Desk;
  const { bot, handledUpdates } = createBot({
    token,
    client: { apiRoot: config.telegramApiRoot, ...(options.fetch ? { fetch: options.fetch } : {}) },
    logger,
    pseudonymize,
    translator,
    deskChatId: config.coordinatorChatId,
    transformers: [
      createPersonApiGuard({ isDeskChat, pseudonymize, tracker, clock, logger }),
      autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }),
    ],
    features: (api) => {
      const presenter = createPresenter({ api, translator });
      const deleteMessages = async (chatId: number, ids: number[]) => {
        await api.deleteMessages(chatId, ids);
      };
      const service = createFlowService({
        flowId: TRIAGE_FLOW_ID,
        registry,
        states,
        presenter,
        tracker,
        filer: createCaseFiler({ cases, clock }),
        answerCallback: async (id) => {
          await api.answerCallbackQuery(id);
        },
        deleteMessages,
        newSessionId: () => cases.newCaseId(),
        caseOfPerson: (person) => cases.caseOfPerson(person),
        clock,
        logger,
      });
      const quickExit = createQuickExit({
        tracker,
        deleteMessages,
        forgetConversation: async (person) => {
          // The relay's trail says the team wrote to them: it goes with the messages it listed.
          await Promise.all([states.clear(person), conversationStorage.delete(person), redis.del(keys.relayTrail(person))]);
        },
        onWiped: (person) => desk.noteQuickExit(person),
        clock,
        logger,
      });
      const flowRunner = createFlowRunner({
        service,
        storage: conversationStorage,
        pseudonymize,
        passThrough: (ctx) => isPersonCommand(ctx, translator),
      });
      desk = createDesk({ api, redis, keys, cases, audit, outbox, prefs, tracker, translator, pseudonymize, config, clock, logger, flows: registry });
      return [
        webhookMode ? createChatLock({ redis, keys, logger }) : sequentialize<BotContext>((ctx) => ctx.chatId?.toString()),
        createUpdateDedupe({ redis, keys }),
        createPersonGate({
          redis,
          keys,
          box,
          prefs,
          sessions,
          translator,
          perSecond: config.rateLimitPerSecond,
          ttl: { idleSeconds: idle, prefsSeconds },
          clock,
          notifyFlood: async (ctx) => {
            if (ctx.chatId !== undefined) await api.sendMessage(ctx.chatId, translator.t(ctx.beacon.locale, "flood-notice"));
          },
        }),
        desk.composer,
        flowRunner.conversations,
        createPersonCommands({ translator, prefs, service, quickExit, eraser: compactingEraser(desk.eraser), caseOfPerson: (person) => cases.caseOfPerson(person) }),
        desk.personComposer,
        flowRunner.entry,
        createUnhandled({ translator }),
      ];
    },
  });

  const inFlight = trackInFlight(bot);
  let runner: RunnerHandle | undefined;
  let stopSweeper: (() => void) | undefined;
  let webhook: WebhookServer | undefined;
  let stopping: Promise<void> | undefined;
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;

  const drainAndStop = async () => {
    const deadline = Date.now() + stopTimeoutMs;
    // Stop taking updates: the runner stops fetching (updates it already fetched keep
    // running), the webhook server stops accepting (requests it holds keep running).
    const closing = Promise.all([runner?.stop(), webhook?.close()]).catch((error: unknown) => {
      logger.error({ err: error }, "stop: receiving did not stop cleanly");
    });
    // Only then count what is left (a batch fetched as the runner stopped still starts).
    // Telegram counts a fetched or answered update as delivered: one cut short is lost.
    const drained = await untilDeadline(closing.then(() => inFlight.idle()), deadline);
    if (!drained) {
      const left = inFlight.count();
      // None left means receiving itself had not stopped (e.g. a webhook connection held open).
      logger.warn({ inFlight: left, stopTimeoutMs }, left > 0 ? "stop: updates still in flight at the deadline; stopping anyway" : "stop: receiving had not stopped at the deadline; stopping anyway");
    }
    // In-flight updates used the desk (relay, eraser) and the sweeper shares Redis: they go last.
    stopSweeper?.();
    await compactor.stop();
    await desk.stop();
  };

  return {
    bot,
    handledUpdates,
    inFlightUpdates: () => inFlight.count(),
    get desk() {
      return desk;
    },
    keys,
    cases,
    async start({ receive = true } = {}) {
      await registry.load();
      if (!options.skipRedisCheck) {
        await checkRedisDurability({ redis, logger, strict: config.env === "production" && !config.allowUnsafeRedis });
      }
      await bot.init();
      await desk.start();
      const streams = createStreamTrimmer({ redis, keys, retentionDays: config.retentionDays });
      stopSweeper = startRetentionSweeper({
        sweep: async (now) => {
          const purged = await cases.sweep(now).catch((error: unknown) => {
            // What was purged before the failure must still leave the AOF.
            if (error instanceof SweepIncompleteError && error.purged > 0) compactor.request();
            throw error;
          });
          if (purged > 0) compactor.request();
          return purged;
        },
        trimStreams: (now) => streams.trim(now), clock, logger });
      if (!receive) return;
      if (config.webhook) {
        webhook = await startWebhookServer({ bot, secret: config.webhook.secret, port: config.webhook.port, redis, keys, logger });
        await bot.api.setWebhook(config.webhook.url, { secret_token: config.webhook.secret, allowed_updates: ["message", "edited_message", "callback_query"] });
      } else {
        await bot.api.deleteWebhook();
        runner = run(bot, { runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query"] } } });
      }
      logger.info({ mode: config.webhook ? "webhook" : "polling", flow: registry.current(TRIAGE_FLOW_ID).hash }, "beacon started");
    },
    watchFlows() {
      const unwatch = registry.watch((result) => {
        if (result.ok) translator.reload();
        if (result.ok) logger.info({ flow: registry.current(TRIAGE_FLOW_ID).hash }, "flows reloaded");
        else logger.warn({ problems: result.problems.length }, "flow edit is invalid; the last good version stays live");
        if (!result.ok) console.error(result.problems.join("\n"));
      });
      return async () => unwatch();
    },
    stop() {
      stopping ??= drainAndStop();
      return stopping;
    },
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
