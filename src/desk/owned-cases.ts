import type { CaseStore } from "../cases/store.js";
import type { CaseRecord } from "../cases/types.js";
import type { TriageCard } from "../triage/card.js";

/**
 * One desk's view of the case store when several coordinators' groups share it
 * (DESKS_FILE): reads see only the cases routed to this desk, so its cards,
 * reminders, refreshes, relay and erase never touch another group's cases;
 * writes pass through. A case outside the view reads as absent, which every desk
 * part already treats as "not mine to act on" (the stream entry is acknowledged).
 */
export function ownedCases(cases: CaseStore<TriageCard>, desk: string | undefined): CaseStore<TriageCard> {
  const mine = (record: CaseRecord<TriageCard> | undefined) => (record && record.desk === desk ? record : undefined);
  // Asked by id (the relay, the erase, a quick exit's note): the desk field alone, no card to open.
  const owned = async (caseId: string) => (await cases.deskOf(caseId)) === desk;
  return {
    ...cases,
    get: async (caseId) => mine(await cases.get(caseId)),
    getContact: async (caseId) => ((await owned(caseId)) ? cases.getContact(caseId) : undefined),
    listOpen: async (limit) => (await cases.listOpen(limit)).filter((r) => r.desk === desk),
    listByAssignee: async (coordinator) => (await cases.listByAssignee(coordinator)).filter((r) => r.desk === desk),
    caseOfPerson: async (person) => {
      const caseId = await cases.caseOfPerson(person);
      return caseId !== undefined && (await owned(caseId)) ? caseId : undefined;
    },
  };
}
