import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CaseRecord } from "../../src/cases/types.js";
import type { DigestStore } from "../../src/desk/digest-store.js";
import type { DigestWriter, PassOutcome } from "../../src/desk/digest-writer.js";
import { createDigest } from "../../src/desk/digest.js";
import { createLogger } from "../../src/logger.js";
import type { TriageCard } from "../../src/triage/card.js";
import { minimalCard } from "./support.js";

beforeEach(() => void vi.useFakeTimers({ now: 1_000_000 }));
afterEach(() => void vi.useRealTimers());

/** A store with one case waiting for its card (a normal case in a surge: not promoted yet). */
function waitingStore(): DigestStore {
  const waiting = new Set(["WAIT-0001"]);
  return {
    hold: async (id) => void waiting.add(id),
    release: async (id) => void waiting.delete(id),
    isWaiting: async (id) => waiting.has(id),
    waiting: async () => [...waiting],
    waitingAtLeast: async () => waiting.size,
    listings: async () => new Map(),
    list: async () => undefined,
    unlist: async () => undefined,
    current: async () => undefined,
    setCurrent: async () => undefined,
    shown: async () => undefined,
    setShown: async () => undefined,
    lock: async () => true,
    unlock: async () => undefined,
  } as DigestStore;
}

function digestWith(pass: () => Promise<PassOutcome>) {
  const record: CaseRecord<TriageCard> = { id: "WAIT-0001", status: "open", tier: "normal", version: 1, createdAt: Date.now(), updatedAt: Date.now(), card: minimalCard("WAIT-0001", { tier: "normal" }) };
  const starts: number[] = [];
  const writer: DigestWriter = {
    pass: () => {
      starts.push(Date.now());
      return pass();
    },
  };
  const digest = createDigest({
    chatId: -100,
    group: { budget: () => 0, pending: () => 0 },
    cases: { get: async () => record },
    store: waitingStore(),
    writer,
    ensureCard: async () => "later",
    clock: () => Date.now(),
    logger: createLogger({ level: "silent" }),
    options: { intervalMs: 4000, quietMs: 30_000 },
  });
  return { digest, starts };
}

describe("digest loop", () => {
  it("looks again at once when something changes during its idle sleep, not after it", async () => {
    const { digest, starts } = digestWith(async () => "idle");
    digest.touch();
    await vi.advanceTimersByTimeAsync(100);
    expect(starts).toHaveLength(1);
    // The loop sleeps to look at the budget again; a new case (touch) must not wait that out.
    digest.touch();
    await vi.advanceTimersByTimeAsync(100);
    expect(starts).toHaveLength(2);
    expect(starts[1]! - starts[0]!).toBeLessThan(1000);
    await digest.stop();
  });

  it("counts the interval from the start of a pass, so a call that waited in the queue does not stretch the cycle", async () => {
    // Each pass's call waits 3 s in the scheduler's queue before Telegram answers.
    const { digest, starts } = digestWith(() => new Promise((resolve) => setTimeout(() => resolve("called"), 3000)));
    digest.touch();
    await vi.advanceTimersByTimeAsync(12_500);
    expect(starts.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBe(4000);
    const stopping = digest.stop();
    await vi.advanceTimersByTimeAsync(5000);
    await stopping;
  });
});
