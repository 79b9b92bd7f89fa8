import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { createStreamTrimmer } from "../../src/maintenance/stream-retention.js";
import { startRetentionSweeper } from "../../src/maintenance/sweeper.js";
import { caseFixture, contactFor, DAY, T0 } from "../cases/fixture.js";

const CANARY_CHAT = 987_654_321;
const CANARY_TEXT = "CANARY-sweep-summary-5e1f";
const CANARY_PERSON = "p-canary-sweep";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A store holding one case closed long ago and an old audit entry, a captured logger, and the clock past retention. */
async function setup() {
  const f = caseFixture(30);
  cleanups.push(() => f.close());
  const caseId = f.store.newCaseId();
  await f.store.create({ caseId, tier: "normal", card: { summary: CANARY_TEXT, flags: ["passport_taken"] }, contact: contactFor(CANARY_PERSON, CANARY_CHAT) });
  await f.store.transition(caseId, "resolve", { expectedVersion: 1, actor: "coord-x", outcome: "rescued" });
  await f.redis.xadd(f.keys.auditStream, `${T0}-1`, "action", "resolve", "caseId", caseId, "actor", "coord-x");
  f.time.now = T0 + 31 * DAY;

  const lines: string[] = [];
  const logger = createLogger({
    level: "debug",
    destination: new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    }),
  });
  const trimmer = createStreamTrimmer({ redis: f.redis, keys: f.keys, retentionDays: 30 });
  const sweeps: number[] = [];
  const trims: number[] = [];
  return { ...f, caseId, lines, logger, trimmer, sweeps, trims };
}

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

function expectNoPersonalData(lines: string[]) {
  const all = lines.join("\n");
  for (const canary of [String(CANARY_CHAT), CANARY_TEXT, CANARY_PERSON]) expect(all, `logs contain ${canary}`).not.toContain(canary);
}

describe("retention sweeper", () => {
  it("sweeps closed cases and trims the streams at the clock's time, logging counts only", async () => {
    const s = await setup();
    const stop = startRetentionSweeper({
      sweep: (now) => (s.sweeps.push(now), s.store.sweep(now)),
      trimStreams: (now) => (s.trims.push(now), s.trimmer.trim(now)),
      clock: s.clock,
      logger: s.logger,
      everyMs: 20,
    });
    cleanups.push(stop);
    const line = await until(() => s.lines.find((l) => l.includes("retention sweep purged")), "the purge log line");
    expect(s.sweeps[0]).toBe(T0 + 31 * DAY);
    expect(s.trims[0]).toBe(T0 + 31 * DAY);
    expect(await s.store.get(s.caseId)).toBeUndefined();
    expect(await s.redis.exists(s.keys.caseContact(s.caseId))).toBe(0);
    expect(await s.redis.xlen(s.keys.auditStream)).toBe(0);
    const { purged, trimmed, level } = JSON.parse(line) as { purged: number; trimmed: number; level: number };
    expect(purged).toBe(1);
    expect(trimmed).toBeGreaterThanOrEqual(1);
    expect(level).toBe(30);
    expectNoPersonalData(s.lines);

    // It keeps running, and says nothing when there is nothing to purge.
    const runs = s.sweeps.length;
    await until(() => s.sweeps.length >= runs + 2 && s.trims.length >= runs + 2, "two more runs");
    expect(s.lines.filter((l) => l.includes("retention sweep purged"))).toHaveLength(1);

    stop();
    const stopped = s.sweeps.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(s.sweeps.length).toBe(stopped);
  });

  it("logs a failing sweep by error type only, still trims the streams, and the timer goes on to purge later", async () => {
    const s = await setup();
    let failures = 2;
    const stop = startRetentionSweeper({
      sweep: async (now) => {
        s.sweeps.push(now);
        // Redis and Node errors quote their arguments: the message must not reach the logs.
        if (failures-- > 0) throw new Error(`ERR wrong type for ${CANARY_CHAT} ${CANARY_TEXT} ${CANARY_PERSON}`);
        return s.store.sweep(now);
      },
      trimStreams: (now) => (s.trims.push(now), s.trimmer.trim(now)),
      clock: s.clock,
      logger: s.logger,
      everyMs: 20,
    });
    cleanups.push(stop);
    await until(() => s.lines.some((l) => l.includes("retention sweep purged") && (JSON.parse(l) as { purged: number }).purged > 0), "a purge after the failures");
    // The failing sweep did not keep the streams from being trimmed meanwhile.
    const firstPurgeLine = JSON.parse(s.lines.find((l) => l.includes("retention sweep purged"))!) as { purged: number; trimmed: number };
    expect(firstPurgeLine).toMatchObject({ purged: 0, trimmed: 1 });
    const failed = s.lines.filter((l) => l.includes("retention sweep failed")).map((l) => JSON.parse(l) as { level: number; err: { type: string } });
    expect(failed).toHaveLength(2);
    expect(failed.every((l) => l.level === 40 && l.err.type === "Error")).toBe(true);
    expect(s.sweeps.length).toBeGreaterThanOrEqual(3);
    expect(await s.store.get(s.caseId)).toBeUndefined();
    expectNoPersonalData(s.lines);
  });
});
