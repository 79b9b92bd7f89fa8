import type { Compounds, Flow, LocalizedNames, Places } from "./schema.js";

/** A flow version as the engine sees it: parsed, validated, with its data. */
export interface FlowBundle {
  flow: Flow;
  /** Content hash of the flow file and its data files: the version id. */
  hash: string;
  places: Places;
  compounds: Compounds;
  /** The YAML sources, so an old version can be restored after a restart. */
  sources: { flow: string; places?: string; compounds?: string };
}

/** What a person gave for one node. */
export type Answer =
  | { kind: "choice"; option: string }
  | { kind: "multi"; options: string[] }
  | { kind: "text"; text: string; lang: string }
  | { kind: "number"; value: number }
  | { kind: "location"; lat: number; lon: number }
  | { kind: "place"; id: string };

/** A person's progress through one flow version. Small and explicit; stored sealed. */
export interface FlowState {
  v: 1;
  flowId: string;
  flowHash: string;
  /** Random id of this run; becomes the case id on completion. */
  sessionId: string;
  node: string;
  answers: Record<string, Answer>;
  /** Multi-choice selections not yet confirmed with "done". */
  pending?: string[];
  /** True while the person corrects an answer from the summary. */
  editing?: boolean;
  /** Message id of the question currently shown, when already shown. */
  shownMessageId?: number;
  /** Messages other than the question are in the chat (discreet mode deletes them on the next answer). */
  clutter?: boolean;
  done?: boolean;
  /** The run passed a `file_case` step: its case exists, and later answers update it. */
  filed?: boolean;
  startedAt: number;
  updatedAt: number;
}

/**
 * What a button does, as the engine sees it: pick an `option`, `toggle` one
 * (or `_done`) on a multi-choice step, pick a `place`, `confirm` (ok / edit)
 * or go back to `edit` a step. How a press travels (Telegram's callback data)
 * is the edge's business (src/bot/flow/callback-codec.ts).
 */
export type PressKind = "option" | "toggle" | "place" | "confirm" | "edit";

export interface Press {
  kind: PressKind;
  /** The step the button belongs to. */
  node: string;
  /** The option, place, confirm choice or step it names. */
  arg: string;
}

/** Something the person did, reduced to what the engine needs. */
export type Input =
  | { type: "text"; text: string; lang: string }
  /** `press` is undefined when the button was not one of the engine's (forged, or from another bot). */
  | { type: "button"; press: Press | undefined }
  | { type: "location"; lat: number; lon: number }
  /** Sticker, voice, photo, document, edit…: anything the flow cannot take. */
  | { type: "unsupported"; kind: string };

/** A text the presenter renders in the person's language. */
export type Text =
  | { key: string; args?: Record<string, string | number> }
  | { names: LocalizedNames }
  | { verbatim: string };

export interface Button {
  text: Text;
  /** What pressing it does; checked by the engine on the way back. */
  press: Press;
  /**
   * A multi-choice option currently ticked: the presenter prefixes the label
   * with the `selected-mark` message (e.g. "✓ label").
   */
  selected?: boolean;
}

/**
 * One answered question on the confirm node's summary, in visit order. The
 * presenter renders `label` (the question's `ask` key) and then `value`
 * (one Text per chosen option; `summary-unknown` when the answer no longer
 * matches the flow or its data).
 */
export interface SummaryItem {
  node: string;
  field?: string;
  label: Text;
  value: Text[];
}

export type ReaskReason =
  | "use_buttons"
  | "too_long"
  | "not_a_number"
  | "out_of_range"
  | "unsupported"
  | "stale_button"
  | "empty";

export type Output =
  /** Show the current question (new message). */
  | {
      type: "ask";
      node: string;
      lines: Text[];
      buttons: Button[][];
      requestLocation?: boolean;
      /** Confirm node only: the answers to check, rendered after `lines`. */
      summary?: SummaryItem[];
    }
  /** Replace the buttons of the question already shown (multi-choice toggles). */
  | { type: "update_buttons"; node: string; buttons: Button[][] }
  /** Say why the input was not taken; the question stays. */
  | { type: "reask"; node: string; reason: ReaskReason; args?: Record<string, string | number> }
  /** The flow reached an end node that creates a case. */
  | { type: "complete"; node: string }
  /** The flow passed a `file_case` step: file the case now, the run goes on. */
  | { type: "file"; node: string }
  /** A closing or info message with no answer expected. */
  | { type: "say"; lines: Text[] };

export interface Step {
  state: FlowState;
  outputs: Output[];
  /** The input was taken as an answer (the question + answer may now be deleted). */
  accepted: boolean;
}
