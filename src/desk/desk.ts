import { hostname } from "node:os";
import { Composer, type Api } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BotContext } from "../bot/context.js";
import type { CaseEraser } from "../cases/ports.js";
import type { PrefsStore } from "../person/prefs.js";
import type { Audit } from "../cases/audit.js";
import type { Outbox } from "../cases/outbox.js";
import type { CaseStore } from "../cases/store.js";
import type { Config } from "../config.js";
import type { Pseudonymize } from "../crypto/box.js";
import type { Translator } from "../i18n/translator.js";
import type { Keys } from "../redis/keys.js";
import type { ForgetDeleted, MessageTracker } from "../person/message-tracker.js";
import type { TriageCard } from "../triage/card.js";
import { createCallbackTokens } from "./callbacks.js";
import { createCardPublisher, type FlowSource } from "./cards.js";
import { createDeadLetters, refusalLetter } from "./dead-letters.js";
import { createDispatcher, type Dispatcher } from "./dispatcher.js";
import { createCaseEraser } from "./eraser.js";
import { createQuickExitNote } from "./exit-note.js";
import { createCardButtons } from "./features/claim.js";
import { createDeskCommands } from "./features/commands.js";
import { createReannouncer } from "./reannounce.js";
import { createRelay } from "./relay.js";
import { createRuntime } from "./runtime.js";

/** Knobs with production defaults; tests turn them. */
export interface DeskOptions {
  /** Consumer name in the `desk` group (default: host name and pid). */
  consumer?: string;
  /** Take over pending entries idle this long from a dead consumer (ms, default 60 000). */
  claimIdleMs?: number;
  /** How long one blocking read of the cases stream waits (ms, default 2 000). */
  blockMs?: number;
  /** How often `tick` runs on its own after `start` (ms, default 15 000). */
  tickIntervalMs?: number;
  /** At most one "your message reached the team" note per case per this many ms (default 5 min). */
  ackCooldownMs?: number;
  /** Run the stream dispatcher loop in `start` (default true). */
  dispatch?: boolean;
  /** Test hook: runs after a card is posted and recorded, before the stream entry is acknowledged. */
  afterPost?: (caseId: string) => void | Promise<void>;
}

/** What `createDesk` needs; app.ts passes these. */
export interface DeskDependencies {
  api: Api;
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  audit: Audit;
  outbox: Outbox;
  prefs: PrefsStore;
  /** The person's message ids (the app's, so it sees what the open update staged). */
  tracker: MessageTracker & ForgetDeleted;
  translator: Translator;
  pseudonymize: Pseudonymize;
  config: Pick<Config, "coordinatorChatId" | "coordinatorIds" | "coordinatorLocale" | "reannounceSeconds" | "retentionDays">;
  clock: () => number;
  logger: Logger;
  /** Flow versions, for option labels and place names on the card (the flow registry). */
  flows: FlowSource;
  options?: DeskOptions;
}

export interface Desk {
  /** Everything in the coordinators' chat; stops there. Other chats pass through untouched. */
  composer: Composer<BotContext>;
  /** Private chats: a person with a live case writes to the team (after triage, before the flow runner). */
  personComposer: Composer<BotContext>;
  eraser: CaseEraser;
  /** Tells the team the person of a live case used quick exit (no content). */
  noteQuickExit(person: string): Promise<void>;
  /** Starts the stream dispatcher and the re-announce / held-message timer. */
  start(): Promise<void>;
  /** Stops both and waits for a pass in flight. */
  stop(): Promise<void>;
  /** One pass of re-announce and held-message delivery (tests call it with an injected clock). */
  tick(): Promise<void>;
  dispatcher: Dispatcher;
}

/**
 * The coordinators' desk: cards in the group, fenced buttons, commands, the
 * relay both ways, reminders for unclaimed critical cases, and the person's
 * erase. See docs/architecture.md.
 */
export function createDesk(deps: DeskDependencies): Desk {
  const { config, logger } = deps;
  const options = deps.options ?? {};
  const chatId = config.coordinatorChatId;
  const locale = config.coordinatorLocale;
  const tokens = createCallbackTokens({ redis: deps.redis, keys: deps.keys, ttlSeconds: config.retentionDays * 86_400 });
  // A dead letter's mark lives as long as the letter: the stream is trimmed to the retention period.
  const deadLetters = createDeadLetters({ redis: deps.redis, keys: deps.keys, clock: deps.clock, retentionMs: config.retentionDays * 86_400_000 });
  const cards = createCardPublisher({
    api: deps.api,
    chatId: chatId ?? 0,
    translator: deps.translator,
    locale,
    tokens,
    flows: deps.flows,
    clock: deps.clock,
    async onRefused(refusal) {
      logger.error({ caseId: refusal.caseId, method: refusal.method, code: refusal.code }, "Telegram refused a card; a plain fallback card was sent");
      await deadLetters(refusalLetter(refusal));
    },
  });
  const rt = createRuntime(
    {
      api: deps.api,
      redis: deps.redis,
      keys: deps.keys,
      cases: deps.cases,
      audit: deps.audit,
      outbox: deps.outbox,
      prefs: deps.prefs,
      tracker: deps.tracker,
      translator: deps.translator,
      clock: deps.clock,
      logger,
      chatId,
      locale,
      tokens,
      cards,
    },
    { pseudonymize: deps.pseudonymize, coordinatorIds: config.coordinatorIds },
  );
  const reannouncer = createReannouncer(rt, { intervalMs: config.reannounceSeconds * 1000 });
  const relay = createRelay(rt, { ackCooldownMs: options.ackCooldownMs ?? 5 * 60_000 });
  const dispatcher = createDispatcher({
    redis: deps.redis,
    keys: deps.keys,
    cases: deps.cases,
    cards,
    clock: deps.clock,
    logger,
    consumer: options.consumer ?? `desk-${hostname()}-${process.pid}`,
    claimIdleMs: options.claimIdleMs ?? 60_000,
    onPosted: (caseId) => reannouncer.markPosted(caseId),
    deadLetters,
    ...(options.afterPost ? { afterPost: options.afterPost } : {}),
  });

  const composer = new Composer<BotContext>();
  const inDesk = composer.filter((ctx) => chatId !== undefined && ctx.chat?.id === chatId);
  inDesk.use(createCardButtons(rt));
  inDesk.use(createDeskCommands(rt, relay));
  // Nothing from the coordinators' chat reaches person features; a stray press still gets its spinner stopped.
  inDesk.use(async (ctx) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  });

  let running = false;
  let loop: Promise<void> | undefined;
  let blocking: Redis | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;

  async function tick(): Promise<void> {
    if (chatId === undefined) return;
    try {
      // Before the reminders: they reply to a card, so a case without one would get none.
      await dispatcher.repostMissing();
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "missing-card pass failed");
    }
    try {
      await reannouncer.run();
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "re-announce pass failed");
    }
    await relay.deliverHeld();
  }

  async function dispatchLoop(connection: Redis): Promise<void> {
    while (running) {
      try {
        await dispatcher.pollOnce({ blockMs: options.blockMs ?? 2000, connection });
      } catch (error) {
        if (!running) return;
        logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "desk dispatcher pass failed");
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  return {
    composer,
    personComposer: relay.personComposer,
    eraser: createCaseEraser(rt),
    noteQuickExit: createQuickExitNote(rt),
    dispatcher,
    tick,
    async start() {
      if (running) return;
      if (chatId === undefined) {
        logger.warn("no coordinators' chat configured; the desk stays idle");
        return;
      }
      running = true;
      if (options.dispatch !== false) {
        // A blocked read holds its connection; it must not be the one everything else uses.
        blocking = deps.redis.duplicate();
        // Reconnects are retried by ioredis; the dispatch loop logs failed passes itself.
        blocking.on("error", (error: Error) => logger.debug({ err: error.name }, "desk redis connection error"));
        loop = dispatchLoop(blocking);
      }
      timer = setInterval(() => {
        if (ticking) return;
        ticking = tick()
          .catch((error: unknown) => logger.warn({ err: error instanceof Error ? error.name : "unknown" }, "desk tick failed"))
          .finally(() => {
            ticking = undefined;
          });
      }, options.tickIntervalMs ?? 15_000);
      timer.unref();
    },
    async stop() {
      running = false;
      if (timer) clearInterval(timer);
      timer = undefined;
      // Disconnecting ends the blocked read at once instead of waiting out BLOCK.
      blocking?.disconnect();
      await loop;
      await ticking;
      blocking = undefined;
      loop = undefined;
    },
  };
}
