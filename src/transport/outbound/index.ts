/**
 * The Telegram edge, outbound: one scheduler every Bot API call goes through.
 * See docs/outbound.md for the design.
 */
export { createOutboundScheduler, type OutboundScheduler } from "./scheduler.js";
export { withPriority, PRIORITY, type Priority, type ScopeOptions } from "./priority.js";
export { DEFAULT_LIMITS, type OutboundOptions, type OutboundLimits, type BackgroundFailure, type Timers } from "./options.js";
export { OutboundStoppedError, OutboundPriorityError } from "./errors.js";
export { DELETE_BATCH_LIMIT } from "./queue.js";
