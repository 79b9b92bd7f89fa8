import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createCipherBox } from "../../src/crypto/box.js";
import { createAudit } from "../../src/cases/audit.js";
import { createOutbox } from "../../src/cases/outbox.js";
import { DecryptionError } from "../../src/errors.js";
import { dumpNamespace } from "../helpers/redis.js";
import { caseFixture, card, contactFor, T0 } from "./fixture.js";

const open: Array<{ close(): Promise<void> }> = [];
function fixture() {
  const f = caseFixture();
  open.push(f);
  return { ...f, outbox: createOutbox({ redis: f.redis, keys: f.keys, box: f.box, clock: f.clock }) };
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

describe("audit", () => {
  it("appends entries and lists the newest first", async () => {
    const { redis, keys, time } = fixture();
    const audit = createAudit({ redis, keys, clock: () => time.now });
    await audit.record({ actor: "coordA", action: "claim", caseId: "AB12-CD34", version: 2, result: "ok" });
    time.now += 10;
    await audit.record({ actor: "coordB", action: "claim", caseId: "AB12-CD34", version: 1, result: "refused", reason: "stale" });
    time.now += 10;
    await audit.record({ actor: "coordB", action: "login", result: "ok" });

    const entries = await audit.list(10);
    expect(entries.map(({ id: _id, ...rest }) => rest)).toEqual([
      { at: T0 + 20, actor: "coordB", action: "login", result: "ok" },
      { at: T0 + 10, actor: "coordB", action: "claim", caseId: "AB12-CD34", version: 1, result: "refused", reason: "stale" },
      { at: T0, actor: "coordA", action: "claim", caseId: "AB12-CD34", version: 2, result: "ok" },
    ]);
    expect((await audit.list(1)).map((e) => e.action)).toEqual(["login"]);
    expect(await audit.list(0)).toEqual([]);
    expect(await redis.xlen(keys.auditStream)).toBe(3);
  });
});

describe("outbox", () => {
  it("holds sealed messages, lists them in order, and drains them once", async () => {
    const { store, outbox, redis, namespace, time } = fixture();
    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "normal", card: card(), contact: contactFor("p") });
    expect(await outbox.hold(caseId, "CANARY first: we know where you are")).toBe(true);
    time.now += 5;
    expect(await outbox.hold(caseId, "second")).toBe(true);

    for (const value of (await dumpNamespace(redis, namespace)).values()) expect(value).not.toContain("CANARY");
    expect(await outbox.casesWithHeld()).toEqual([caseId]);
    const expected = [
      { text: "CANARY first: we know where you are", heldAt: T0 },
      { text: "second", heldAt: T0 + 5 },
    ];
    expect(await outbox.pending(caseId)).toEqual(expected);
    expect(await outbox.pending(caseId)).toEqual(expected);

    expect(await outbox.drain(caseId)).toEqual(expected);
    expect(await outbox.drain(caseId)).toEqual([]);
    expect(await outbox.pending(caseId)).toEqual([]);
    expect(await outbox.casesWithHeld()).toEqual([]);
  });

  it("concurrent drains deliver each message exactly once", async () => {
    const { store, outbox } = fixture();
    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "normal", card: card(), contact: contactFor("p") });
    for (let i = 0; i < 20; i++) await outbox.hold(caseId, `m${i}`);
    const drains = await Promise.all([outbox.drain(caseId), outbox.drain(caseId), outbox.drain(caseId)]);
    const texts = drains.flat().map((m) => m.text);
    expect(texts.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`).sort());
    expect(drains.filter((d) => d.length > 0)).toHaveLength(1);
  });

  it("holds nothing for a case that does not exist (or was erased)", async () => {
    const { store, outbox, redis, keys } = fixture();
    const caseId = store.newCaseId();
    expect(await outbox.hold(caseId, "late")).toBe(false);
    expect(await redis.exists(keys.caseOutbox(caseId))).toBe(0);
    expect(await outbox.casesWithHeld()).toEqual([]);
  });

  it("a held message moved to another case's outbox does not open", async () => {
    const { store, outbox, redis, keys, clock } = fixture();
    const a = store.newCaseId();
    const b = store.newCaseId();
    await store.create({ caseId: a, tier: "normal", card: card(), contact: contactFor("pa") });
    await store.create({ caseId: b, tier: "normal", card: card(), contact: contactFor("pb") });
    await outbox.hold(a, "for a");
    await redis.rpush(keys.caseOutbox(b), (await redis.lindex(keys.caseOutbox(a), 0))!);
    await expect(outbox.pending(b)).rejects.toBeInstanceOf(DecryptionError);
    const otherKey = createOutbox({ redis, keys, box: createCipherBox([{ id: "k9", key: randomBytes(32) }]), clock });
    await expect(otherKey.pending(a)).rejects.toBeInstanceOf(DecryptionError);
  });
});
