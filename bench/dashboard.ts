/**
 * The dashboard's queue page with 5,000 open cases in Redis: filed through the
 * real case store (sealed), served by the real server over HTTP, signed in.
 */
import type { Redis } from "ioredis";
import { createDashboard } from "../src/dashboard/dashboard.js";
import type { Config } from "../src/config.js";
import { createStores } from "../src/app/wiring.js";
import { createLogger } from "../src/logger.js";
import type { TriageCard } from "../src/triage/card.js";

export const QUEUE_CASES = 5_000;
const TIERS = ["critical", "high", "normal"] as const;
const COMPOUNDS = ["otres", "huang_le", "kaibo", "chinatown"];

function card(caseId: string, i: number): TriageCard {
  return {
    schemaVersion: 1,
    caseId,
    flow: { id: "triage", hash: "bench" },
    lang: ["en", "vi", "id", "th"][i % 4]!,
    startedAt: 1,
    completedAt: 2,
    tier: TIERS[i % 3]!,
    reasons: [],
    flags: i % 2 ? ["passport_retained", "consent_ngo"] : [],
    indicators: ["retention_of_documents"],
    answers: [
      { node: "country", field: "country", answer: { kind: "place", id: "kh" } },
      { node: "province", field: "province", answer: { kind: "place", id: "kh_preah_sihanouk" } },
      { node: "compound", field: "compound", answer: { kind: "place", id: COMPOUNDS[i % COMPOUNDS.length]! } },
      { node: "nationality", field: "nationality", answer: { kind: "place", id: ["ph", "id", "vn", "cn"][i % 4]! } },
      { node: "surroundings", field: "surroundings", answer: { kind: "text", text: "Tall building by the beach, guards at the gate", lang: "en" } },
    ],
  };
}

/** Median of `runs` timed GETs of /queue after one cold one; ms. */
export async function benchDashboardQueue(redis: Redis, config: Config): Promise<{ cases: number; coldMs: number; warmMs: number; bytes: number }> {
  const namespace = "dashbench";
  const logger = createLogger({ level: "silent" });
  const stores = createStores({ config, redis, logger, clock: Date.now, namespace });
  await stores.registry.load();
  for (let start = 0; start < QUEUE_CASES; start += 500) {
    await Promise.all(
      Array.from({ length: 500 }, (_, k) => {
        const i = start + k;
        const caseId = `B${String(i).padStart(3, "0").slice(-3)}${String(i).padStart(4, "0")}`.replace(/^(.{4})/, "$1-");
        return stores.cases.create({ caseId, tier: TIERS[i % 3]!, card: card(caseId, i), contact: { chatId: 1_000_000 + i, person: `p${i}`, lang: "en", window: { mode: "any" } } });
      }),
    );
  }
  const dashboard = createDashboard({
    ...stores,
    redis,
    flows: { byHash: async () => undefined, current: () => stores.registry.current("triage") },
    config: { ...config, dashboard: { port: 0, publicUrl: undefined } },
    clock: Date.now,
    logger,
  });
  await dashboard.start();
  try {
    const coordinator = [...config.coordinatorIds][0] ?? 42;
    const link = await dashboard.context.signIn.issueLink({ actor: stores.pseudonymize("user", coordinator) });
    const session = (await dashboard.context.signIn.redeem(link))?.session ?? "";
    const get = async () => {
      const t0 = performance.now();
      const response = await fetch(`${dashboard.url()}/queue`, { headers: { cookie: `beacon_session=${session}` } });
      const body = await response.text();
      const text = body.replace(/<[^>]+>/g, "");
      if (!response.ok || !text.includes(`${QUEUE_CASES} of ${QUEUE_CASES} open cases`)) throw new Error(`queue page answered ${response.status} without its ${QUEUE_CASES} cases`);
      return { ms: performance.now() - t0, bytes: body.length };
    };
    const cold = await get();
    const warm: number[] = [];
    for (let i = 0; i < 7; i++) warm.push((await get()).ms);
    warm.sort((a, b) => a - b);
    return { cases: QUEUE_CASES, coldMs: Number(cold.ms.toFixed(1)), warmMs: Number((warm[3] ?? 0).toFixed(1)), bytes: cold.bytes };
  } finally {
    await dashboard.stop();
  }
}
