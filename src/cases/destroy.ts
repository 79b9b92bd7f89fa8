import type { Redis } from "ioredis";
import { StorageError, SweepIncompleteError } from "../errors.js";
import type { Keys } from "../redis/keys.js";
import { destroyScript, SCRIPT_ATTEMPTS } from "./scripts.js";

const DAY_MS = 86_400_000;

/** The two ways a case ends for good: the person's erase, and the retention sweep of closed cases. */
export interface CaseDestroyer {
  /** Destroys every key and index entry of the case; whether a case existed. */
  erase(caseId: string): Promise<boolean>;
  /** Purges cases closed more than `retentionDays` before `now`; returns how many. */
  sweep(now: number): Promise<number>;
}

/**
 * Both run the `case_destroy` script, which takes every key of a case and its
 * index entries in one step; the client reads the assignee and desk message
 * ids first and reruns when they moved in between.
 */
export function createCaseDestroyer(deps: {
  redis: Redis;
  keys: Keys;
  /** The person's pseudonym of a case, for their case pointer; undefined when unknown. */
  personOf: (caseId: string) => Promise<string | undefined>;
  retentionDays: number;
}): CaseDestroyer {
  const { redis, keys } = deps;

  async function destroy(caseId: string, mode: "erase" | "sweep", cutoff: number): Promise<boolean> {
    const recordKey = keys.caseRecord(caseId);
    const person = await deps.personOf(caseId);
    for (let attempt = 0; attempt < SCRIPT_ATTEMPTS; attempt++) {
      const [assignee, messageIds] = await Promise.all([
        redis.hget(recordKey, "assignee"),
        redis.smembers(keys.caseDeskMessages(caseId)),
      ]);
      const reply = await destroyScript.run(
        redis,
        [
          recordKey,
          keys.caseContact(caseId),
          keys.caseOutbox(caseId),
          keys.caseDeskMessages(caseId),
          keys.casesOpen,
          keys.casesAll,
          keys.casesWithHeld,
          keys.announced,
          keys.casesStream,
          assignee ? keys.casesByAssignee(assignee) : recordKey,
          person ? keys.personCase(person) : recordKey,
          ...messageIds.map((id) => keys.deskMessage(Number(id))),
        ],
        [caseId, mode, cutoff, assignee ?? "", person ? "1" : "0", ...messageIds],
      );
      if (!Array.isArray(reply)) return reply === 1;
    }
    throw new StorageError(`case ${caseId} kept changing during ${mode}`);
  }

  return {
    async erase(caseId) {
      return destroy(caseId, "erase", 0);
    },

    async sweep(now) {
      const cutoff = now - deps.retentionDays * DAY_MS;
      // closedAt >= createdAt, so only cases created before the cutoff can be due.
      const candidates = await redis.zrangebyscore(keys.casesAll, "-inf", `(${cutoff}`);
      let purged = 0;
      let failed = 0;
      let firstFailure: unknown;
      for (const caseId of candidates) {
        // One case that cannot be destroyed now must not keep every later one past retention.
        try {
          if (await destroy(caseId, "sweep", cutoff)) purged++;
        } catch (error) {
          failed++;
          firstFailure ??= error;
        }
      }
      if (failed > 0) throw new SweepIncompleteError(purged, failed, { cause: firstFailure });
      return purged;
    },
  };
}
