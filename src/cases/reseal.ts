import type { Redis } from "ioredis";
import { fieldAad, splitItem } from "../crypto/aad.js";
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
  // `aad` is what the value is bound to; `sealed` the ciphertext inside `old` (an outbox item carries its id in front).
  const write = async (aad: string, key: string, kind: "hash" | "string" | "list", at: string | number, old: string, wrap = (v: string) => v, sealed = old) => {
    const fresh = rotate(aad, sealed);
    if (fresh === sealed) return;
    const next = wrap(fresh);
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
      if (value) await write(fieldAad(recordKey, field), recordKey, "hash", field, value);
    }
    const contactKey = keys.caseContact(caseId);
    const contact = await redis.get(contactKey);
    if (contact !== null) await write(contactKey, contactKey, "string", "", contact);
    const outboxKey = keys.caseOutbox(caseId);
    const held = await redis.lrange(outboxKey, 0, -1);
    for (const [i, value] of held.entries()) {
      const { id, sealed } = splitItem(value);
      const aad = id === undefined ? outboxKey : fieldAad(outboxKey, id);
      await write(aad, outboxKey, "list", i, value, (next) => (id === undefined ? next : `${id}~${next}`), sealed);
    }
  }
  return report;
}
