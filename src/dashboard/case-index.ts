import type { Redis } from "ioredis";
import type { CaseStore } from "../cases/store.js";
import type { CaseRecord, CaseStatus, Outcome } from "../cases/types.js";
import type { Tier } from "../flow/schema.js";
import type { Keys } from "../redis/keys.js";
import { answerOf, type TriageCard } from "../triage/card.js";
import { compoundOf } from "../triage/compound-link.js";

/** What lists, the map and the charts need of a case: ids and codes, no free text. */
export interface CaseSummary {
  id: string;
  status: CaseStatus;
  tier: Tier;
  version: number;
  createdAt: number;
  closedAt?: number;
  outcome?: Outcome;
  /** Pseudonym of who holds it. */
  assignee?: string;
  country?: string;
  province?: string;
  /** The known compound it is linked to (named, or a pin within 2 km). */
  compound?: string;
  nationality?: string;
  language: string;
  pin?: { lat: number; lon: number };
  passportTaken: boolean;
  flags: string[];
}

const placeId = (card: TriageCard, field: "country" | "province" | "nationality") => {
  const answer = answerOf(card, field);
  return answer?.kind === "place" ? answer.id : undefined;
};

export function summarize(record: CaseRecord<TriageCard>): CaseSummary {
  const { card } = record;
  const summary: CaseSummary = {
    id: record.id,
    status: record.status,
    tier: record.tier,
    version: record.version,
    createdAt: record.createdAt,
    language: card.lang,
    passportTaken: card.flags.includes("passport_retained"),
    flags: card.flags,
  };
  const optional: Partial<CaseSummary> = {
    closedAt: record.closedAt,
    outcome: record.outcome,
    assignee: record.assignee,
    country: placeId(card, "country"),
    province: placeId(card, "province"),
    compound: compoundOf(card),
    nationality: placeId(card, "nationality"),
    pin: card.location ? { lat: card.location.lat, lon: card.location.lon } : undefined,
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) Object.assign(summary, { [k]: v });
  return summary;
}

export interface CaseIndex {
  /** Live cases, most urgent tier first, oldest first within it (the desk's order). */
  open(): Promise<CaseSummary[]>;
  /** Every case Redis still holds, oldest first. */
  all(): Promise<CaseSummary[]>;
}

/**
 * Summaries of cases, opened once per case version: a page asks Redis only
 * for the current versions (one pipeline) and decrypts just the cases that
 * changed since it last looked, so a queue of thousands answers quickly.
 */
export function createCaseIndex(deps: { redis: Redis; keys: Keys; cases: Pick<CaseStore<TriageCard>, "get"> }): CaseIndex {
  const { redis, keys, cases } = deps;
  const cache = new Map<string, CaseSummary>();

  async function summaries(ids: string[]): Promise<CaseSummary[]> {
    const pipeline = redis.pipeline();
    for (const id of ids) pipeline.hget(keys.caseRecord(id), "version");
    const versions = ((await pipeline.exec()) ?? []).map(([, v]) => (typeof v === "string" ? Number(v) : undefined));
    const out = await Promise.all(
      ids.map(async (id, i) => {
        const version = versions[i];
        if (version === undefined) return undefined;
        const cached = cache.get(id);
        if (cached?.version === version) return cached;
        const record = await cases.get(id).catch(() => undefined);
        if (!record) return undefined;
        const summary = summarize(record);
        cache.set(id, summary);
        return summary;
      }),
    );
    // Forget what is gone (erased, purged), so the cache never outgrows Redis.
    if (cache.size > ids.length * 2 + 1000) {
      const live = new Set(ids);
      for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
    }
    return out.filter((s): s is CaseSummary => s !== undefined);
  }

  return {
    open: async () => summaries(await redis.zrange(keys.casesOpen, "0", "-1")),
    all: async () => summaries(await redis.zrange(keys.casesAll, "0", "-1")),
  };
}
