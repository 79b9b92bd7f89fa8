import type { Pseudonymize } from "../crypto/box.js";

/** Who may act at the desk, and under which name the desk records them. */
export interface Coordinators {
  /** A coordinator's pseudonym for audit and ownership; never the Telegram id itself. */
  actorOf(userId: number): string;
  /** On the allowlist (`COORDINATOR_IDS`); membership of the group alone is not enough. */
  isCoordinator(userId: number | undefined): boolean;
}

/** Pseudonyms come from the app's secret, so the audit and ownership never hold a Telegram id. */
export function createCoordinators(deps: { pseudonymize: Pseudonymize; coordinatorIds: ReadonlySet<number> }): Coordinators {
  return {
    actorOf: (userId) => deps.pseudonymize("user", userId),
    isCoordinator: (userId) => userId !== undefined && deps.coordinatorIds.has(userId),
  };
}
