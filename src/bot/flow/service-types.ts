import type { Logger } from "pino";
import type { Presenter } from "../presenter.js";
import type { MessageTracker } from "../../person/message-tracker.js";
import type { FlowRegistry } from "../../flow/registry.js";
import type { CaseFiler } from "../../cases/ports.js";
import type { FlowStateStore } from "../../person/flow-state-store.js";
import type { Input } from "../../flow/types.js";

/** One update, reduced to what the flow needs (computed from the update, so replay-safe). */
export interface StepInput {
  input: Input;
  /** The person's message carrying the input, if any. */
  messageId?: number;
  callbackQueryId?: string;
  /** The message whose button was pressed. */
  pressedMessageId?: number;
  /** The pressed button is one that message shows (not forged, not from an older rendering of it). */
  buttonShown?: boolean;
  /** The person edited an earlier message (`messageId`); a live location moving is one. */
  edited?: boolean;
  /**
   * The conversation that waited for this was lost to an error (the plugin drops it on a
   * throw), so this is most likely the person's retry, and a notice of the error may be in the chat.
   */
  afterError?: boolean;
}

/**
 * What became of an update: `continue` (the flow waits for the next one), `finished`
 * (the flow ended with it), `handover` (the flow is over or gone and did not use it:
 * later features, such as the relay to the team, should have it).
 */
export type StepOutcome = "continue" | "finished" | "handover";

/** Who the flow is talking to, as the middleware already worked out for this update. */
export interface PersonView {
  chatId: number;
  person: string;
  locale: string;
  discreet: boolean;
}

export interface FlowService {
  /**
   * Shows the current question unless it is already on screen; starts a flow when none runs.
   * `settled`: nothing to ask, the person's report is already with the team.
   */
  show(view: PersonView): Promise<"shown" | "settled">;
  /** Feeds one input to the engine and renders the result. */
  handle(view: PersonView, step: StepInput): Promise<StepOutcome>;
  /**
   * Forgets the question on screen, so `show` sends it again (after /language or a wipe).
   * With `chatId`, the old copy is deleted, so one copy stays on screen.
   */
  reshow(person: string, chatId?: number): Promise<void>;
  /** Starts a fresh triage, dropping any unfinished one. */
  restart(person: string, chatId?: number): Promise<void>;
  /** Whether the person is part-way through a triage (one whose case is filed is not). */
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
  /**
   * Deletes messages of the person's chat. `settling`: the sweep at filing or the end, which
   * leaves the screen a seized phone shows, so it is not housekeeping to wait behind a surge.
   */
  deleteMessages: (chatId: number, messageIds: number[], options?: { settling?: boolean }) => Promise<void>;
  newSessionId: () => string;
  /**
   * The person's live case, if any. With it, a triage whose case was filed but whose
   * final save was lost is finished instead of asked again, and a person whose
   * report is with the team is not given a new triage by `show`.
   */
  caseOfPerson?: (person: string) => Promise<string | undefined>;
  clock: () => number;
  logger: Logger;
}
