import type { Logger } from "pino";
import type { Audit, AuditEntry } from "../cases/audit.js";

/** Records a desk action or refusal in the audit stream; never fails the action it records. */
export type RecordAudit = (entry: AuditEntry) => Promise<void>;

/** A lost audit line is logged, by ids: the coordinator's action already happened and must not be reported as failed. */
export function createDeskAudit(deps: { audit: Pick<Audit, "record">; logger: Logger }): RecordAudit {
  return async (entry) => {
    try {
      await deps.audit.record(entry);
    } catch (error) {
      deps.logger.error({ action: entry.action, caseId: entry.caseId, err: error }, "audit write failed");
    }
  };
}
