import type { Transformer } from "grammy";
import type { ApiResponse } from "grammy/types";
import { classify } from "./classify.js";
import { OutboundEngine } from "./engine.js";
import { OutboundStoppedError } from "./errors.js";
import { resolveOptions, type OutboundOptions } from "./options.js";
import { currentScope, withPriority } from "./priority.js";
import type { Job, Prev } from "./queue.js";

export interface OutboundScheduler {
  /**
   * Install once with `bot.api.config.use`, AFTER (so: outside of) every
   * transformer that should run per real request. grammY runs the last
   * installed transformer first, so the recommended order is:
   *
   * @example
   * bot.api.config.use(createPersonApiGuard(...));            // innermost: sees each real send
   * bot.api.config.use(autoRetry({ maxDelaySeconds: 0, maxRetryAttempts: 5 })); // 5xx/network only; 429s come back to us
   * bot.api.config.use(outbound.transformer);                   // outermost: every call queues here first
   */
  transformer: Transformer;
  /** The module's `withPriority`, for convenience. */
  withPriority: typeof withPriority;
  /** Calls waiting to be sent (coalesced calls count once), for one chat or for all. In-flight calls are not counted. */
  pending(chatId?: number | string): number;
  /**
   * How many more calls the chat's bucket can take in the next `withinMs`
   * (its limit, any 429 pause, minus what already waits for it). The global
   * limit is not included: it is shared and moves with everyone else.
   *
   * @example
   * if (outbound.budget(deskChatId, 60_000) < cards.length) postDigest(); else cards.forEach(post);
   */
  budget(chatId: number | string, withinMs: number): number;
  /** Resolves once nothing waits and nothing is in flight. */
  idle(): Promise<void>;
  /**
   * Stops the timers and DROPS every call still waiting (flushing could take
   * minutes behind limits and 429 pauses). Awaited callers are rejected with
   * OutboundStoppedError; fire-and-forget ones are logged and reported to
   * `onBackgroundFailure`. Calls in flight finish. Later message traffic is
   * rejected; other methods still pass. Returns how many calls were dropped.
   * To flush first: `await Promise.race([outbound.idle(), deadline])`.
   */
  stop(): number;
}

/**
 * One outbound scheduler for every Bot API call: per-chat and global limits,
 * five priorities, no head-of-line blocking across chats, 429 pauses per
 * chat, coalesced deletes and edits, fire-and-forget housekeeping.
 * See docs/outbound.md.
 *
 * @example
 * const outbound = createOutboundScheduler({ logger });
 * bot.api.config.use(outbound.transformer);
 * await outbound.withPriority(0, () => bot.api.deleteMessages(chatId, ids)); // quick exit first
 */
export function createOutboundScheduler(options: OutboundOptions = {}): OutboundScheduler {
  const o = resolveOptions(options);
  const engine = new OutboundEngine(o);
  const transformer = (async (prev: Prev, method: string, payload: Record<string, unknown>, signal?: AbortSignal) => {
    const call = classify(method, payload ?? {}, o.isGroup);
    if (!call) return prev(method, payload, signal);
    if (engine.stopped) throw new OutboundStoppedError(method);
    const scope = currentScope();
    const priority = scope?.priority ?? call.priority;
    const mayDetach = call.kind === "delete" || call.kind === "edit";
    // Sends are always awaited: their callers read the new message's id.
    const detached = mayDetach && (scope?.detached ?? (call.kind === "delete" && priority === 4));
    const job: Job = {
      seq: engine.nextSeq(), priority, method, payload, signal, prev, kind: call.kind, enqueuedAt: o.clock(), waiters: [], detached: detached ? 1 : 0,
      ...(scope?.ahead ? { ahead: true } : {}),
      ...(call.editKey !== undefined ? { editKey: call.editKey } : {}),
      ...(call.messageIds ? { messageIds: call.messageIds } : {}),
    };
    if (detached) {
      engine.enqueue(call, job);
      return DETACHED_RESULT;
    }
    return new Promise<ApiResponse<unknown>>((resolve, reject) => {
      job.waiters.push({ resolve, reject });
      engine.enqueue(call, job);
    });
  }) as unknown as Transformer;

  return {
    transformer,
    withPriority,
    pending: (chatId) => engine.pending(chatId),
    budget: (chatId, withinMs) => engine.budget(chatId, withinMs),
    idle: () => engine.idle(),
    stop: () => engine.stop(),
  };
}

/** What a fire-and-forget delete or edit answers at once: deletes return true, and edits may (inline messages do). */
const DETACHED_RESULT: ApiResponse<true> = { ok: true, result: true };
