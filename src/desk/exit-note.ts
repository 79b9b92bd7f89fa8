import { PERSON_ACTOR } from "../cases/types.js";
import type { DeskRuntime } from "./runtime.js";

/**
 * Tells the team, with no content, that the person of a live case used quick
 * exit: whoever holds the case then knows the chat was wiped, that someone may
 * be watching the phone, and that their messages wait until the person writes
 * again (the exit closed the contact window).
 */
export function createQuickExitNote(rt: DeskRuntime): (person: string) => Promise<void> {
  return async (person) => {
    if (rt.chatId === undefined) return;
    const caseId = await rt.cases.caseOfPerson(person);
    if (!caseId) return;
    const record = await rt.cases.get(caseId);
    if (!record) return;
    const message = await rt.api.sendMessage(rt.chatId, rt.t("desk-person-exited", { ref: caseId }), {
      ...(record.cardMessageId !== undefined ? { reply_parameters: { message_id: record.cardMessageId, allow_sending_without_reply: true } } : {}),
    });
    // A reply to this note reaches the person like a reply to the card, and is held the same way.
    await rt.cases.trackDeskMessage(caseId, message.message_id);
    await rt.record({ actor: PERSON_ACTOR, action: "quick_exit", caseId, version: record.version, result: "ok" });
  };
}
