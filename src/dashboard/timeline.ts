import type { AuditRecord } from "../cases/audit.js";
import type { DashboardDependencies } from "./types.js";

/** How far back the audit is read for one case's timeline. */
const AUDIT_SCAN = 20_000;

const WHAT: Record<string, string> = {
  post: "card posted in the group",
  claim: "claimed",
  release: "released",
  escalate: "escalated",
  resolve: "resolved",
  withdraw: "withdrawn by the person",
  reply: "team message to the person",
  relay: "message relayed",
  deliver_held: "held team messages delivered",
  reannounce: "re-announced (still unclaimed)",
  erase: "erased by the person",
  quick_exit: "person used quick exit",
};

export interface TimelineItem {
  at: number;
  what: string;
  actor?: string;
  detail?: string;
}

/** The case's history from the audit trail (ids and codes only), oldest first, with its filing first. */
export async function timelineOf(deps: Pick<DashboardDependencies, "redis" | "keys">, caseId: string, createdAt: number | undefined): Promise<TimelineItem[]> {
  const entries = await deps.redis.xrevrange(deps.keys.auditStream, "+", "-", "COUNT", AUDIT_SCAN);
  const items: TimelineItem[] = [];
  for (const [, flat] of entries) {
    const f = new Map<string, string>();
    for (let i = 0; i + 1 < flat.length; i += 2) f.set(flat[i] ?? "", flat[i + 1] ?? "");
    if (f.get("caseId") !== caseId || f.get("result") !== "ok") continue;
    const action = f.get("action") ?? "";
    const what = WHAT[action];
    if (!what) continue;
    const item: TimelineItem = { at: Number(f.get("at")), what, actor: f.get("actor") ?? "" };
    const reason = f.get("reason");
    if (reason) item.detail = reason;
    items.push(item);
  }
  items.reverse();
  if (createdAt !== undefined) items.unshift({ at: createdAt, what: "filed by the person" });
  return items;
}

/** Claims of every case, first claim first: the charts' time to claim. */
export async function firstClaims(deps: Pick<DashboardDependencies, "redis" | "keys">): Promise<Map<string, number>> {
  const entries = await deps.redis.xrange(deps.keys.auditStream, "-", "+");
  const out = new Map<string, number>();
  for (const [, flat] of entries) {
    const f = new Map<string, string>();
    for (let i = 0; i + 1 < flat.length; i += 2) f.set(flat[i] ?? "", flat[i + 1] ?? "");
    const caseId = f.get("caseId");
    if (f.get("action") === "claim" && f.get("result") === "ok" && caseId && !out.has(caseId)) out.set(caseId, Number(f.get("at")));
  }
  return out;
}

export type { AuditRecord };
