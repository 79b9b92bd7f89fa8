/**
 * Every code a `BeaconError` can carry: callers switch on it exhaustively, and
 * a new error has to be named here first, so this union is the catalogue.
 */
export type ErrorCode =
  | "config_invalid"
  | "flow_invalid"
  | "flow_broken"
  | "flow_unknown"
  | "locale_patch_invalid"
  | "locale_patch_refused"
  | "decrypt_failed"
  | `transition_${TransitionRefusedError["reason"]}`
  | "storage_failed"
  | "replica_wait_failed"
  | "redis_unreachable"
  | "lease_lost"
  | "lease_not_obtained"
  | "update_retry"
  | "update_in_progress"
  | "webhook_setup"
  | "quick_exit_failed"
  | "relay_part_failed"
  | `person_${"blocked" | "deactivated"}`
  | "dispatch_failed"
  | "outbound_stopped"
  | "outbound_bad_priority"
  | "emulator_timeout"
  | "emulator_misuse"
  | `bot_api_${number}`;

/**
 * Typed errors, grammY style: each carries a stable `code` and the `cause`
 * that led to it, so a failure is logged once, by id, without personal data.
 */
export class BeaconError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The environment does not describe a runnable Beacon. */
export class ConfigError extends BeaconError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "config_invalid", options);
  }
}

/** A flow or locale file failed validation; `problems` are `file:line:col  message` lines. */
export class FlowValidationError extends BeaconError {
  constructor(
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`flow validation failed:\n${problems.join("\n")}`, "flow_invalid", options);
  }
}

/** Ciphertext could not be authenticated or no key fits it. */
export class DecryptionError extends BeaconError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "decrypt_failed", options);
  }
}

/** A fenced state change lost its race or was not allowed from the current state. */
export class TransitionRefusedError extends BeaconError {
  constructor(
    readonly reason: "stale" | "illegal" | "not_owner" | "not_found",
    options?: { cause?: unknown },
  ) {
    super(`transition refused: ${reason}`, `transition_${reason}`, options);
  }
}

/** Redis is unreachable or misconfigured for safe operation. */
export class StorageError extends BeaconError {
  constructor(message: string, options?: { cause?: unknown; code?: ErrorCode }) {
    super(message, options?.code ?? "storage_failed", options);
  }
}

/** The chat lease changed hands before the update was saved; its state was not written. */
export class LeaseLostError extends StorageError {
  constructor(options?: { cause?: unknown }) {
    super("chat lease lost before the update was saved; Telegram will deliver it again", { ...options, code: "lease_lost" });
  }
}

/** A retention sweep that purged what it could; `cause` is the first case that failed. */
export class SweepIncompleteError extends StorageError {
  constructor(
    readonly purged: number,
    readonly failed: number,
    options?: { cause?: unknown },
  ) {
    super(`retention sweep purged ${purged} closed case(s); ${failed} could not be purged now`, options);
  }
}
