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
