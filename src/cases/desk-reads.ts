import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";

/** What a desk of DESKS_FILE asks of the case records without opening their cards. */
export interface CaseDeskReads {
  /** The desk a case was filed to (`NewCase.desk`); undefined: the main group, or no such case. */
  deskOf(caseId: string): Promise<string | undefined>;
  /** Live cases per desk they were filed to (the main group's are not counted). */
  openCasesByDesk(): Promise<Map<string, number>>;
}

/** Reads the plain `desk` field of case records (src/cases/scripts.ts writes it at filing). */
export function createCaseDeskReads(redis: Redis, keys: Keys): CaseDeskReads {
  return {
    async deskOf(caseId) {
      return (await redis.hget(keys.caseRecord(caseId), "desk")) ?? undefined;
    },
    async openCasesByDesk() {
      const ids = await redis.zrange(keys.casesOpen, "0", "-1");
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hget(keys.caseRecord(id), "desk");
      const counts = new Map<string, number>();
      for (const [, desk] of (await pipeline.exec()) ?? []) {
        if (typeof desk === "string") counts.set(desk, (counts.get(desk) ?? 0) + 1);
      }
      return counts;
    },
  };
}
