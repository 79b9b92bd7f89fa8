import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";

export interface AuditDependencies {
  redis: Redis;
  keys: Keys;
  /** Epoch milliseconds. */
  clock: () => number;
}

/** One coordinator (or person) action as the audit trail keeps it. */
export interface AuditEntry {
  /** Pseudonym of who acted, or `"person"`. Never a Telegram id or a name. */
  actor: string;
  /** e.g. `claim`, `resolve`, `reply`, `erase`. */
  action: string;
  caseId?: string;
  /** Case version the action produced (ok) or was attempted against (refused). */
  version?: number;
  result: "ok" | "refused";
  /**
   * A code about the action itself, such as a refusal reason (`stale`,
   * `not_owner`) or how a reply went (`delivered`, `held`); never free text
   * and never what the case is about (an escalation reason, an outcome): the
   * audit outlives the person's erase, so it must say nothing about them.
   */
  reason?: string;
  /** How many items the action covered (e.g. cases in a partner export). */
  count?: number;
}

export interface AuditRecord extends AuditEntry {
  /** Stream entry id. */
  id: string;
  /** Epoch milliseconds from the injected clock. */
  at: number;
}

export interface Audit {
  /** Appends one entry; returns its stream id. */
  record(entry: AuditEntry): Promise<string>;
  /** The newest `count` entries, newest first. */
  list(count: number): Promise<AuditRecord[]>;
}

/**
 * Append-only trail of who did what to which case. It lives in a stream that
 * nothing trims, so an abuse of the desk stays visible; it holds pseudonyms
 * and codes only, so reading it reveals no one's identity or words.
 */
export function createAudit(deps: AuditDependencies): Audit {
  const { redis, keys, clock } = deps;
  return {
    async record(entry) {
      const fields: string[] = ["at", String(clock()), "actor", entry.actor, "action", entry.action, "result", entry.result];
      if (entry.caseId !== undefined) fields.push("caseId", entry.caseId);
      if (entry.version !== undefined) fields.push("version", String(entry.version));
      if (entry.reason !== undefined) fields.push("reason", entry.reason);
      if (entry.count !== undefined) fields.push("count", String(entry.count));
      const id = await redis.xadd(keys.auditStream, "*", ...fields);
      // XADD without NOMKSTREAM/limits always answers an id; null would mean a broken server.
      return id ?? "";
    },

    async list(count) {
      if (count <= 0) return [];
      const entries = await redis.xrevrange(keys.auditStream, "+", "-", "COUNT", count);
      return entries.map(([id, flat]) => {
        const f = new Map<string, string>();
        for (let i = 0; i + 1 < flat.length; i += 2) f.set(flat[i] ?? "", flat[i + 1] ?? "");
        const out: AuditRecord = {
          id,
          at: Number(f.get("at")),
          actor: f.get("actor") ?? "",
          action: f.get("action") ?? "",
          result: f.get("result") === "ok" ? "ok" : "refused",
        };
        const caseId = f.get("caseId");
        const version = f.get("version");
        const reason = f.get("reason");
        const count = f.get("count");
        if (count !== undefined) out.count = Number(count);
        if (caseId !== undefined) out.caseId = caseId;
        if (version !== undefined) out.version = Number(version);
        if (reason !== undefined) out.reason = reason;
        return out;
      });
    },
  };
}
