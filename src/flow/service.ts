import type { Logger } from "pino";
import type { Presenter } from "../bot/presenter.js";
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
  /** The message whose button was pressed. */
  pressedMessageId?: number;
}

/** Who the flow is talking to, as the middleware already worked out for this update. */
export interface PersonView {
  chatId: number;
  person: string;
  locale: string;
  discreet: boolean;
}

/** Files a case from a completed flow; idempotent on the flow's session id. */
export interface CaseFiler {
  file(args: { chatId: number; person: string; locale: string; bundle: FlowBundle; state: FlowState }): Promise<{ caseId: string }>;
}

export interface FlowService {
  /** Shows the current question unless it is already on screen; starts a flow when none runs. */
  show(view: PersonView): Promise<void>;
  /** Feeds one input to the engine and renders the result. Resolves `finished` once the flow ended. */
  handle(view: PersonView, step: StepInput): Promise<"continue" | "finished">;
  /** Forgets the question on screen, so `show` sends it again (after /language or a wipe). */
  reshow(person: string): Promise<void>;
  /** Starts a fresh triage, dropping any unfinished one. */
  restart(person: string): Promise<void>;
  /** Whether the person is part-way through a triage. */
  unfinished(person: string): Promise<boolean>;
}

export interface FlowServiceDependencies {
  flowId: string;
  registry: FlowRegistry;
  states: FlowStateStore;
  presenter: Presenter;
  tracker: MessageTracker;
  filer: CaseFiler;
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
  const { registry, states, presenter, tracker, clock } = deps;
  /**
   * `handle` has just shown the next question; the conversation then rewinds
   * and calls `show` again in the same update. This note (alive for that one
   * hop only) spares the second load.
   */
  const justShown = new Set<string>();

  async function bundleFor(state: FlowState): Promise<FlowBundle | undefined> {
    const bundle = await registry.byHash(state.flowHash);
    if (bundle) await registry.touch(state.flowHash);
    return bundle;
  }

  /** Discreet mode: once an answer is taken, every message but this step's replies goes. */
  async function tidy(view: PersonView, keep: readonly number[]): Promise<void> {
    const ids = await tracker.takeAllExcept(view.person, keep, clock());
    if (ids.length === 0) return;
    try {
      await deps.deleteMessages(view.chatId, ids);
    } catch (error) {
      // Keep them tracked, so quick exit can still try.
      await tracker.track(view.person, ids, clock());
      throw error;
    }
  }

  async function begin(view: PersonView): Promise<void> {
    const bundle = registry.current(deps.flowId);
    const step = startFlow(bundle, { sessionId: deps.newSessionId(), now: clock() });
    const shown = await presenter.present(view.chatId, view.locale, step.outputs, undefined);
    await states.save(view.person, { ...step.state, clutter: true, shownMessageId: shown.askedMessageId });
    deps.logger.info({ person: view.person, flow: bundle.flow.id, version: bundle.hash }, "flow started");
  }

  return {
    async show(view) {
      if (justShown.delete(view.person)) return;
      const state = await states.load(view.person);
      if (!state || state.done) return begin(view);
      if (state.shownMessageId !== undefined) return;
      const bundle = await bundleFor(state);
      if (!bundle) {
        deps.logger.warn({ person: view.person, version: state.flowHash }, "flow version gone; starting over");
        return begin(view);
      }
      const shown = await presenter.present(view.chatId, view.locale, showCurrent(bundle, state), undefined);
      await states.save(view.person, { ...state, clutter: true, shownMessageId: shown.askedMessageId, updatedAt: clock() });
    },

    async handle(view, { input, callbackQueryId, pressedMessageId }) {
      const answering = callbackQueryId ? deps.answerCallback(callbackQueryId).catch(() => undefined) : undefined;
      try {
        const state = await states.load(view.person);
        if (!state || state.done) return "finished";
        const bundle = await bundleFor(state);
        if (!bundle) {
          // Ending here would leave every later tap on this person's screen answered by silence.
          deps.logger.warn({ person: view.person, version: state.flowHash }, "flow version gone; starting over");
          await begin(view);
          return "continue";
        }

        // Free text is marked with the language the person was using, for the coordinator.
        const given: Input = input.type === "text" ? { ...input, lang: view.locale } : input;
        const step = stepFlow(bundle, state, given, { now: clock() });
        const completing = step.outputs.some((o) => o.type === "complete");
        const extraLines: string[] = [];
        if (completing) {
          // The case is written before anything is shown: a crash here leaves the
          // person on the confirm step, and pressing it again files the same case.
          const { caseId } = await deps.filer.file({ chatId: view.chatId, person: view.person, locale: view.locale, bundle, state: step.state });
          extraLines.push(presenter.text(view.locale, { key: "case-reference", args: { ref: caseId } }));
          deps.logger.info({ person: view.person, caseId }, "case filed");
        }
        // Discreet mode answers a button on the question by turning that message into the
        // next question: no new notification on the phone, nothing left behind to delete.
        const replace = view.discreet && pressedMessageId !== undefined && pressedMessageId === state.shownMessageId;
        const shown = await presenter.present(view.chatId, view.locale, step.outputs, state.shownMessageId, extraLines, { replaceShown: replace });
        const moved = completing || step.state.node !== state.node;
        // Anything but a clean button press on the question, turned into the next one, leaves messages to tidy away:
        // the person's own message, a re-ask or closing text, or a question that was not reused.
        const obsoleteQuestion = moved && shown.askedMessageId !== state.shownMessageId;
        const extraSent = shown.sentMessageIds.some((id) => id !== shown.askedMessageId);
        const clutter = Boolean(state.clutter) || !replace || obsoleteQuestion || extraSent;
        // A toggle or a re-ask leaves the same question on screen; a new node needs its question shown.
        const next: FlowState = { ...step.state, clutter, shownMessageId: shown.askedMessageId ?? (moved ? undefined : state.shownMessageId) };
        if (step.accepted && moved && view.discreet && clutter) {
          const keep = [...shown.sentMessageIds, ...(shown.askedMessageId !== undefined ? [shown.askedMessageId] : [])];
          await tidy(view, keep).then(
            () => (next.clutter = false),
            (error: unknown) => deps.logger.warn({ person: view.person, err: error }, "discreet tidy failed"),
          );
        }
        await states.save(view.person, next);
        if (next.done) return "finished";
        if (next.shownMessageId !== undefined) justShown.add(view.person);
        return "continue";
      } finally {
        await answering;
      }
    },

    async reshow(person) {
      justShown.delete(person);
      const state = await states.load(person);
      if (state && !state.done) await states.save(person, { ...state, shownMessageId: undefined });
    },

    async unfinished(person) {
      const state = await states.load(person);
      return state !== undefined && !state.done;
    },

    async restart(person) {
      justShown.delete(person);
      await states.clear(person);
    },
  };
}
