/** What the scheduler asks of a chat's or the bot's limit (a window here, a bucket in burst-limiter.ts). */
export interface Limiter {
  /** The earliest time (ms) at or after `now` when a call may leave and `reserve` more could follow at once. */
  freeAt(now: number, reserve?: number): number;
  /** Counts one call leaving at `now`; the caller checked `freeAt` first. */
  take(now: number): void;
  /** How many calls could leave in `[now, until)`, none before `notBefore`. */
  capacity(now: number, until: number, notBefore?: number): number;
  /** The call counted at `spentAt` reached Telegram at `to` (later): count it from then. */
  respend(spentAt: number, to: number): void;
  /** Nothing counted any more: the limiter can be thrown away. */
  rested(now: number): boolean;
}

/**
 * A token bucket whose tokens come back exactly one window after they were
 * spent (a sliding-window log). Unlike a continuously refilling bucket, which
 * lets `2 × limit` through in the window after an idle spell, this never lets
 * more than `limit` calls out in any window, which is how Telegram states its
 * limits (30/s, 20/min per group).
 *
 * @example
 * const group = new WindowLimiter(19, 60_000);
 * if (group.freeAt(now) <= now) group.take(now);
 */
export class WindowLimiter implements Limiter {
  /** When each spent token was spent, oldest first; never longer than `limit`. */
  private readonly spent: number[] = [];

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {
    if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError("a limiter needs limit >= 1 and windowMs > 0");
  }

  /** The earliest time (ms) at or after `now` when a token is free, with `reserve` more left over. */
  freeAt(now: number, reserve = 0): number {
    this.forget(now);
    const over = this.spent.length + Math.min(reserve, this.limit - 1) - this.limit;
    if (over < 0) return now;
    // The oldest `over + 1` spent tokens must come back first.
    return this.spent[over]! + this.windowMs;
  }

  /** Spends one token at `now`; the caller checked `freeAt` first. */
  take(now: number): void {
    this.forget(now);
    this.spent.push(now);
  }

  /**
   * How many calls could leave in `[now, until)` if nothing else spent tokens,
   * with nothing leaving before `notBefore` (a 429 pause). Each of the `limit`
   * slots is free from some time on and then serves one call per window.
   */
  capacity(now: number, until: number, notBefore = now): number {
    this.forget(now);
    const serves = (from: number) => (from < until ? Math.ceil((until - from) / this.windowMs) : 0);
    // The unspent slots are all free from the same time: counted at once, since a lifted limit
    // (the fast API of `npm run bench`) has a million of them.
    let total = (this.limit - this.spent.length) * serves(Math.max(notBefore, now));
    for (const spentAt of this.spent) total += serves(Math.max(spentAt + this.windowMs, notBefore, now));
    return total;
  }

  /**
   * Moves a token spent at `spentAt` to `to` (later): the call's answer came then. Telegram
   * counts a call when it arrives, somewhere between our send and its answer; counting
   * from the answer keeps a late arrival (a slow network, a loaded host) from making the
   * next window's first call look early to Telegram.
   */
  respend(spentAt: number, to: number): void {
    moveSpent(this.spent, spentAt, to);
  }

  /** True when no token is spent any more: the limiter can be thrown away. */
  rested(now: number): boolean {
    this.forget(now);
    return this.spent.length === 0;
  }

  private forget(now: number): void {
    while (this.spent.length > 0 && this.spent[0]! + this.windowMs <= now) this.spent.shift();
  }
}

/** Inserts `at` into the ascending log `spent`, after any equal time. */
export function insertSpent(spent: number[], at: number): void {
  let j = spent.length;
  while (j > 0 && spent[j - 1]! > at) j--;
  spent.splice(j, 0, at);
}

/** Moves one time `spentAt` of the ascending log to `to` (later), keeping the log in order; a limiter's `respend`. */
export function moveSpent(spent: number[], spentAt: number, to: number): void {
  const i = spent.lastIndexOf(spentAt);
  if (i < 0 || to <= spentAt) return;
  spent.splice(i, 1);
  insertSpent(spent, to);
}
