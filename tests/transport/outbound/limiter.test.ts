import { describe, expect, it } from "vitest";
import { WindowLimiter } from "../../../src/transport/outbound/limiter.js";

describe("WindowLimiter", () => {
  it("never lets more than its limit out in one window", () => {
    const l = new WindowLimiter(3, 1000);
    for (const t of [0, 10, 20]) {
      expect(l.freeAt(t)).toBe(t);
      l.take(t);
    }
    expect(l.freeAt(30)).toBe(1000);
    expect(l.freeAt(1000)).toBe(1000);
  });

  it("counts the calls a span can take: unspent slots at once, spent ones from their return", () => {
    const l = new WindowLimiter(3, 1000);
    expect(l.capacity(0, 1000)).toBe(3);
    expect(l.capacity(0, 2500)).toBe(9);
    l.take(0);
    l.take(400);
    // Slots back at 1000 and 1400 serve one call each before 1500, the unspent one too.
    expect(l.capacity(500, 1500)).toBe(3);
    expect(l.capacity(500, 2600)).toBe(3 + 2 + 2);
    expect(l.capacity(500, 900)).toBe(1);
    // A 429 pause until 2100: every slot serves from then.
    expect(l.capacity(500, 2600, 2100)).toBe(3);
    expect(l.capacity(500, 2600, 2600)).toBe(0);
  });

  it("counts a huge lifted limit without walking it", () => {
    const l = new WindowLimiter(1_000_000, 60_000);
    l.take(0);
    expect(l.capacity(1, 60_001)).toBe(999_999 + 1);
  });

  it("moves a spent token to its answer's time", () => {
    const l = new WindowLimiter(1, 1000);
    l.take(0);
    l.respend(0, 300);
    expect(l.freeAt(1000)).toBe(1300);
  });

  it("tells when a token would be left over, and never waits for more than the limit", () => {
    const l = new WindowLimiter(3, 1000);
    l.take(0);
    l.take(100);
    expect(l.freeAt(200)).toBe(200);
    expect(l.freeAt(200, 1)).toBe(1000);
    expect(l.freeAt(200, 5)).toBe(1100);
  });
});
