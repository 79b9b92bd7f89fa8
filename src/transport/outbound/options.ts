import type { Logger } from "pino";
import { BurstLimiter } from "./burst-limiter.js";
import { WindowLimiter, type Limiter } from "./limiter.js";

/** Defaults a little under Telegram's published limits, so a clock skew or a retry does not tip us over. */
export const DEFAULT_LIMITS = {
  globalPerSecond: 28,
  privatePerSecond: 1,
  privateBurst: 3,
  groupPerMinute: 19,
} as const;

export type OutboundLimits = { [K in keyof typeof DEFAULT_LIMITS]: number };

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A fire-and-forget call that did not happen as its caller was told. Ids are for re-tracking, never for logs. */
export interface BackgroundFailure {
  method: string;
  chatId: number | string | undefined;
  /** For deletes: the ids that may still be on screen. */
  messageIds?: number[];
  /** Telegram's error code, or undefined for a thrown error (network, stop). */
  code?: number;
  error: unknown;
}

export interface OutboundOptions {
  limits?: Partial<OutboundLimits>;
  /** ms since the epoch; `Date.now` (read at each call, so fake timers work). */
  clock?: () => number;
  /** The global `setTimeout`/`clearTimeout` (read at each call, so fake timers work). */
  timers?: Timers;
  /** Default: a negative chat id, or a string id (`@channel`), is a group. */
  isGroup?: (chatId: number | string) => boolean;
  /** Logs method, priority, wait and error code only. Silent by default. */
  logger?: Logger;
  /** A detached (fire-and-forget) call failed or was dropped by `stop`. */
  onBackgroundFailure?: (failure: BackgroundFailure) => void;
}

export interface ResolvedOptions {
  limits: OutboundLimits;
  clock: () => number;
  timers: Timers;
  isGroup: (chatId: number | string) => boolean;
  logger: Logger | undefined;
  onBackgroundFailure: ((failure: BackgroundFailure) => void) | undefined;
}

export function resolveOptions(options: OutboundOptions): ResolvedOptions {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  for (const [name, value] of Object.entries(limits)) {
    if (!(value > 0)) throw new RangeError(`outbound limit ${name} must be positive`);
  }
  return {
    limits,
    clock: options.clock ?? (() => Date.now()),
    timers: options.timers ?? {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
    isGroup: options.isGroup ?? ((chatId) => typeof chatId === "string" || chatId < 0),
    logger: options.logger,
    onBackgroundFailure: options.onBackgroundFailure,
  };
}

/**
 * A group's "20 a minute" as a window (Telegram states it per minute); a
 * private chat's "1/s, bursts of 3" as the bucket it is (burst-limiter.ts).
 */
export function chatLimiter(limits: OutboundLimits, group: boolean): Limiter {
  if (group) return new WindowLimiter(Math.max(1, Math.floor(limits.groupPerMinute)), 60_000);
  return new BurstLimiter(Math.max(1, Math.floor(limits.privateBurst)), limits.privatePerSecond);
}

export function globalLimiter(limits: OutboundLimits): WindowLimiter {
  return new WindowLimiter(Math.max(1, Math.floor(limits.globalPerSecond)), 1000);
}
