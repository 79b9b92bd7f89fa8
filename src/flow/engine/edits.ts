import type { FlowBundle, FlowState, Input } from "../types.js";
import { hasNode, nodeOf } from "./nodes.js";

/**
 * What the flow takes from an edited message, or `undefined` to let it pass
 * without a word. A live location arrives as an edit every few seconds for
 * hours; answering each would light up a phone captors may be watching.
 *
 * - A location (a live location moving) answers a location question that is
 *   being asked, and is otherwise ignored.
 * - Any other edit gets the usual notice only when it is of a message sent
 *   after the question on screen (the person correcting their reply to it);
 *   an edit of an earlier answer changes nothing and is not answered.
 */
export function editedInput(bundle: FlowBundle, state: FlowState, input: Input, editedMessageId: number | undefined): Input | undefined {
  if (state.done || !hasNode(bundle, state.node)) return undefined;
  if (input.type === "location") return nodeOf(bundle, state.node).type === "location" ? input : undefined;
  const shown = state.shownMessageId;
  if (shown === undefined || editedMessageId === undefined || editedMessageId <= shown) return undefined;
  return { type: "unsupported", kind: "edit" };
}
