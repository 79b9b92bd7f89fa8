import { insertSpent, moveSpent, type Limiter } from "./limiter.js";

/**
 * Added to each token's return: Telegram refills by its own clock, to the
 * millisecond or finer, and a call sent exactly on the return was refused now
 * and then (the emulator: 2 429s in a 20-person surge, a float a hair under 1).
 */
export const BUCKET_SLACK_MS = 25;

/** Past this many calls in one `capacity` question the answer is "at least this many": nobody asks for more. */
const CAPACITY_CAP = 10_000;

/**
 * A token bucket of `burst` tokens refilled at `perSecond`, the shape Telegram
 * gives a private chat ("1 a second, short bursts pass"). It is computed from
 * a log of the calls, so a call can be re-counted from when it reached
 * Telegram (`respend`): the bucket starts full, and a call at `now` may leave
 * when, for every k, the k most recent calls and this one fit in `burst`
 * tokens plus what came back since the k-th: now ≥ t_k + (k + 1 − burst) / rate.
 *
 * A window of `burst` calls per `burst / rate` seconds (WindowLimiter) stays
 * under the same average but, after a burst, holds the chat for the whole
 * window: a person's closing line waited up to 3 s behind their last
 * question and its tidy (bench:surge, 20 people, next question p99 2.0 s).
 *
 * @example
 * const chat = new BurstLimiter(3, 1);
 * chat.take(0); chat.take(0); chat.take(0);
 * chat.freeAt(0); // 1025: one token is back a second later (and a little slack)
 */
export class BurstLimiter implements Limiter {
  /** When each counted call left, oldest first. */
  private readonly spent: number[] = [];
  private readonly msPerToken: number;

  constructor(
    readonly burst: number,
    perSecond: number,
  ) {
    if (!(burst >= 1) || !(perSecond > 0)) throw new RangeError("a bucket needs burst >= 1 and perSecond > 0");
    this.msPerToken = 1000 / perSecond;
  }

  /** With `reserve`: when `reserve` more tokens would be left after this call (held back for more urgent calls). */
  freeAt(now: number, reserve = 0): number {
    this.forget(now);
    // A bucket of one token has nothing to keep back: the reserve never waits forever.
    const need = Math.min(1 + reserve, Math.max(1, Math.floor(this.burst)));
    let free = now;
    const n = this.spent.length;
    for (let k = Math.max(1, Math.ceil(this.burst - need)); k <= n; k++) {
      const back = this.spent[n - k]! + (k + need - this.burst) * this.msPerToken;
      if (k + need > this.burst) free = Math.max(free, back + BUCKET_SLACK_MS);
    }
    return free;
  }

  take(now: number): void {
    this.forget(now);
    insertSpent(this.spent, now);
  }

  capacity(now: number, until: number, notBefore = now): number {
    const probe = new BurstLimiter(this.burst, 1000 / this.msPerToken);
    probe.spent.push(...this.spent);
    let count = 0;
    let at = Math.max(now, notBefore);
    while (count < CAPACITY_CAP) {
      at = probe.freeAt(at);
      if (at >= until) break;
      probe.take(at);
      count++;
    }
    return count;
  }

  respend(spentAt: number, to: number): void {
    moveSpent(this.spent, spentAt, to);
  }

  rested(now: number): boolean {
    this.forget(now);
    return this.spent.length === 0;
  }

  /** The oldest call stops counting once the bucket has refilled every call since it. */
  private forget(now: number): void {
    while (this.spent.length > 0 && now - this.spent[0]! >= this.spent.length * this.msPerToken) this.spent.shift();
  }
}
