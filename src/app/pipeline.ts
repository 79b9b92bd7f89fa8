import { sequentialize } from "@grammyjs/runner";
import type { Api, Middleware } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { BotContext } from "../transport/context.js";
import { createFlowRunner } from "../bot/flow/runner.js";
import { createFlowService, type FlowService } from "../bot/flow/service.js";
import { createPersonCommands, hotlineOpener } from "../bot/features/person-commands.js";
import { createCover } from "../bot/features/cover.js";
import { loadCoverContent } from "../i18n/cover.js";
import { join } from "node:path";
import { createPersonGate } from "../bot/features/person-gate.js";
import { createQuickExit } from "../bot/features/quick-exit.js";
import { createUnhandled } from "../bot/features/unhandled.js";
import { isPersonCommand } from "../bot/person-input.js";
import { createPresenter } from "../bot/presenter.js";
import type { AofCompactor } from "../maintenance/aof-compactor.js";
import type { Config } from "../config.js";
import type { Desk } from "../desk/desk.js";
import type { PendingDeletes } from "../person/pending-deletes.js";
import { createChatLock } from "../transport/chat-lock.js";
import { PRIORITY, withPriority } from "../transport/outbound/priority.js";
import { createUpdateDedupe } from "../transport/dedupe.js";
import { createCaseFiler } from "../triage/file-case.js";
import type { TriageCard } from "../triage/card.js";
import type { Stores } from "./wiring.js";

export const TRIAGE_FLOW_ID = "triage";

/** The reference `/ref` shows is deleted after this long. */
export const REFERENCE_SHOWN_MS = 60_000;

export interface PipelineDependencies {
  api: Api;
  redis: Redis;
  config: Config;
  stores: Stores;
  desk: Desk;
  pendingDeletes: PendingDeletes;
  clock: () => number;
  logger: Logger;
  /** The desk of DESKS_FILE a new case goes to (src/desk/routes.ts `routeOf`); none: the main group. */
  route?: (card: TriageCard) => string | undefined;
  /** `/dashboard` from a coordinator, in the group or privately (src/dashboard/bot-command.ts). */
  dashboardCommand?: Middleware<BotContext> | undefined;
}

/**
 * The update pipeline, in order. The order is the design: an update is kept
 * in its chat's order first, seen once, rate-limited, then an exit word wins
 * over everything, the person gate loads the person, the desk takes the
 * coordinators' chat, the waiting conversation takes its answer, commands
 * and the relay take what is left, and a new triage starts for anything else.
 *
 * 1. chat order: per-chat Redis lease (webhook, several instances) or `sequentialize` (polling)
 * 2. dedupe of the coordinators' chat (the person gate dedupes people's updates in its one script)
 * 3. person gate: dedupe, flood guard, exit words, prefs, flow and conversation state
 * 4. desk: the coordinators' group and its buttons
 * 5. conversations: the waiting triage question takes the update
 * 5b. cover mode (COVER_MODE): without the passphrase, harmless content and nothing else
 * 6. person commands: /exit, exit words, /erase, /discreet, /language, /start, /new, /ref, /help
 * 7. relay: a filed case's person writing to the team
 * 8. flow entry: a new triage
 * 9. unhandled: a calm word for anything else
 */
export function createPipeline(deps: PipelineDependencies): Array<Middleware<BotContext>> {
  const { api, redis, config, stores, desk, clock, logger } = deps;
  const { keys, translator, tracker, states, cases } = stores;
  const deleteMessages = async (chatId: number, ids: number[]) => {
    await api.deleteMessages(chatId, ids);
  };
  const service = createFlowService({
    flowId: TRIAGE_FLOW_ID,
    registry: stores.registry,
    states,
    presenter: createPresenter({ api, translator }),
    tracker,
    filer: createCaseFiler({ cases, clock, ...(deps.route ? { route: deps.route } : {}) }),
    answerCallback: async (id) => {
      await api.answerCallbackQuery(id);
    },
    // Answered, though never awaited by the service: a tidy forgets ids only once Telegram has deleted them. Housekeeping,
    // except the sweep that leaves a filed person's screen: that one goes with the answers of people waiting.
    deleteMessages: (chatId, ids, options) =>
      withPriority(options?.settling ? PRIORITY.waiting : PRIORITY.housekeeping, () => deleteMessages(chatId, ids), { detached: false }),
    newSessionId: () => cases.newCaseId(),
    caseOfPerson: (person) => cases.caseOfPerson(person),
    clock,
    logger,
  });
  const quickExit = createQuickExit({
    tracker,
    // Ahead of everything else the bot sends, and awaited: the exit answers only once the screen is clear.
    deleteMessages: (chatId, ids) => withPriority(PRIORITY.quickExit, () => deleteMessages(chatId, ids), { detached: false }),
    forgetConversation: async (person) => {
      // The relay's trail says the team wrote to them: it goes with the messages it listed.
      await Promise.all([states.clear(person), stores.conversationStorage.delete(person), redis.del(keys.relayTrail(person))]);
    },
    onWiped: (person) => desk.noteQuickExit(person),
    clock,
    logger,
  });
  const flowRunner = createFlowRunner({
    service,
    storage: stores.conversationStorage,
    pseudonymize: stores.pseudonymize,
    passThrough: (ctx) => isPersonCommand(ctx, translator),
  });
  const chatOrder = config.webhook !== undefined ? createChatLock({ redis, keys, logger }) : sequentialize<BotContext>((ctx) => ctx.chatId?.toString());
  return [
    chatOrder,
    compactAfterUpdate(stores.compactor),
    createUpdateDedupe({ redis, keys }),
    createPersonGate({
      redis,
      keys,
      box: stores.box,
      prefs: stores.prefs,
      sessions: stores.sessions,
      translator,
      perSecond: config.rateLimitPerSecond,
      burst: config.rateLimitBurst,
      ttl: stores.ttl,
      clock,
      notifyFlood: async (ctx) => {
        if (ctx.chatId !== undefined) await api.sendMessage(ctx.chatId, translator.t(ctx.beacon.locale, "flood-notice"));
      },
    }),
    ...(deps.dashboardCommand ? [deps.dashboardCommand] : []),
    desk.composer,
    flowRunner.conversations,
    ...coverFor(config, stores, service),
    createPersonCommands({
      translator,
      prefs: stores.prefs,
      service,
      quickExit,
      eraser: desk.eraser,
      caseOfPerson: (person) => cases.caseOfPerson(person),
      showReference: (entry) => deps.pendingDeletes.schedule(entry, clock() + REFERENCE_SHOWN_MS),
    }),
    desk.personComposer,
    flowRunner.entry,
    createUnhandled({ translator }),
  ];
}

/** Cover mode's feature when COVER_MODE is set; nothing otherwise. */
function coverFor(config: Config, stores: Stores, service: FlowService): Array<Middleware<BotContext>> {
  if (!config.cover) return [];
  const { translator, cases } = stores;
  return [
    createCover({
      ...config.cover,
      content: loadCoverContent(join(config.localesDir, "cover")),
      prefs: stores.prefs,
      translator,
      openHotline: hotlineOpener({ translator, service, caseOfPerson: (person) => cases.caseOfPerson(person) }),
    }),
  ];
}

/**
 * After an exit or an erase, the deleted values leave the append-only file too.
 * Outside the person gate, so it runs after the gate flushed the update's
 * deletions; a failed update asks as well (what it deleted directly is gone).
 */
function compactAfterUpdate(compactor: Pick<AofCompactor, "request">): Middleware<BotContext> {
  return async (ctx, next) => {
    try {
      await next();
    } finally {
      if (ctx.beacon?.compactAfter) compactor.request();
    }
  };
}
