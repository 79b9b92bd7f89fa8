import type { Api } from "grammy";
import type { CaseStore } from "../cases/store.js";
import { PERSON_ACTOR } from "../cases/types.js";
import type { TriageCard } from "../triage/card.js";
import type { RecordAudit } from "./desk-audit.js";
import type { DeskText } from "./desk-text.js";

/**
 * Tells the team, with no content, that the person of a live case used quick
 * exit: whoever holds the case then knows the chat was wiped, that someone may
 * be watching the phone, and that their messages wait until the person writes
 * again (the exit closed the contact window).
 */
export function createQuickExitNote(deps: {
  api: Pick<Api, "sendMessage">;
  cases: CaseStore<TriageCard>;
  /** The coordinators' chat; undefined when none is configured (no note). */
  chatId: number | undefined;
  t: DeskText;
  record: RecordAudit;
}): (person: string) => Promise<void> {
  const { api, cases, chatId, t } = deps;
  return async (person) => {
    if (chatId === undefined) return;
    const caseId = await cases.caseOfPerson(person);
    if (!caseId) return;
    const record = await cases.get(caseId);
    if (!record) return;
    const message = await api.sendMessage(chatId, t("desk-person-exited", { ref: caseId }), {
      ...(record.cardMessageId !== undefined ? { reply_parameters: { message_id: record.cardMessageId, allow_sending_without_reply: true } } : {}),
    });
    // A reply to this note reaches the person like a reply to the card, and is held the same way.
    await cases.trackDeskMessage(caseId, message.message_id);
    await deps.record({ actor: PERSON_ACTOR, action: "quick_exit", caseId, version: record.version, result: "ok" });
  };
}
