import type { Logger } from "pino";
import type { Pseudonymize } from "../crypto/box.js";
import type { Presenter } from "../bot/presenter.js";
import type { PrefsStore } from "../bot/prefs.js";
import type { MessageTracker } from "../safety/message-tracker.js";
import { showCurrent, startFlow, stepFlow } from "./engine.js";
import type { FlowRegistry } from "./registry.js";
import type { FlowStateStore } from "./state-store.js";
import type { FlowBundle, FlowState, Input } from "./types.js";

/** One update, reduced to what the flow needs (computed from the update, so replay-safe). */
export interface StepInput {
  input: Input;
  /** The person's message carrying the input, if any. */
  messageId?: number;
  callbackQueryId?: string;
}

/** Files a case from a completed flow; idempotent on the flow's session id. */
export interface CaseFiler {
  file(args: { chatId: number; person: string; locale: string; bundle: FlowBundle; state: FlowState }): Promise<{ caseId: string }>;
}

export interface FlowService {
  /** Shows the current question unless it is already on screen; starts a flow when none runs. */
  show(chatId: number): Promise<void>;
  /** Feeds one input to the engine and renders the result. Resolves `finished` once the flow ended. */
  handle(chatId: number, step: StepInput): Promise<"continue" | "finished">;
  /** Forgets the question on screen, so `show` sends it again (after /language or a wipe). */
  reshow(chatId: number): Promise<void>;
  /** Starts a fresh triage, dropping any unfinished one. */
  restart(chatId: number): Promise<void>;
}

export interface FlowServiceDependencies {
  flowId: string;
  registry: FlowRegistry;
  states: FlowStateStore;
  prefs: PrefsStore;
  presenter: Presenter;
  tracker: MessageTracker;
  filer: CaseFiler;
  pseudonymize: Pseudonymize;
  answerCallback: (callbackQueryId: string) => Promise<void>;
  deleteMessages: (chatId: number, messageIds: number[]) => Promise<void>;
  newSessionId: () => string;
  clock: () => number;
  logger: Logger;
}

/**
 * The outside half of the flow runner: everything with side effects (Redis,
 * Telegram) that the conversation calls through `conversation.external`.
 */
export function createFlowService(deps: FlowServiceDependencies): FlowService {
  const { registry, states, prefs, presenter, tracker, clock } = deps;

  async function bundleFor(state: FlowState): Promise<FlowBundle | undefined> {
    const bundle = await registry.byHash(state.flowHash);
    if (bundle) await registry.touch(state.flowHash);
    return bundle;
  }

  /** Discreet mode: once an answer is taken, every message older than this step's first reply goes. */
  async function tidy(chatId: number, person: string, keepFrom: number): Promise<void> {
    const ids = (await tracker.list(person, clock())).filter((id) => id < keepFrom);
    if (ids.length === 0) return;
    await deps.deleteMessages(chatId, ids);
    await tracker.forget(person, ids);
  }

  async function begin(chatId: number, person: string, locale: string): Promise<void> {
    const bundle = registry.current(deps.flowId);
    const step = startFlow(bundle, { sessionId: deps.newSessionId(), now: clock() });
    const shown = await presenter.present(chatId, locale, step.outputs, undefined);
    await states.save(person, { ...step.state, shownMessageId: shown.askedMessageId });
    deps.logger.info({ person, flow: bundle.flow.id, version: bundle.hash }, "flow started");
  }

  return {
    async show(chatId) {
      const person = deps.pseudonymize("chat", chatId);
      const [state, p] = await Promise.all([states.load(person), prefs.get(person)]);
      const locale = p.lang ?? "en";
      if (!state || state.done) return begin(chatId, person, locale);
      if (state.shownMessageId !== undefined) return;
      const bundle = await bundleFor(state);
      if (!bundle) {
        deps.logger.warn({ person, version: state.flowHash }, "flow version gone; starting over");
        return begin(chatId, person, locale);
      }
      const shown = await presenter.present(chatId, locale, showCurrent(bundle, state), undefined);
      await states.save(person, { ...state, shownMessageId: shown.askedMessageId, updatedAt: clock() });
    },

    async handle(chatId, { input, callbackQueryId }) {
      const person = deps.pseudonymize("chat", chatId);
      if (callbackQueryId) await deps.answerCallback(callbackQueryId).catch(() => undefined);
      const [state, p] = await Promise.all([states.load(person), prefs.get(person)]);
      const locale = p.lang ?? "en";
      if (!state || state.done) return "finished";
      const bundle = await bundleFor(state);
      if (!bundle) return "finished";

      // Free text is marked with the language the person was using, for the coordinator.
      const given: Input = input.type === "text" ? { ...input, lang: locale } : input;
      const step = stepFlow(bundle, state, given, { now: clock() });
      const completing = step.outputs.some((o) => o.type === "complete");
      const extraLines: string[] = [];
      if (completing) {
        // The case is written before anything is shown: a crash here leaves the
        // person on the confirm step, and pressing it again files the same case.
        const { caseId } = await deps.filer.file({ chatId, person, locale, bundle, state: step.state });
        extraLines.push(presenter.text(locale, { key: "case-reference", args: { ref: caseId } }));
        deps.logger.info({ person, caseId }, "case filed");
      }
      const shown = await presenter.present(chatId, locale, step.outputs, state.shownMessageId, extraLines);
      const next: FlowState = {
        ...step.state,
        shownMessageId: shown.askedMessageId ?? (step.accepted && !completing ? undefined : state.shownMessageId),
      };
      const moved = completing || step.state.node !== state.node;
      if (step.accepted && moved && p.discreet && shown.firstMessageId !== undefined) {
        await tidy(chatId, person, shown.firstMessageId).catch((error: unknown) =>
          deps.logger.warn({ person, err: error }, "discreet tidy failed"),
        );
      }
      await states.save(person, next);
      return next.done ? "finished" : "continue";
    },

    async reshow(chatId) {
      const person = deps.pseudonymize("chat", chatId);
      const state = await states.load(person);
      if (state && !state.done) await states.save(person, { ...state, shownMessageId: undefined });
    },

    async restart(chatId) {
      await states.clear(deps.pseudonymize("chat", chatId));
    },
  };
}
