import { hostname } from "node:os";
import { Composer } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "../transport/context.js";
import type { CaseEraser } from "../cases/ports.js";
import { createCompoundReports } from "../triage/compound-link.js";
import { createCallbackTokens, type CallbackTokens } from "./callbacks.js";
import { createCardRefresher, type CardRefresher } from "./card-refresh.js";
import { createCardPublisher, type CardPublisher } from "./cards.js";
import { createCoordinators } from "./coordinators.js";
import { createDeadLetters, refusalLetter, type DeadLetters } from "./dead-letters.js";
import { createDeskAudit } from "./desk-audit.js";
import { deskText } from "./desk-text.js";
import { createDispatcher, type Dispatcher, type DispatcherDependencies } from "./dispatcher.js";
import { createCaseEraser } from "./eraser.js";
import { createQuickExitNote } from "./exit-note.js";
import { digestFor } from "./digest-setup.js";
import type { Digest } from "./digest.js";
import { createCardButtons } from "./features/claim.js";
import { createDigestButton } from "./features/digest-button.js";
import { createDeskCommands } from "./features/commands.js";
import { createDeskLoop } from "./loop.js";
import { createReannouncer, type Reannouncer } from "./reannounce.js";
import { createRelayToDesk } from "./relay-to-desk.js";
import { createRelayToPerson, type RelayToPerson } from "./relay-to-person.js";
import { createRelayTrail } from "./relay-trail.js";
import type { PendingDeletes } from "../person/pending-deletes.js";
import type { DeskDependencies } from "./types.js";

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

/** The card publisher, whose refused cards (answered with a plain fallback) become dead letters. */
function cardsFor(
  deps: Pick<DeskDependencies, "api" | "translator" | "flows" | "clock" | "logger" | "redis" | "keys" | "cases">,
  chat: { chatId: number | undefined; locale: string; timezone: string; tokens: CallbackTokens; deadLetters: DeadLetters },
): CardPublisher {
  const { logger } = deps;
  return createCardPublisher({
    api: deps.api,
    chatId: chat.chatId ?? 0,
    translator: deps.translator,
    locale: chat.locale,
    timezone: chat.timezone,
    tokens: chat.tokens,
    flows: deps.flows,
    clock: deps.clock,
    compoundReports: createCompoundReports({ redis: deps.redis, keys: deps.keys, cases: deps.cases }),
    async onRefused(refusal) {
      logger.error({ caseId: refusal.caseId, method: refusal.method, code: refusal.code }, "Telegram refused a card; a plain fallback card was sent");
      await chat.deadLetters(refusalLetter(refusal));
    },
  });
}

/** The cases stream dispatcher, with the production defaults of its knobs. */
function dispatcherFor(
  deps: Pick<DeskDependencies, "redis" | "keys" | "cases" | "clock" | "logger" | "options">,
  parts: Pick<DispatcherDependencies, "cards" | "deadLetters" | "onPosted"> & { consumer: string; digest: Digest | undefined },
): Dispatcher {
  const options = deps.options ?? {};
  const { digest, ...rest } = parts;
  return createDispatcher({
    redis: deps.redis,
    keys: deps.keys,
    cases: deps.cases,
    clock: deps.clock,
    logger: deps.logger,
    ...rest,
    ...(digest ? { digest } : {}),
    claimIdleMs: options.claimIdleMs ?? 60_000,
    ...(options.streamGroup ? { streamGroup: options.streamGroup } : {}),
    ...(options.afterPost ? { afterPost: options.afterPost } : {}),
  });
}

/** Only the coordinators' chat, and nothing from it reaches person features. */
function deskComposer(chatId: number | undefined, features: Composer<BotContext>[]): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const inDesk = composer.filter((ctx) => chatId !== undefined && ctx.chat?.id === chatId);
  for (const feature of features) inDesk.use(feature);
  // A stray press still gets its spinner stopped.
  inDesk.use(async (ctx) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  });
  return composer;
}

/** One pass of the desk's periodic work; nothing without a coordinators' chat. */
function deskTick(deps: {
  chatId: number | undefined;
  dispatcher: Pick<Dispatcher, "repostMissing">;
  reannouncer: Pick<Reannouncer, "run">;
  relay: Pick<RelayToPerson, "deliverHeld">;
  digest: Pick<Digest, "promote"> | undefined;
  refresher: Pick<CardRefresher, "run">;
  pendingDeletes: Pick<PendingDeletes, "sweep"> | undefined;
  clock: () => number;
  logger: Logger;
}): () => Promise<void> {
  const { logger } = deps;
  return async () => {
    try {
      // First, and with or without a group: what is due to leave a person's chat leaves it now.
      await deps.pendingDeletes?.sweep(deps.clock());
    } catch (error) {
      logger.warn({ err: error }, "scheduled deletes pass failed");
    }
    if (deps.chatId === undefined) return;
    try {
      // Before the reminders: they reply to a card, so a case without one would get none.
      await deps.dispatcher.repostMissing();
    } catch (error) {
      logger.warn({ err: error }, "missing-card pass failed");
    }
    try {
      // Cases in the digest get their own cards as the group's budget allows, most urgent first.
      await deps.digest?.promote();
    } catch (error) {
      logger.warn({ err: error }, "digest promote step failed");
    }
    try {
      await deps.reannouncer.run();
    } catch (error) {
      logger.warn({ err: error }, "re-announce pass failed");
    }
    await deps.relay.deliverHeld();
    try {
      // Last: ages and safe-hour states are housekeeping, behind everything above.
      await deps.refresher.run();
    } catch (error) {
      logger.warn({ err: error }, "card refresh pass failed");
    }
  };
}

/**
 * The coordinators' desk: cards in the group, fenced buttons, commands, the
 * relay both ways, reminders for unclaimed critical cases, and the person's
 * erase. See docs/architecture.md. Assembles the desk's parts; each gets
 * only what it uses.
 */
export function createDesk(deps: DeskDependencies): Desk {
  const { api, redis, keys, cases, prefs, translator, clock, logger, config } = deps;
  const options = deps.options ?? {};
  const chatId = config.coordinatorChatId;
  const locale = config.coordinatorLocale;
  const t = deskText(translator, locale);
  const record = createDeskAudit({ audit: deps.audit, logger });
  const coordinators = createCoordinators({ pseudonymize: deps.pseudonymize, coordinatorIds: config.coordinatorIds });
  const tokens = createCallbackTokens({ redis, keys, ttlSeconds: config.retentionDays * 86_400 });
  // A dead letter's mark lives as long as the letter: the stream is trimmed to the retention period.
  const deadLetters = createDeadLetters({ redis, keys, clock, retentionMs: config.retentionDays * 86_400_000 });
  const cards = cardsFor(deps, { chatId, locale, timezone: config.coordinatorTimezone, tokens, deadLetters });
  const reannouncer = createReannouncer({ api, redis, keys, cases, chatId, t, translator, locale, clock, record }, { intervalMs: config.reannounceSeconds * 1000 });
  // The app's session-aware tracker: inside the person's own update it also offers the ids that update has
  // staged and not yet written to Redis, and forgetting drops them there too.
  const trail = createRelayTrail({ redis, keys, api, tracker: deps.tracker, clock, logger });
  const discreet = deps.pendingDeletes ? { pending: deps.pendingDeletes, afterMs: config.discreetTeamMs } : undefined;
  const relay = createRelayToPerson({ api, cases, outbox: deps.outbox, prefs, translator, chatId, t, clock, logger, record, coordinators, trail, discreet });
  const consumer = options.consumer ?? `desk-${hostname()}-${process.pid}`;
  const digest = digestFor(deps, { tokens, holder: consumer, ensureCard: (caseId) => dispatcher.ensureCard(caseId) });
  const refresher = createCardRefresher({ redis, keys, cases, cards, translator, locale, clock, logger });
  const onPosted = async (caseId: string) => {
    await record({ actor: "desk", action: "post", caseId, result: "ok" });
    await reannouncer.markPosted(caseId);
    await refresher.markShown(caseId);
    await digest?.posted(caseId);
  };
  const dispatcher = dispatcherFor(deps, { cards, deadLetters, onPosted, consumer, digest });
  const tick = deskTick({ chatId, dispatcher, reannouncer, relay, digest, refresher, pendingDeletes: deps.pendingDeletes, clock, logger });
  const loop = createDeskLoop({
    redis,
    logger,
    dispatcher,
    tick,
    blockMs: options.blockMs ?? 2000,
    tickIntervalMs: options.tickIntervalMs ?? 15_000,
    dispatch: options.dispatch !== false,
  });

  return {
    composer: deskComposer(chatId, [
      ...(digest ? [createDigestButton({ tokens, digest, coordinators, t, record })] : []),
      createCardButtons({ redis, keys, cases, cards, tokens, coordinators, t, record }),
      createDeskCommands({ redis, keys, cases, cards, coordinators, t, translator, locale, clock, record, relay }),
    ]),
    personComposer: createRelayToDesk({
      api,
      redis,
      keys,
      cases,
      prefs,
      translator,
      chatId,
      t,
      trail,
      deliverHeld: (caseId) => relay.deliverHeldFor(caseId),
      ackCooldownMs: options.ackCooldownMs ?? 5 * 60_000,
      clock,
    }),
    eraser: createCaseEraser({ redis, keys, cases, cards, tokens, chatId, logger, record }),
    noteQuickExit: createQuickExitNote({ api, cases, chatId, t, record }),
    dispatcher,
    tick,
    async start() {
      if (chatId === undefined) {
        logger.warn("no coordinators' chat configured; the desk stays idle");
        return;
      }
      loop.start();
    },
    async stop() {
      await loop.stop();
      await digest?.stop();
    },
  };
}
