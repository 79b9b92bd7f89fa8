import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { CaseEraser } from "../cases/ports.js";
import type { CaseStore } from "../cases/store.js";
import { PERSON_ACTOR } from "../cases/types.js";
import type { Keys } from "../redis/keys.js";
import type { TriageCard } from "../triage/card.js";
import type { CallbackTokens } from "./callbacks.js";
import type { CardPublisher } from "./cards.js";
import type { RecordAudit } from "./desk-audit.js";

/**
 * The person's /erase. The desk messages of the case (card, relayed lines,
 * reminders) are taken down first, while their ids can still be read, then
 * the case is destroyed. A failed edit does not stop the erase: the person's
 * wish to be forgotten comes before a tidy group.
 */
export function createCaseEraser(deps: {
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  cards: Pick<CardPublisher, "editWithdrawn">;
  tokens: Pick<CallbackTokens, "forgetCase">;
  /** The coordinators' chat; undefined when none is configured (no desk message to take down). */
  chatId: number | undefined;
  logger: Logger;
  record: RecordAudit;
}): CaseEraser {
  const { redis, keys, cases, logger } = deps;

  /**
   * A closed case no longer points from the person to itself; only its sealed
   * contact knows whose it is. /erase is rare and cases are few (retention), so
   * opening each contact is an acceptable price for forgetting a person fully.
   */
  async function closedCasesOf(person: string): Promise<string[]> {
    const ids = await redis.zrange(keys.casesAll, "0", "-1");
    const mine: string[] = [];
    for (const id of ids) {
      const contact = await cases.getContact(id).catch(() => undefined);
      if (contact?.person === person) mine.push(id);
    }
    return mine;
  }

  async function eraseCase(caseId: string): Promise<void> {
    const version = Number(await redis.hget(keys.caseRecord(caseId), "version")) || undefined;
    const messageIds = (await redis.smembers(keys.caseDeskMessages(caseId))).map(Number).filter(Number.isInteger);
    if (deps.chatId !== undefined) {
      for (const messageId of messageIds) {
        await deps.cards.editWithdrawn(messageId, caseId).catch((error: unknown) => {
          logger.warn({ caseId, messageId, err: error }, "could not take a desk message down");
        });
      }
    }
    await cases.erase(caseId);
    // The desk's own per-case keys hold no answers, but nothing naming an erased case should stay:
    // its button tokens name it (and the actions offered on its card).
    await deps.tokens.forgetCase(caseId);
    await redis.del(keys.relayAck(caseId), keys.deskPostLock(caseId), keys.deadLetterMark(caseId));
    await deps.record({ actor: PERSON_ACTOR, action: "erase", caseId, ...(version ? { version } : {}), result: "ok" });
  }

  return {
    async eraseForPerson(person) {
      const live = await cases.caseOfPerson(person);
      const all = [...new Set([...(live ? [live] : []), ...(await closedCasesOf(person))])];
      for (const caseId of all) await eraseCase(caseId);
      return all.length > 0 ? { caseId: live ?? all[0]! } : undefined;
    },
  };
}
