import type { CaseEraser } from "../cases/ports.js";
import { PERSON_ACTOR } from "../cases/types.js";
import type { DeskRuntime } from "./runtime.js";

/**
 * The person's /erase. The desk messages of the case (card, relayed lines,
 * reminders) are taken down first, while their ids can still be read, then
 * the case is destroyed. A failed edit does not stop the erase: the person's
 * wish to be forgotten comes before a tidy group.
 */
export function createCaseEraser(rt: DeskRuntime): CaseEraser {
  /**
   * A closed case no longer points from the person to itself; only its sealed
   * contact knows whose it is. /erase is rare and cases are few (retention), so
   * opening each contact is an acceptable price for forgetting a person fully.
   */
  async function closedCasesOf(person: string): Promise<string[]> {
    const ids = await rt.redis.zrange(rt.keys.casesAll, "0", "-1");
    const mine: string[] = [];
    for (const id of ids) {
      const contact = await rt.cases.getContact(id).catch(() => undefined);
      if (contact?.person === person) mine.push(id);
    }
    return mine;
  }

  async function eraseCase(caseId: string): Promise<void> {
    const version = Number(await rt.redis.hget(rt.keys.caseRecord(caseId), "version")) || undefined;
    const messageIds = (await rt.redis.smembers(rt.keys.caseDeskMessages(caseId))).map(Number).filter(Number.isInteger);
    if (rt.chatId !== undefined) {
      for (const messageId of messageIds) {
        await rt.cards.editWithdrawn(messageId, caseId).catch((error: unknown) => {
          rt.logger.warn({ caseId, messageId, err: error instanceof Error ? error.name : "unknown" }, "could not take a desk message down");
        });
      }
    }
    await rt.cases.erase(caseId);
    // The desk's own per-case keys hold no answers, but nothing naming an erased case should stay:
    // its button tokens name it (and the actions offered on its card).
    await rt.tokens.forgetCase(caseId);
    await rt.redis.del(rt.keys.relayAck(caseId), rt.keys.deskPostLock(caseId), rt.keys.deadLetterMark(caseId));
    await rt.record({ actor: PERSON_ACTOR, action: "erase", caseId, ...(version ? { version } : {}), result: "ok" });
  }

  return {
    async eraseForPerson(person) {
      const live = await rt.cases.caseOfPerson(person);
      const all = [...new Set([...(live ? [live] : []), ...(await closedCasesOf(person))])];
      for (const caseId of all) await eraseCase(caseId);
      return all.length > 0 ? { caseId: live ?? all[0]! } : undefined;
    },
  };
}
