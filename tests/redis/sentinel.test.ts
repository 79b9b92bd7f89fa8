import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createCaseStore } from "../../src/cases/store.js";
import { createCipherBox } from "../../src/crypto/box.js";
import { createRedis } from "../../src/redis/connection.js";
import { createKeys } from "../../src/redis/keys.js";
import { startSentinelSet, type SentinelSet } from "../helpers/sentinel.js";

let set: SentinelSet | undefined;
afterAll(async () => {
  await set?.stop();
}, 60_000);

const contact = { chatId: 42, person: "p-sentinel", lang: "en", window: { mode: "any" as const } };

describe("Redis through Sentinel", () => {
  it("files a case only once a replica holds it, and carries on after the primary is killed", async () => {
    set = await startSentinelSet();
    const redis = createRedis({ sentinels: set.sentinels, name: set.name });
    const keys = createKeys(`sentinel-${randomBytes(4).toString("hex")}`);
    const box = createCipherBox([{ id: "k1", key: randomBytes(32) }]);
    const cases = createCaseStore<{ note: string }>({ redis, keys, box, clock: Date.now, retentionDays: 30, durability: { replicas: 1, timeoutMs: 2_000 } });
    const first = cases.newCaseId();
    await cases.create({ caseId: first, tier: "critical", card: { note: "before failover" }, contact });

    process.kill(set.primary.pid!, "SIGKILL");
    // Sentinel promotes the replica; ioredis asks the sentinels for the new primary and reconnects.
    const second = cases.newCaseId();
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        await cases.create({ caseId: second, tier: "high", card: { note: "after failover" }, contact: { ...contact, person: "p-sentinel-2" } });
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    // The case confirmed before the failover was on the replica: nothing the person was told is lost.
    expect((await cases.get(first))?.card).toEqual({ note: "before failover" });
    expect((await cases.get(second))?.card).toEqual({ note: "after failover" });
    await redis.quit();
  }, 60_000);

  it("after the failover, with no replica left, files on the primary and reports the shortfall", async () => {
    const promoted = createRedis(set!.replica.url);
    const keys = createKeys(`sentinel-${randomBytes(4).toString("hex")}`);
    const shortfalls: unknown[] = [];
    const cases = createCaseStore<{ note: string }>({
      redis: promoted, keys, box: createCipherBox([{ id: "k1", key: randomBytes(32) }]), clock: Date.now, retentionDays: 30,
      durability: { replicas: 1, timeoutMs: 300 }, onDegraded: (s) => shortfalls.push(s),
    });
    const id = cases.newCaseId();
    await cases.create({ caseId: id, tier: "high", card: { note: "x" }, contact });
    expect(shortfalls).toEqual([{ wanted: 1, connected: 0 }]);
    expect((await cases.get(id))?.card).toEqual({ note: "x" });
    await promoted.quit();
  }, 30_000);

});
