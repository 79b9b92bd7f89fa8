import { afterAll, describe, expect, it } from "vitest";
import { createKeys, STREAM_GROUPS } from "../../src/redis/keys.js";
import { compareStreamIds, createStreamTrimmer } from "../../src/maintenance/stream-retention.js";
import { testRedis } from "../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());

const DAY = 24 * 3600 * 1000;
const now = 1_800_000_000_000;
const old = now - 40 * DAY;
const recent = now - 2 * DAY;

async function entries(stream: string): Promise<string[]> {
  return (await env.redis.xrange(stream, "-", "+")).map(([id]) => id);
}

describe("stream retention", () => {
  it("orders stream ids by time, then sequence", () => {
    expect(compareStreamIds("10-2", "10-10")).toBeLessThan(0);
    expect(compareStreamIds("11-0", "10-99")).toBeGreaterThan(0);
    expect(compareStreamIds("10-1", "10-1")).toBe(0);
  });

  it("drops entries past retention but keeps what the desk has not read or not acknowledged", async () => {
    const { redis, keys } = env;
    const trimmer = createStreamTrimmer({ redis, keys, retentionDays: 30 });
    const stream = keys.casesStream;
    // Three old entries: one read and acknowledged, one read but pending, one never read.
    await redis.xadd(stream, `${old}-1`, "caseId", "A", "event", "created");
    await redis.xadd(stream, `${old}-2`, "caseId", "B", "event", "created");
    await redis.xgroup("CREATE", stream, STREAM_GROUPS.desk, "0");
    await redis.xadd(stream, `${old}-3`, "caseId", "C", "event", "created");
    await redis.xadd(stream, `${recent}-1`, "caseId", "D", "event", "created");
    const read = (await redis.xreadgroup("GROUP", STREAM_GROUPS.desk, "c1", "COUNT", 2, "STREAMS", stream, ">")) as [string, [string, string[]][]][];
    expect(read[0]![1].map(([id]) => id)).toEqual([`${old}-1`, `${old}-2`]);
    await redis.xack(stream, STREAM_GROUPS.desk, `${old}-1`);

    await redis.xadd(keys.auditStream, `${old}-1`, "action", "claim");
    await redis.xadd(keys.auditStream, `${recent}-1`, "action", "claim");

    const dropped = await trimmer.trim(now);
    expect(dropped).toBe(2);
    expect(await entries(stream)).toEqual([`${old}-2`, `${old}-3`, `${recent}-1`]);
    expect(await entries(keys.auditStream)).toEqual([`${recent}-1`]);

    // Once the desk has read and acknowledged everything, the old entries go.
    await redis.xack(stream, STREAM_GROUPS.desk, `${old}-2`);
    const rest = (await redis.xreadgroup("GROUP", STREAM_GROUPS.desk, "c1", "STREAMS", stream, ">")) as [string, [string, string[]][]][];
    await redis.xack(stream, STREAM_GROUPS.desk, ...rest[0]![1].map(([id]) => id));
    expect(await trimmer.trim(now)).toBe(2);
    expect(await entries(stream)).toEqual([`${recent}-1`]);
  });

  it("does nothing to streams that do not exist yet", async () => {
    const trimmer = createStreamTrimmer({ redis: env.redis, keys: createKeys("never-written"), retentionDays: 30 });
    expect(await trimmer.trim(now)).toBe(0);
  });
});
