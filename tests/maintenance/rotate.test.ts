import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutbox } from "../../src/cases/outbox.js";
import { createCaseStore } from "../../src/cases/store.js";
import { fieldAad } from "../../src/crypto/aad.js";
import { createCipherBox } from "../../src/crypto/box.js";
import { DecryptionError } from "../../src/errors.js";
import { createSealedConversationStorage } from "../../src/person/conversation-storage.js";
import { createFlowStateStore } from "../../src/person/flow-state-store.js";
import type { FlowState } from "../../src/flow/types.js";
import { startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";
import { createKeys } from "../../src/redis/keys.js";
import { rotateDataKeys } from "../../src/maintenance/rotate.js";
import { createPendingDeletes } from "../../src/person/pending-deletes.js";
import pino from "pino";
import { dumpNamespace, testRedis } from "../helpers/redis.js";

const k1 = { id: "k1", key: randomBytes(32) };
const k2 = { id: "k2", key: randomBytes(32) };
const env = testRedis();
afterAll(() => env.close());

const state: FlowState = {
  v: 1, flowId: "triage", flowHash: "abc", sessionId: "S1", node: "passport",
  answers: { surroundings: { kind: "text", text: "canary-rotation-text", lang: "en" } }, startedAt: 1, updatedAt: 2,
};

function stores(keys: Array<typeof k1>) {
  const box = createCipherBox(keys);
  const clock = () => 1_700_000_000_000;
  return {
    box,
    cases: createCaseStore<{ note: string }>({ redis: env.redis, keys: env.keys, box, clock, retentionDays: 30 }),
    states: createFlowStateStore({ redis: env.redis, keys: env.keys, box, ttlSeconds: 3600 }),
    conversations: createSealedConversationStorage({ redis: env.redis, keys: env.keys, box, ttlSeconds: 3600 }),
    outbox: createOutbox({ redis: env.redis, keys: env.keys, box, clock }),
  };
}

describe("data key rotation", () => {
  it("re-encrypts every sealed value so the old key can be retired", async () => {
    const old = stores([k1]);
    await old.cases.create({ caseId: "ROT1-0001", tier: "high", card: { note: "canary-card" }, contact: { chatId: 4242, person: "p1", lang: "en", window: { mode: "any" } } });
    await old.outbox.hold("ROT1-0001", "canary-held-message");
    await old.states.save("p1", state);
    await old.conversations.write("p1", { version: [0, 0], state: { triage: [] } });

    const report = await rotateDataKeys({ redis: env.redis, namespace: env.namespace, box: createCipherBox([k2, k1]) });
    expect(report.resealed).toBeGreaterThanOrEqual(5);
    expect(report.skipped).toBe(0);
    expect(report.unreadable).toBe(0);

    // Nothing sealed under k1 is left anywhere.
    const values = [...(await dumpNamespace(env.redis, env.namespace)).values()].join("\n");
    expect(values).not.toMatch(/v1\.k1\./);
    expect(values).toMatch(/v1\.k2\./);

    const fresh = stores([k2]); // k1 retired
    expect((await fresh.cases.get("ROT1-0001"))?.card).toEqual({ note: "canary-card" });
    expect((await fresh.cases.getContact("ROT1-0001"))?.chatId).toBe(4242);
    expect((await fresh.outbox.pending("ROT1-0001")).map((m) => m.text)).toEqual(["canary-held-message"]);
    expect(await fresh.states.load("p1")).toEqual(state);
    expect(await fresh.conversations.read("p1")).toEqual({ version: [0, 0], state: { triage: [] } });

    // A second run has nothing left to do.
    expect((await rotateDataKeys({ redis: env.redis, namespace: env.namespace, box: createCipherBox([k2]) })).resealed).toBe(0);
  });

  it("re-encrypts the scheduled deletes too: the reference still leaves the phone after the old key is retired", async () => {
    const pending = (box: ReturnType<typeof createCipherBox>, deleted: Array<[number, number[]]>) =>
      createPendingDeletes({
        redis: env.redis, keys: env.keys, box, logger: pino({ level: "silent" }),
        deleteMessages: async (chatId, ids) => void deleted.push([chatId, ids]),
        tracker: { forget: async () => undefined },
      });
    await pending(createCipherBox([k1]), []).schedule({ chatId: 5151, person: "p-ref", messageId: 77 }, 1_000);
    await rotateDataKeys({ redis: env.redis, namespace: env.namespace, box: createCipherBox([k2, k1]) });
    const members = await env.redis.zrange(env.keys.pendingDeletes, "0", "-1");
    expect(members.join("\n")).not.toMatch(/v1\.k1\./);
    const deleted: Array<[number, number[]]> = [];
    await pending(createCipherBox([k2]), deleted).sweep(2_000); // k1 retired
    expect(deleted).toEqual([[5151, [77]]]);
  });

  it("rejects a tampered ciphertext instead of decrypting it", async () => {
    const { states } = stores([k2]);
    await states.save("p2", state);
    const key = env.keys.flowState("p2");
    const sealed = (await env.redis.get(key))!;
    const parts = sealed.split(".");
    const body = Buffer.from(parts[4]!, "base64url");
    body[3] = body[3]! ^ 0x20;
    parts[4] = body.toString("base64url");
    await env.redis.set(key, parts.join("."));
    await expect(states.load("p2")).rejects.toBeInstanceOf(DecryptionError);
    // Rotation leaves it alone and says so.
    const report = await rotateDataKeys({ redis: env.redis, namespace: env.namespace, box: createCipherBox([k1, k2]) });
    expect(report.unreadable).toBeGreaterThanOrEqual(1);
  });
});

describe("data key rotation and the append-only file", () => {
  let own: EmbeddedRedis;
  let redis: Redis;
  beforeAll(async () => {
    // A server of its own: its AOF holds only this test's writes, and no other file's rewrites interfere.
    own = await startEmbeddedRedis({ dir: mkdtempSync(join(tmpdir(), "beacon-rotate-aof-")) });
    redis = new Redis(own.url);
  });
  afterAll(async () => {
    await redis.quit();
    await own.stop();
    rmSync(own.dir, { recursive: true, force: true });
  });

  const aofText = () => {
    const dir = join(own.dir, "appendonlydir");
    return readdirSync(dir)
      .map((file) => {
        try {
          return readFileSync(join(dir, file), "utf8");
        } catch {
          return ""; // removed by the rewrite between listing and reading
        }
      })
      .join("\n");
  };

  it("rewrites the AOF so no value sealed under the old key id is left in it", async () => {
    const keys = createKeys("beacon");
    const leaked = { id: "leaked", key: randomBytes(32) };
    const box = createCipherBox([leaked]);
    const cases = createCaseStore<{ note: string }>({ redis, keys, box, clock: () => 1, retentionDays: 30 });
    await cases.create({ caseId: "AOF1-0001", tier: "high", card: { note: "c" }, contact: { chatId: 1, person: "p", lang: "en", window: { mode: "any" } } });
    expect(aofText()).toMatch(/v1\.leaked\./);

    const report = await rotateDataKeys({ redis, namespace: "beacon", box: createCipherBox([k2, leaked]) });
    expect(report.resealed).toBeGreaterThan(0);
    expect(report.aof).toBe("rewritten");
    expect(aofText()).not.toMatch(/v1\.leaked\./);
    expect(aofText()).toMatch(/v1\.k2\./);
  });
});

describe("data key rotation and field binding", () => {
  it("reseals values sealed the old way bound to their field, even under the current key", async () => {
    const box = createCipherBox([k2]);
    const { cases, outbox } = stores([k2]);
    await cases.create({ caseId: "ROT2-0001", tier: "high", card: { note: "c" }, contact: { chatId: 1, person: "p3", lang: "en", window: { mode: "any" } } });
    const recordKey = env.keys.caseRecord("ROT2-0001");
    const outboxKey = env.keys.caseOutbox("ROT2-0001");
    await env.redis.hset(recordKey, "enc", box.seal(recordKey, JSON.stringify({ note: "legacy-card" })));
    await env.redis.rpush(outboxKey, box.seal(outboxKey, JSON.stringify({ text: "legacy-held", heldAt: 1 })));

    const report = await rotateDataKeys({ redis: env.redis, namespace: env.namespace, box });
    expect(report.resealed).toBeGreaterThanOrEqual(2);
    const enc = (await env.redis.hget(recordKey, "enc"))!;
    expect(box.open(fieldAad(recordKey, "enc"), enc)).toBe(JSON.stringify({ note: "legacy-card" }));
    const item = (await env.redis.lindex(outboxKey, 0))!;
    expect(item).toMatch(/^[A-Za-z0-9_-]{16}~v1\.k2\./);
    expect((await cases.get("ROT2-0001"))?.card).toEqual({ note: "legacy-card" });
    expect((await outbox.pending("ROT2-0001")).map((m) => m.text)).toEqual(["legacy-held"]);
  });
});
