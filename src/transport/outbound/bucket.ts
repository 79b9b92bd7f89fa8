import type { Limiter } from "./limiter.js";
import { PRIORITY } from "./priority.js";
import { ChatQueue, type Job } from "./queue.js";

/** How long a person's housekeeping may wait for a token to spare before it takes the last one. */
export const KEEP_FOR_PERSON_MS = 5_000;

/**
 * Where calls to one chat (or one chat-less method) wait. A chat bucket sends
 * one call at a time, so its messages arrive in order and a 429 answer is in
 * before anything else goes into that chat.
 */
export class Bucket {
  readonly queue = new ChatQueue();
  inFlight = 0;
  /** Closed by a 429 until then (ms). */
  pausedUntil = 0;
  /** When the bucket was last served, in dispatch order: the round-robin among equals. */
  lastServed = 0;

  constructor(
    readonly key: string,
    /** Undefined: only the global limit applies (answerCallbackQuery). */
    readonly limiter: Limiter | undefined,
    readonly serial: boolean,
    /**
     * A person's chat: housekeeping (discreet-mode deletes) leaves only while a token
     * would be left for the person's next answer. Sent at once, a tidy spent the token
     * the closing line then waited a second for (bench:surge, 20 people: p99 1.9 s);
     * held, it also joins the next tidy's deleteMessages.
     */
    readonly keepsTokenForPerson = false,
  ) {}

  /** When the head call may leave, or undefined when it waits for the call in flight. */
  readyAt(now: number): number | undefined {
    if (this.serial && this.inFlight > 0) return undefined;
    const head = this.queue.head();
    const free = this.limiter?.freeAt(now) ?? now;
    let at = free;
    if (this.limiter && this.keepsTokenForPerson && head !== undefined && head.priority >= PRIORITY.housekeeping) {
      // A token to spare, but for at most KEEP_FOR_PERSON_MS: a person answering fast for long must still see their screen tidied.
      at = Math.min(this.limiter.freeAt(now, 1), Math.max(free, head.enqueuedAt + KEEP_FOR_PERSON_MS));
    }
    return Math.max(now, this.pausedUntil, at);
  }

  /** Nothing waiting, in flight, paused or remembered: the bucket can go. */
  disposable(now: number): boolean {
    return this.queue.size === 0 && this.inFlight === 0 && this.pausedUntil <= now && (this.limiter?.rested(now) ?? true);
  }
}

/**
 * Whether `a`'s head call should leave before `b`'s: more urgent first; then a
 * call marked `ahead` (few, and what lets coordinators see a surge as it
 * happens); among equals the bucket served longest ago (round-robin, so a busy chat cannot
 * race ahead), then the call enqueued first.
 */
export function before(a: Bucket, b: Bucket): boolean {
  const x = a.queue.head() as Job;
  const y = b.queue.head() as Job;
  if (x.priority !== y.priority) return x.priority < y.priority;
  if (Boolean(x.ahead) !== Boolean(y.ahead)) return Boolean(x.ahead);
  if (a.lastServed !== b.lastServed) return a.lastServed < b.lastServed;
  return x.seq < y.seq;
}
