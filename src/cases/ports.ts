import type { FlowBundle, FlowState } from "../flow/types.js";

/*
 * What the edge asks of the case layer, as interfaces: the flow service files
 * through one, the person's /erase through the other, and neither edge needs
 * to know which module implements them.
 */

/** Files a case from a completed flow; idempotent on the flow's session id. */
export interface CaseFiler {
  /**
   * `later`: a later answer of a run whose case is filed and confirmed: it only
   * updates that case (no second filing, no replica wait), and never brings
   * back a case that was erased meanwhile.
   */
  file(args: { chatId: number; person: string; locale: string; bundle: FlowBundle; state: FlowState; later?: boolean }): Promise<{ caseId: string }>;
}

/** Withdraws and destroys the person's case; tells the desk. */
export interface CaseEraser {
  eraseForPerson(person: string): Promise<{ caseId: string } | undefined>;
}
