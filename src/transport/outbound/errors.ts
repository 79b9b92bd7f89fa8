import { BeaconError } from "../../errors.js";

/**
 * The scheduler was stopped while the call still waited in its queue: nothing
 * was sent to Telegram. Callers that awaited the call see this as the
 * rejection; fire-and-forget calls are reported to `onBackgroundFailure`.
 */
export class OutboundStoppedError extends BeaconError {
  constructor(readonly method: string, options?: { cause?: unknown }) {
    super(`outbound scheduler stopped before ${method} was sent`, "outbound_stopped", options);
  }
}

/** `withPriority` was given something that is not one of the five priorities (0-4). */
export class OutboundPriorityError extends BeaconError {
  constructor(readonly priority: unknown, options?: { cause?: unknown }) {
    super(`outbound priority must be an integer from 0 to 4, got ${String(priority)}`, "outbound_bad_priority", options);
  }
}
