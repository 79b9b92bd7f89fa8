import { describe, expect, it } from "vitest";
import { BUCKET_SLACK_MS as S, BurstLimiter } from "../../../src/transport/outbound/burst-limiter.js";

/** Telegram-shaped token bucket, for comparison: what the emulator enforces. */
function bucketAllows(times: number[], burst: number, perSecond: number): boolean {
  let tokens = burst;
  let at = times[0] ?? 0;
  for (const t of times) {
    tokens = Math.min(burst, tokens + ((t - at) * perSecond) / 1000);
    at = t;
    if (tokens < 1 - 1e-9) return false;
    tokens -= 1;
  }
  return true;
}

describe("BurstLimiter", () => {
  it("lets the burst through, then one call per token's return", () => {
    const l = new BurstLimiter(3, 1);
    for (let i = 0; i < 3; i++) {
      expect(l.freeAt(0)).toBe(0);
      l.take(0);
    }
    expect(l.freeAt(0)).toBe(1000 + S);
    l.take(1000 + S);
    expect(l.freeAt(1000 + S)).toBe(2000 + S);
    // Idle long enough, the bucket is full again.
    expect(l.freeAt(10_000)).toBe(10_000);
    expect(l.rested(10_000)).toBe(true);
  });

  it("lets a call out exactly when Telegram's bucket has a token, whatever the pattern", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 50; run++) {
      const l = new BurstLimiter(3, 1);
      const times: number[] = [];
      let now = 0;
      for (let i = 0; i < 40; i++) {
        now += Math.floor(random() * 1500);
        const at = l.freeAt(now);
        expect(bucketAllows([...times, at], 3, 1)).toBe(true);
        // Held only as long as needed (and the slack): earlier than that the bucket had no token.
        if (at > now) expect(bucketAllows([...times, at - S - 1], 3, 1)).toBe(false);
        l.take(at);
        times.push(at);
        now = at;
      }
    }
  });

  it("counts a call from when it reached Telegram", () => {
    const l = new BurstLimiter(1, 1);
    l.take(0);
    l.respend(0, 400);
    expect(l.freeAt(500)).toBe(1400 + S);
  });

  it("counts what a span can take", () => {
    const l = new BurstLimiter(3, 1);
    expect(l.capacity(0, 2500)).toBe(3 + 2);
    l.take(0);
    expect(l.capacity(0, 2500, 1000)).toBe(3 + 1);
  });

  it("tells when a token would be left over, and never waits for more tokens than the bucket has", () => {
    const l = new BurstLimiter(3, 1);
    l.take(0);
    l.take(0);
    expect(l.freeAt(0)).toBe(0);
    expect(l.freeAt(0, 1)).toBe(1000 + S);
    const one = new BurstLimiter(1, 1);
    expect(one.freeAt(0, 1)).toBe(0);
  });
});
