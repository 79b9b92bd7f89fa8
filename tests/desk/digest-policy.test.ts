import { describe, expect, it } from "vitest";
import { createOutboundScheduler } from "../../src/transport/outbound/scheduler.js";
import { CRITICAL_RESERVE, roomKeepingDigest, roomNow, type GroupBudget } from "../../src/desk/digest-policy.js";

const GROUP = -100123;

/** A scheduler's real budget after `spent` group calls at `clock` time, each `gapMs` apart. */
function groupAfter(spent: number, gapMs: number): { group: GroupBudget; now: { t: number } } {
  const now = { t: 1_000_000 };
  const scheduler = createOutboundScheduler({ clock: () => now.t, limits: { groupPerMinute: 19 } });
  // Spend tokens through the real limiter: a fake prev answers at once.
  const engine = scheduler as unknown as { transformer: (prev: unknown, method: string, payload: unknown) => Promise<unknown> };
  const prev = async () => ({ ok: true, result: { message_id: 1 } });
  const sends: Promise<unknown>[] = [];
  for (let i = 0; i < spent; i++) {
    sends.push(engine.transformer(prev, "sendMessage", { chat_id: GROUP, text: "x" }));
    now.t += gapMs;
  }
  return { group: { budget: (c, w) => scheduler.budget(c, w), pending: (c) => scheduler.pending(c) }, now };
}

describe("digest policy", () => {
  it("lets a few cards out of a rested group and keeps the rest of the minute for the digest", () => {
    const budget = (free: number): GroupBudget => ({ budget: () => free, pending: () => 0 });
    expect(roomKeepingDigest(budget(19), GROUP, 4000)).toBe(true);
    // 14 digest calls (one per 4 s below a minute) and this card.
    expect(roomKeepingDigest(budget(15), GROUP, 4000)).toBe(true);
    expect(roomKeepingDigest(budget(14), GROUP, 4000)).toBe(false);
    expect(roomKeepingDigest(budget(15), GROUP, 4000, CRITICAL_RESERVE)).toBe(false);
    expect(roomKeepingDigest(budget(18), GROUP, 4000, CRITICAL_RESERVE)).toBe(true);
  });

  it("reads the sliding window: tokens spent in a burst are not there for the rest of the minute", async () => {
    const { group } = groupAfter(4, 0);
    await Promise.resolve();
    expect(group.budget(GROUP, 4000)).toBe(15);
    expect(roomKeepingDigest(group, GROUP, 4000)).toBe(true);
    const more = groupAfter(5, 0);
    expect(roomKeepingDigest(more.group, GROUP, 4000)).toBe(false);
  });

  it("after the surge, spends what is free but one, and only with nothing waiting", () => {
    expect(roomNow({ budget: () => 2, pending: () => 0 }, GROUP, 4000)).toBe(true);
    expect(roomNow({ budget: () => 1, pending: () => 0 }, GROUP, 4000)).toBe(false);
    expect(roomNow({ budget: () => 10, pending: () => 1 }, GROUP, 4000)).toBe(false);
  });
});
