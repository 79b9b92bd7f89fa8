import type { Presenter } from "../presenter.js";
import { showCurrent, startFlow, stepFlow } from "../../flow/engine.js";
import { editedInput } from "../../flow/engine/edits.js";
import type { FlowBundle, FlowState, Input, Output } from "../../flow/types.js";
import type { FlowService, FlowServiceDependencies, PersonView, StepInput, StepOutcome } from "./service-types.js";
import { withGaps } from "../../person/message-gaps.js";
import { deleteInBatches } from "../../transport/telegram-errors.js";
import { inReplay } from "../../transport/replay.js";
import type { PresentOptions } from "../presenter.js";
import type { MessageTracker } from "../../person/message-tracker.js";

type Presented = Awaited<ReturnType<Presenter["present"]>>;

export type { FlowService, FlowServiceDependencies, PersonView, StepInput, StepOutcome } from "./service-types.js";

/** A real button of the question message, for another node than the current one. */
function showsOtherQuestion(outputs: readonly Output[], state: FlowState, update: StepInput): boolean {
  const [only] = outputs;
  return (
    outputs.length === 1 &&
    only?.type === "reask" &&
    only.reason === "stale_button" &&
    update.buttonShown === true &&
    update.pressedMessageId !== undefined &&
    update.pressedMessageId === state.shownMessageId
  );
}

/**
 * A finished run keeps only what `show` and `handle` read after it (done, session, flow):
 * the answers are in the sealed case record, and a second copy would stay in Redis
 * for the whole idle TTL at about 2 KB a person.
 */
function filedState(state: FlowState): FlowState {
  const { pending: _pending, editing: _editing, clutter: _clutter, shownMessageId: _shown, ...kept } = state;
  return { ...kept, answers: {}, done: true };
}

/**
 * In a replay after a crash, where the dead run's copy of the question may sit: past every
 * id we know of in the chat (tracked ones and the person's message of this update).
 */
async function replayAdoption(tracker: MessageTracker, now: number, person: string, messageId?: number): Promise<Pick<PresentOptions, "adoptAfter">> {
  if (!inReplay()) return {};
  const known = await tracker.list(person, now).catch(() => []);
  return { adoptAfter: Math.max(0, messageId ?? 0, ...known) };
}

/** Sends (or, in a replay, finds) the question; an adopted copy was never tracked, so it is now. */
async function presentTracked(
  deps: Pick<FlowServiceDependencies, "presenter" | "tracker" | "clock">,
  view: PersonView,
  outputs: readonly Output[],
  shownMessageId: number | undefined,
  options: PresentOptions,
): Promise<Presented> {
  const shown = await deps.presenter.present(view.chatId, view.locale, outputs, shownMessageId, [], options);
  if (shown.adoptedMessageId !== undefined) await deps.tracker.track(view.person, [shown.adoptedMessageId], deps.clock());
  return shown;
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

  /**
   * Discreet mode: once an answer is taken, every message but this step's replies goes,
   * with the ids a crash kept from being tracked (see `withGaps`). Not awaited: no update
   * waits on housekeeping. The ids stay tracked until Telegram has deleted them, so a
   * crash before then leaves them to the next tidy or a quick exit, never on screen for good.
   */
  async function tidy(view: PersonView, keep: readonly number[], settling: boolean): Promise<void> {
    const tracked = await tracker.list(view.person, clock());
    const ids = withGaps(tracked, keep);
    if (ids.length === 0) return;
    // The gap ids are tracked too until deleted: a crash before the delete left them on screen for good.
    const known = new Set(tracked);
    const gaps = ids.filter((id) => !known.has(id));
    if (gaps.length > 0) await tracker.track(view.person, gaps, clock());
    void deleteInBatches((batch) => deps.deleteMessages(view.chatId, batch, { settling }), ids, (error) => {
      deps.logger.warn({ person: view.person, err: error }, "discreet tidy failed; its ids stay tracked");
    })
      .then((deleted) => {
        // `withGaps` left the kept ids out of the deletes, so none of them is forgotten here.
        const done = new Set(deleted);
        return tracker.forget(view.person, ids.filter((id) => done.has(id)), clock());
      })
      .catch((error: unknown) => deps.logger.warn({ person: view.person, err: error }, "tidied ids not forgotten; a later tidy deletes them again"));
  }

  /** A question about to be asked anew (or dropped) leaves the chat: one copy on screen. Best effort, not awaited. */
  function dropShown(chatId: number | undefined, shown: number | undefined): void {
    if (chatId !== undefined && shown !== undefined) void deps.deleteMessages(chatId, [shown]).catch(() => undefined);
  }

  const adoptAfter = (view: PersonView, messageId?: number) => replayAdoption(tracker, clock(), view.person, messageId);
  const present = (view: PersonView, outputs: readonly Output[], shownMessageId: number | undefined, options: PresentOptions) =>
    presentTracked({ presenter, tracker, clock }, view, outputs, shownMessageId, options);

  /** `why`: a line said before the first question (the person's earlier run could not go on). */
  async function begin(view: PersonView, why?: string): Promise<"shown"> {
    const bundle = registry.current(deps.flowId);
    const step = startFlow(bundle, { sessionId: deps.newSessionId(), now: clock() });
    const outputs: Output[] = why ? [{ type: "say", lines: [{ key: why }] }, ...step.outputs] : step.outputs;
    const shown = await present(view, outputs, undefined, await adoptAfter(view));
    await states.save(view.person, { ...step.state, clutter: true, shownMessageId: shown.askedMessageId });
    deps.logger.info({ person: view.person, flow: bundle.flow.id, version: bundle.hash }, "flow started");
    return "shown";
  }

  /**
   * The case of this run is filed, yet the state still waits at the confirm step: the
   * save after filing was lost (the case is written first, see `handle`). Finishes the
   * run so the person is neither asked again nor stuck. The case id is the session id.
   */
  async function healFiled(person: string, state: FlowState): Promise<boolean> {
    if (!deps.caseOfPerson || state.done) return false;
    if ((await deps.caseOfPerson(person)) !== state.sessionId) return false;
    await states.save(person, filedState({ ...state, updatedAt: clock() }));
    deps.logger.info({ person }, "flow finished: its case was already filed");
    return true;
  }

  /**
   * A confirm step that leads straight to an end files the case, so only there can a lost
   * save hide a finished run. (One that leads to a `file_case` step files and goes on: pressing
   * it again files the same case and the run continues.)
   */
  function atConfirm(bundle: FlowBundle | undefined, state: FlowState): boolean {
    if (bundle === undefined || !Object.hasOwn(bundle.flow.nodes, state.node)) return false;
    const node = bundle.flow.nodes[state.node];
    if (node?.type !== "confirm" || typeof node.next !== "string") return false;
    return bundle.flow.nodes[node.next]?.type === "end";
  }

  /**
   * Says the closing text once the case is filed (no reference: a phone read by a captor
   * must not carry one; `/ref` shows it). Never throws, so the person is never told to try again.
   */
  async function presentClosing(view: PersonView, outputs: readonly Output[], shownMessageId: number | undefined, replace: boolean): Promise<Presented> {
    try {
      return await presenter.present(view.chatId, view.locale, outputs, shownMessageId, [], { replaceShown: replace });
    } catch (error) {
      deps.logger.warn({ person: view.person, err: error }, "closing message not shown; the case is filed");
      return { askedMessageId: undefined, sentMessageIds: [] };
    }
  }

  /**
   * Files the case at a `file_case` step or the end, and updates it with every later
   * answer (the filer's create is idempotent and turns into an update of the same card).
   * Written before anything is shown: a crash here leaves the person where they were,
   * and their retry files the same case once.
   */
  async function fileIfDue(view: PersonView, bundle: FlowBundle, before: FlowState, step: { state: FlowState; accepted: boolean }, outputs: readonly Output[]): Promise<void> {
    const filing = outputs.some((o) => o.type === "file" || o.type === "complete");
    const enriching = before.filed === true && step.accepted && step.state.node !== before.node;
    if (!filing && !enriching) return;
    await deps.filer.file({ chatId: view.chatId, person: view.person, locale: view.locale, bundle, state: step.state, later: before.filed === true });
    // Never the case id beside the pseudonym: a log reader could link the person to their case.
    deps.logger.info({ person: view.person }, before.filed === true ? "case updated" : "case filed");
  }

  /** Feeds one input to the engine, files the case on completion, renders, tidies and saves. */
  async function advance(view: PersonView, bundle: FlowBundle, state: FlowState, taken: Input, update: StepInput): Promise<StepOutcome> {
    const { pressedMessageId } = update;
    // Free text is marked with the language the person was using, for the coordinator.
    const given: Input = taken.type === "text" ? { ...taken, lang: view.locale } : taken;
    const step = stepFlow(bundle, state, given, { now: clock() });
    // The message we hold for the current question shows another one: it was turned into the
    // next question, then saving that step failed. Turn it back, so the person can go on from here.
    const outputs = showsOtherQuestion(step.outputs, state, update) ? showCurrent(bundle, state) : step.outputs;
    const completing = outputs.some((o) => o.type === "complete");
    // Discreet mode answers a button on the question by turning that message into the
    // next question: no new notification on the phone, nothing left behind to delete.
    const replace = view.discreet && pressedMessageId !== undefined && pressedMessageId === state.shownMessageId;
    await fileIfDue(view, bundle, state, step, outputs);
    const shown: Presented = completing
      ? await presentClosing(view, outputs, state.shownMessageId, replace)
      : await present(view, outputs, state.shownMessageId, { replaceShown: replace, ...(replace ? {} : await adoptAfter(view, update.messageId ?? pressedMessageId)) });
    const moved = completing || step.state.node !== state.node;
    // Anything but a clean button press on the question, turned into the next one, leaves messages to tidy away:
    // the person's own message, a re-ask or closing text, or a question that was not reused.
    const obsoleteQuestion = moved && shown.askedMessageId !== state.shownMessageId;
    const extraSent = shown.sentMessageIds.some((id) => id !== shown.askedMessageId);
    const clutter = Boolean(state.clutter) || !replace || obsoleteQuestion || extraSent;
    // A toggle or a re-ask leaves the same question on screen; a new node needs its question shown.
    const next: FlowState = { ...step.state, clutter, shownMessageId: shown.askedMessageId ?? (moved ? undefined : state.shownMessageId) };
    // Filing and the end always sweep: a crash earlier in the run may have left a question on screen that no clutter flag knows of.
    const settling = completing || outputs.some((o) => o.type === "file");
    if (step.accepted && moved && view.discreet && (clutter || settling)) {
      const keep = [...shown.sentMessageIds, ...(shown.askedMessageId !== undefined ? [shown.askedMessageId] : [])];
      await tidy(view, keep, settling).then(
        () => (next.clutter = false),
        (error: unknown) => deps.logger.warn({ person: view.person, err: error }, "discreet tidy failed"),
      );
    }
    await states.save(view.person, next.done ? filedState(next) : next);
    if (next.done) return "finished";
    if (next.shownMessageId !== undefined) justShown.add(view.person);
    return "continue";
  }

  return {
    async show(view) {
      if (justShown.delete(view.person)) return "shown";
      const state = await states.load(view.person);
      if (!state) return begin(view);
      if (state.done) {
        // A person whose report is with the team writes to the team (the relay), not a new triage; /new starts one.
        if (deps.caseOfPerson && (await deps.caseOfPerson(view.person))) return "settled";
        return begin(view);
      }
      if (state.shownMessageId !== undefined) return "shown";
      const bundle = await bundleFor(state);
      if (!bundle) {
        deps.logger.warn({ person: view.person, version: state.flowHash }, "flow version gone; starting over");
        return begin(view, "flow-restarted");
      }
      if (atConfirm(bundle, state) && (await healFiled(view.person, state))) return "settled";
      const shown = await present(view, showCurrent(bundle, state), undefined, await adoptAfter(view));
      await states.save(view.person, { ...state, clutter: true, shownMessageId: shown.askedMessageId, updatedAt: clock() });
      return "shown";
    },

    async handle(view, step) {
      const loaded = await states.load(view.person);
      // Over or forgotten: the update (a button too, unanswered) is for what comes after the flow: the relay, a new triage.
      if (!loaded || loaded.done) return "handover";
      const bundle = await bundleFor(loaded);
      if (bundle && atConfirm(bundle, loaded) && (await healFiled(view.person, loaded))) return "handover";
      const answering = step.callbackQueryId ? deps.answerCallback(step.callbackQueryId).catch(() => undefined) : undefined;
      try {
        if (!bundle) {
          // Ending here would leave every later tap on this person's screen answered by silence.
          deps.logger.warn({ person: view.person, version: loaded.flowHash }, "flow version gone; starting over");
          await begin(view, "flow-restarted");
          return "continue";
        }
        // After an error a notice may sit in the chat: discreet mode tidies it with the next answer.
        const state: FlowState = step.afterError ? { ...loaded, clutter: true } : loaded;
        // The question went missing with the error: showing it again (the runner's `show`) is the answer.
        if (step.afterError && state.shownMessageId === undefined) return "continue";
        const input = step.edited ? editedInput(bundle, state, step.input, step.messageId) : step.input;
        if (!input) return "continue";
        return await advance(view, bundle, state, input, step);
      } finally {
        await answering;
      }
    },

    async reshow(person, chatId) {
      justShown.delete(person);
      const state = await states.load(person);
      if (!state || state.done) return;
      await states.save(person, { ...state, shownMessageId: undefined });
      const old = state.shownMessageId;
      if (old === undefined || chatId === undefined) return;
      // Its id stays tracked (deleteMessages skips ids already gone); if this fails, discreet mode's next tidy or a quick exit takes it down.
      void deps.deleteMessages(chatId, [old]).catch((error: unknown) => deps.logger.warn({ person, err: error }, "old copy of the question not deleted"));
    },

    async unfinished(person) {
      const state = await states.load(person);
      if (state === undefined || state.done) return false;
      const bundle = await registry.byHash(state.flowHash);
      return !(atConfirm(bundle, state) && (await healFiled(person, state)));
    },

    async restart(person, chatId) {
      justShown.delete(person);
      // The old run's question can no longer be answered: it goes, so the new first question is
      // the one copy on screen (after /language it is the same question, asked again).
      dropShown(chatId, (await states.load(person))?.shownMessageId);
      await states.clear(person);
    },
  };
}
