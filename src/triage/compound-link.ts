import type { Redis } from "ioredis";
import type { CaseStore } from "../cases/store.js";
import type { Keys } from "../redis/keys.js";
import { answerOf, type TriageCard } from "./card.js";

/**
 * A pin this close to a known compound is taken as a report from it. Closer
 * than the card's "nearest known compound" (10 km): linking reports is what a
 * partner acts on, so a pin across town must not join a compound's count.
 */
export const COMPOUND_LINK_KM = 2;
/** The window of the card's "report no. N from this compound" line. */
export const COMPOUND_WINDOW_DAYS = 7;

/** The known compound a case is from: the one the person named, else one within COMPOUND_LINK_KM of their pin. */
export function compoundOf(card: TriageCard): string | undefined {
  const named = answerOf(card, "compound");
  if (named?.kind === "place") return named.id;
  const near = card.location?.nearestCompound;
  return near && near.distanceKm <= COMPOUND_LINK_KM ? near.id : undefined;
}

export interface CompoundReports {
  /**
   * How many cases linked to the same compound were filed in the
   * `COMPOUND_WINDOW_DAYS` up to this one, this one included (1 when it is the
   * first, or when it is linked to no compound).
   */
  nthReport(caseId: string, card: TriageCard, createdAt: number): Promise<number>;
}

/**
 * Counts reports per compound from the case index by creation time. A case's
 * card never changes once filed, so which compound it names is remembered per
 * case id (no sealed data leaves the store; erased cases drop out of the index
 * and so out of the count).
 */
export function createCompoundReports(deps: { redis: Redis; keys: Keys; cases: Pick<CaseStore<TriageCard>, "get"> }): CompoundReports {
  const linked = new Map<string, string | null>();
  async function compoundOfCase(caseId: string): Promise<string | null> {
    const known = linked.get(caseId);
    if (known !== undefined) return known;
    const record = await deps.cases.get(caseId).catch(() => undefined);
    const compound = record ? (compoundOf(record.card) ?? null) : null;
    if (record) linked.set(caseId, compound);
    return compound;
  }
  return {
    async nthReport(caseId, card, createdAt) {
      const compound = compoundOf(card);
      if (!compound) return 1;
      linked.set(caseId, compound);
      const since = createdAt - COMPOUND_WINDOW_DAYS * 86_400_000;
      const ids = await deps.redis.zrangebyscore(deps.keys.casesAll, since, createdAt);
      let n = 0;
      for (const id of ids) if (id === caseId || (await compoundOfCase(id)) === compound) n++;
      return Math.max(1, n);
    },
  };
}
