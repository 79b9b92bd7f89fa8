import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";
import { SEALED_FIELDS } from "./codec.js";
import { compareAndSetScript } from "./scripts.js";

/** Given a sealed value and the associated data it was sealed under, returns it sealed under the new key (or unchanged). */
export type Reseal = (associatedData: string, sealed: string) => string;

/** What one `reseal` pass did. */
export interface ResealReport {
  cases: number;
  /** Values rewritten. */
  resealed: number;
  /** Values that changed under us between read and write; a second run picks them up. */
  skipped: number;
}

/**
 * Key rotation only: offers every sealed value of every case to `rotate` and
 * writes back what it returns, compare-and-set, so a concurrent change is
 * never overwritten. See `CaseStore.reseal`.
 */
export async function resealCases(deps: { redis: Redis; keys: Keys }, rotate: Reseal): Promise<ResealReport> {
  const { redis, keys } = deps;
  const report: ResealReport = { cases: 0, resealed: 0, skipped: 0 };
  const write = async (key: string, kind: "hash" | "string" | "list", at: string | number, old: string) => {
    const next = rotate(key, old);
    if (next === old) return;
    const done = await compareAndSetScript.run(redis, [key], [kind, at, old, next]);
    if (done === 1) report.resealed++;
    else report.skipped++;
  };
  for (const caseId of await redis.zrange(keys.casesAll, "0", "-1")) {
    report.cases++;
    const recordKey = keys.caseRecord(caseId);
    const fields = await redis.hmget(recordKey, ...SEALED_FIELDS);
    for (const [i, field] of SEALED_FIELDS.entries()) {
      const value = fields[i];
      if (value) await write(recordKey, "hash", field, value);
    }
    const contactKey = keys.caseContact(caseId);
    const contact = await redis.get(contactKey);
    if (contact !== null) await write(contactKey, "string", "", contact);
    const outboxKey = keys.caseOutbox(caseId);
    const held = await redis.lrange(outboxKey, 0, -1);
    for (const [i, value] of held.entries()) await write(outboxKey, "list", i, value);
  }
  return report;
}
