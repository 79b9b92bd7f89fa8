import type { ApiResponse } from "grammy/types";
import { Bucket, before } from "./bucket.js";
import { chatBucketKey, type Classified } from "./classify.js";
import { OutboundStoppedError } from "./errors.js";
import type { WindowLimiter } from "./limiter.js";
import { chatLimiter, globalLimiter, type ResolvedOptions } from "./options.js";
import type { Job } from "./queue.js";

/**
 * The queues, limits and timer behind the transformer: which call leaves
 * when, and what its callers hear. Single-threaded by construction: every
 * decision is taken in `pump`, synchronously.
 */
export class OutboundEngine {
  private readonly global: WindowLimiter;
  private readonly buckets = new Map<string, Bucket>();
  private readonly idleWaiters: Array<() => void> = [];
  private seq = 0;
  private served = 0;
  private inFlight = 0;
  private pumpQueued = false;
  private timer: unknown;
  stopped = false;

  constructor(private readonly o: ResolvedOptions) {
    this.global = globalLimiter(o.limits);
  }

  nextSeq(): number {
    return ++this.seq;
  }

  /** Queues a classified call (coalescing it where it can) and has the pump look at it. */
  enqueue(call: Classified, job: Job): void {
    this.bucketFor(call).queue.add(job);
    this.schedulePump();
  }

  pending(chatId?: number | string): number {
    if (chatId === undefined) return [...this.buckets.values()].reduce((sum, b) => sum + b.queue.size, 0);
    return this.buckets.get(chatBucketKey(chatId))?.queue.size ?? 0;
  }

  budget(chatId: number | string, withinMs: number): number {
    const now = this.o.clock();
    const bucket = this.buckets.get(chatBucketKey(chatId));
    const limiter = bucket?.limiter ?? chatLimiter(this.o.limits, this.o.isGroup(chatId));
    const room = limiter.capacity(now, now + withinMs, bucket?.pausedUntil ?? now);
    return Math.max(0, room - (bucket?.queue.size ?? 0));
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): number {
    if (this.stopped) return 0;
    this.stopped = true;
    this.arm(Infinity);
    let dropped = 0;
    for (const bucket of this.buckets.values()) {
      for (const job of bucket.queue.drain()) {
        dropped++;
        this.fail(job, new OutboundStoppedError(job.method));
      }
    }
    if (dropped > 0) this.o.logger?.warn({ dropped }, "outbound scheduler stopped; waiting calls dropped");
    this.wakeIdle();
    return dropped;
  }

  private bucketFor(call: Classified): Bucket {
    let bucket = this.buckets.get(call.bucketKey);
    if (!bucket) {
      const chat = call.kind !== "callback";
      bucket = new Bucket(call.bucketKey, chat ? chatLimiter(this.o.limits, call.group) : undefined, chat, chat && !call.group);
      this.buckets.set(call.bucketKey, bucket);
    }
    return bucket;
  }

  private schedulePump(): void {
    if (this.pumpQueued || this.stopped) return;
    this.pumpQueued = true;
    // On the next microtask, so calls made in one go (Promise.all of deletes) meet in the queue and coalesce.
    void Promise.resolve().then(() => {
      this.pumpQueued = false;
      this.pump();
    });
  }

  private arm(at: number): void {
    if (this.timer !== undefined) this.o.timers.clearTimeout(this.timer);
    this.timer = undefined;
    if (at === Infinity || this.stopped) return;
    this.timer = this.o.timers.setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, Math.max(0, at - this.o.clock()));
  }

  /** Sends every call that may leave now, most urgent first, then sleeps until the next may. */
  private pump(): void {
    while (!this.stopped) {
      const now = this.o.clock();
      let best: Bucket | undefined;
      let wake = Infinity;
      for (const bucket of this.buckets.values()) {
        if (bucket.disposable(now)) this.buckets.delete(bucket.key);
        if (bucket.queue.size === 0) continue;
        const ready = bucket.readyAt(now);
        if (ready === undefined) continue; // woken when its call in flight returns
        if (ready > now) wake = Math.min(wake, ready);
        else if (!best || before(bucket, best)) best = bucket;
      }
      const globalFree = this.global.freeAt(now);
      if (!best || globalFree > now) return this.arm(best ? Math.min(wake, globalFree) : wake);
      this.dispatch(best, now);
    }
  }

  private dispatch(bucket: Bucket, now: number): void {
    const job = bucket.queue.shift()!;
    this.global.take(now);
    bucket.limiter?.take(now);
    bucket.inFlight++;
    bucket.lastServed = ++this.served;
    this.inFlight++;
    const callers = job.waiters.length + job.detached;
    this.o.logger?.debug({ method: job.method, priority: job.priority, waitedMs: now - job.enqueuedAt, callers }, "outbound call sent");
    void this.send(bucket, job, now);
  }

  private async send(bucket: Bucket, job: Job, sentAt: number): Promise<void> {
    let response: ApiResponse<unknown> | undefined;
    let thrown: { error: unknown } | undefined;
    try {
      response = await job.prev(job.method, job.payload, job.signal);
    } catch (error) {
      thrown = { error };
    }
    bucket.inFlight--;
    this.inFlight--;
    // The chat's limit counts from the answer, the latest the call can have reached Telegram (see `respend`).
    bucket.limiter?.respend(sentAt, this.o.clock());
    const retryAfter = response === undefined ? undefined : floodWait(response);
    if (thrown) this.fail(job, thrown.error);
    else if (retryAfter !== undefined && this.stopped) this.fail(job, new OutboundStoppedError(job.method));
    else if (retryAfter !== undefined) this.pause(bucket, job, retryAfter);
    else this.settle(job, response!);
    this.schedulePump();
    this.wakeIdle();
  }

  /** The call had no effect: it waits at the front of its chat, and nothing enters that chat for `retry_after` s. */
  private pause(bucket: Bucket, job: Job, retryAfter: number): void {
    bucket.pausedUntil = Math.max(bucket.pausedUntil, this.o.clock() + retryAfter * 1000);
    bucket.queue.requeue(job);
    this.o.logger?.warn({ method: job.method, priority: job.priority, retryAfterSeconds: retryAfter }, "outbound call hit a flood limit; its chat waits");
  }

  private settle(job: Job, response: ApiResponse<unknown>): void {
    for (const waiter of job.waiters) waiter.resolve(response);
    if (!response.ok && job.detached > 0) this.background(job, response.error_code, response);
  }

  private fail(job: Job, error: unknown): void {
    for (const waiter of job.waiters) waiter.reject(error);
    if (job.detached > 0) this.background(job, undefined, error);
  }

  private background(job: Job, code: number | undefined, error: unknown): void {
    this.o.logger?.warn({ method: job.method, code, stopped: error instanceof OutboundStoppedError }, "fire-and-forget outbound call failed");
    const chatId = job.payload.chat_id as number | string | undefined;
    const ids = job.messageIds ? { messageIds: job.messageIds } : {};
    this.o.onBackgroundFailure?.({ method: job.method, chatId, ...ids, ...(code !== undefined ? { code } : {}), error });
  }

  private isIdle(): boolean {
    return this.inFlight === 0 && this.pending() === 0;
  }

  private wakeIdle(): void {
    if (this.isIdle()) for (const wake of this.idleWaiters.splice(0)) wake();
  }
}

/** `retry_after` of a 429 answer, else undefined. */
function floodWait(response: ApiResponse<unknown>): number | undefined {
  if (response.ok || response.error_code !== 429) return undefined;
  const retryAfter = response.parameters?.retry_after;
  return typeof retryAfter === "number" && retryAfter >= 0 ? retryAfter : undefined;
}
