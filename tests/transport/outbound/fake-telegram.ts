import type { ApiResponse } from "grammy/types";
import { vi } from "vitest";
import { createOutboundScheduler, type OutboundOptions, type OutboundScheduler } from "../../../src/transport/outbound/index.js";

export interface SeenCall {
  method: string;
  payload: Record<string, unknown>;
  /** Fake-clock time the call reached "Telegram". */
  at: number;
}

type Answer = ApiResponse<unknown> | Promise<ApiResponse<unknown>>;

/** Epoch the fake clock starts at; calls' `at` are relative to it. */
export const T0 = 1_700_000_000_000;

/**
 * A scheduler driven through its transformer with a fake `prev` (the Bot API
 * below it) on vitest's fake clock. `answer` decides each response; by
 * default every call succeeds with a message id.
 */
export function harness(options: OutboundOptions = {}) {
  vi.useFakeTimers({ now: T0 });
  const calls: SeenCall[] = [];
  let nextId = 1;
  let answer: (call: SeenCall) => Answer = () => ({ ok: true, result: { message_id: nextId++ } });
  const prev = (method: string, payload: Record<string, unknown>) => {
    const call = { method, payload, at: Date.now() - T0 };
    calls.push(call);
    return Promise.resolve(answer(call));
  };
  const outbound: OutboundScheduler = createOutboundScheduler(options);
  const transform = outbound.transformer as unknown as (
    p: typeof prev,
    method: string,
    payload: Record<string, unknown>,
  ) => Promise<ApiResponse<unknown>>;
  return {
    outbound,
    calls,
    /** One Bot API call as grammY would make it. */
    call: (method: string, payload: Record<string, unknown> = {}) => transform(prev, method, payload),
    answerWith(fn: (call: SeenCall) => Answer) {
      answer = fn;
    },
    /** Lets the fake clock run (timers and the promises they release). */
    advance: (ms: number) => vi.advanceTimersByTimeAsync(ms),
    /** Chat ids of the calls so far, in order. */
    chats: () => calls.map((c) => c.payload.chat_id),
  };
}

export const ok = (result: unknown = true): ApiResponse<unknown> => ({ ok: true, result });
export const flood = (retryAfter: number): ApiResponse<unknown> => ({
  ok: false,
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
});
export const badRequest = (description: string): ApiResponse<unknown> => ({ ok: false, error_code: 400, description });
