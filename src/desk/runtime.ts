import type { AuditEntry } from "../cases/audit.js";
import type { Pseudonymize } from "../crypto/box.js";
import type { CallbackTokens } from "./callbacks.js";
import type { CardPublisher } from "./cards.js";
import type { DeskDependencies } from "./desk.js";

/** What every desk module shares, built once by `createDesk`: its dependencies plus derived helpers. */
export interface DeskRuntime
  extends Pick<DeskDependencies, "api" | "redis" | "keys" | "cases" | "audit" | "outbox" | "prefs" | "tracker" | "translator" | "clock" | "logger"> {
  /** The coordinators' chat; undefined when none is configured (the desk then stays silent). */
  chatId: number | undefined;
  /** `COORDINATOR_LOCALE`. */
  locale: string;
  tokens: CallbackTokens;
  cards: CardPublisher;
  /** A text in the coordinators' locale. */
  t(key: string, args?: Record<string, string | number>): string;
  /** A coordinator's pseudonym for audit and ownership; never the Telegram id itself. */
  actorOf(userId: number): string;
  isCoordinator(userId: number | undefined): boolean;
  /** Audit, never failing the action it records (a lost audit line is logged, by ids). */
  record(entry: AuditEntry): Promise<void>;
}

/** Case references are `XXXX-XXXX` in Crockford base32; anything else is not a reference. */
export function parseCaseRef(raw: string | undefined): string | undefined {
  const ref = (raw ?? "").trim().toUpperCase();
  return /^[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(ref) ? ref : undefined;
}

export function createRuntime(
  base: Omit<DeskRuntime, "t" | "actorOf" | "isCoordinator" | "record">,
  deps: { pseudonymize: Pseudonymize; coordinatorIds: ReadonlySet<number> },
): DeskRuntime {
  return {
    ...base,
    t: (key, args) => base.translator.t(base.locale, key, args),
    actorOf: (userId) => deps.pseudonymize("user", userId),
    isCoordinator: (userId) => userId !== undefined && deps.coordinatorIds.has(userId),
    async record(entry) {
      try {
        await base.audit.record(entry);
      } catch (error) {
        base.logger.error({ action: entry.action, caseId: entry.caseId, err: error instanceof Error ? error.name : "unknown" }, "audit write failed");
      }
    },
  };
}
