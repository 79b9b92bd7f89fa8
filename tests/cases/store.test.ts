import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createCipherBox } from "../../src/crypto/box.js";
import { createCaseStore } from "../../src/cases/store.js";
import { createOutbox } from "../../src/cases/outbox.js";
import { DecryptionError } from "../../src/errors.js";
import { dumpNamespace } from "../helpers/redis.js";
import { caseFixture, card, contactFor, DAY, T0, type TestCard } from "./fixture.js";
import { SweepIncompleteError } from "../../src/errors.js";

const open: Array<{ close(): Promise<void> }> = [];
function fixture(retentionDays?: number) {
  const f = caseFixture(retentionDays);
  open.push(f);
  return f;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

describe("case ids", () => {
  it("are XXXX-XXXX in Crockford base32 and do not repeat", () => {
    const { store } = fixture();
    const ids = new Set(Array.from({ length: 2000 }, () => store.newCaseId()));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});

describe("create", () => {
  it("files a sealed case that reads back whole", async () => {
    const { store, redis, keys } = fixture();
    const caseId = store.newCaseId();
    const contact = contactFor("personA", 123456789);
    expect(await store.create({ caseId, tier: "high", card: card(), contact })).toEqual({ created: true });

    expect(await store.get(caseId)).toEqual({
      id: caseId,
      status: "open",
      tier: "high",
      version: 1,
      createdAt: T0,
      updatedAt: T0,
      card: card(),
    });
    expect(await store.getContact(caseId)).toEqual(contact);
    expect(await store.caseOfPerson("personA")).toBe(caseId);
    expect(await redis.zscore(keys.casesAll, caseId)).toBe(String(T0));
    const stream = await redis.xrange(keys.casesStream, "-", "+");
    expect(stream.map(([, f]) => f)).toEqual([["caseId", caseId, "event", "created", "version", "1"]]);
  });

  it("is idempotent, even for two concurrent attempts", async () => {
    const { store, redis, keys } = fixture();
    const caseId = store.newCaseId();
    const contact = contactFor("personB");
    const results = await Promise.all([
      store.create({ caseId, tier: "normal", card: card("first"), contact }),
      store.create({ caseId, tier: "critical", card: card("second"), contact }),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await redis.xlen(keys.casesStream)).toBe(1);
    expect(await redis.zcard(keys.casesOpen)).toBe(1);

    const winner = (await store.get(caseId))!;
    // The loser changed nothing: tier and card come from one attempt only.
    expect([
      ["first", "normal"],
      ["second", "critical"],
    ]).toContainEqual([winner.card.summary, winner.tier]);

    expect(await store.create({ caseId, tier: "high", card: card("retry"), contact })).toEqual({ created: false });
    expect((await store.get(caseId))!.card.summary).toBe(winner.card.summary);
    expect(await redis.xlen(keys.casesStream)).toBe(1);
  });

  it("rejects a malformed contact before touching Redis", async () => {
    const { store, redis, keys } = fixture();
    const caseId = store.newCaseId();
    const contact = { ...contactFor("p"), window: { mode: "hours" as const, windows: [{ from: "25:00", to: "01:00" }], timezone: "UTC" } };
    await expect(store.create({ caseId, tier: "normal", card: card(), contact })).rejects.toThrow();
    expect(await redis.exists(keys.caseRecord(caseId))).toBe(0);
  });
});

describe("what a Redis dump shows", () => {
  it("holds no plaintext of the card, the chat id, names, reasons or held messages", async () => {
    const { store, redis, keys, namespace, box, clock } = fixture();
    const outbox = createOutbox({ redis, keys, box, clock });
    const chatId = 987654321987;
    const canaries = ["CANARY-CARD-ZEBRA", "CANARY-NAME-OKAPI", "CANARY-REASON-LYNX", "CANARY-HELD-IBIS", "Asia/Bangkok", "22:00"];
    const caseId = store.newCaseId();
    await store.create({
      caseId,
      tier: "normal",
      card: { summary: `${canaries[0]} 护照被拿走`, flags: ["passport_taken"] },
      contact: { ...contactFor("personC", chatId), lang: "my" },
    });
    const claimed = await store.transition(caseId, "claim", { expectedVersion: 1, actor: "coordX", actorName: canaries[1] });
    const escalated = await store.transition(caseId, "escalate", { expectedVersion: claimed.version, actor: "coordX", tier: "critical", reason: canaries[2]! });
    await store.setCardMessage(caseId, 4242);
    await outbox.hold(caseId, canaries[3]!);
    await store.transition(caseId, "resolve", { expectedVersion: escalated.version, actor: "coordX", outcome: "referred_police" });

    const dump = await dumpNamespace(redis, namespace);
    expect(dump.size).toBeGreaterThan(5);
    for (const [key, value] of dump) {
      // The outcome says what happened to the person ("referred_police"): sealed like the reason.
      for (const canary of [...canaries, String(chatId), "护照", "passport_taken", "summary", "police"]) {
        expect(value, `${key} leaks ${canary}`).not.toContain(canary);
        expect(key).not.toContain(canary);
      }
    }
    // And the store still reads every sealed value back.
    const record = (await store.get(caseId))!;
    expect(record.card.summary).toContain(canaries[0]);
    expect(record.assigneeName).toBe(canaries[1]);
    expect(record.escalationReason).toBe(canaries[2]);
    expect(record.outcome).toBe("referred_police");
    expect((await store.getContact(caseId))!.chatId).toBe(chatId);
    expect((await outbox.pending(caseId)).map((m) => m.text)).toEqual([canaries[3]]);
  });
});

describe("listOpen", () => {
  it("orders by tier, then oldest first, and follows escalation and closing", async () => {
    const { store, time } = fixture();
    const ids: Record<string, string> = {};
    const filings: Array<[string, "critical" | "high" | "normal"]> = [
      ["n1", "normal"],
      ["h1", "high"],
      ["c1", "critical"],
      ["n2", "normal"],
      ["c2", "critical"],
      ["h2", "high"],
    ];
    for (const [name, tier] of filings) {
      time.now += 60_000;
      ids[name] = store.newCaseId();
      await store.create({ caseId: ids[name]!, tier, card: card(name), contact: contactFor(`p-${name}`) });
    }
    const order = async () => (await store.listOpen(100)).map((r) => r.card.summary);
    expect(await order()).toEqual(["c1", "c2", "h1", "h2", "n1", "n2"]);
    expect((await store.listOpen(2)).map((r) => r.card.summary)).toEqual(["c1", "c2"]);

    // Escalated to high, n2 keeps its age: after the older h1, before the newer h2.
    await store.transition(ids.n2!, "escalate", { expectedVersion: 1, actor: "c", tier: "high", reason: "ransom" });
    expect(await order()).toEqual(["c1", "c2", "h1", "n2", "h2", "n1"]);

    // Claimed stays listed; resolved leaves.
    await store.transition(ids.c1!, "claim", { expectedVersion: 1, actor: "c" });
    await store.transition(ids.h1!, "resolve", { expectedVersion: 1, actor: "c", outcome: "duplicate" });
    expect(await order()).toEqual(["c1", "c2", "n2", "h2", "n1"]);
  });
});

describe("tampering", () => {
  it("a flipped bit in enc throws DecryptionError", async () => {
    const { store, redis, keys } = fixture();
    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "normal", card: card(), contact: contactFor("p") });
    const enc = (await redis.hget(keys.caseRecord(caseId), "enc"))!;
    const parts = enc.split(".");
    const body = Buffer.from(parts[4]!, "base64url");
    body[0] = body[0]! ^ 1;
    parts[4] = body.toString("base64url");
    await redis.hset(keys.caseRecord(caseId), "enc", parts.join("."));
    await expect(store.get(caseId)).rejects.toBeInstanceOf(DecryptionError);
  });

  it("a card copied from another case does not open", async () => {
    const { store, redis, keys } = fixture();
    const a = store.newCaseId();
    const b = store.newCaseId();
    await store.create({ caseId: a, tier: "normal", card: card("a"), contact: contactFor("pa") });
    await store.create({ caseId: b, tier: "normal", card: card("b"), contact: contactFor("pb") });
    await redis.hset(keys.caseRecord(b), "enc", (await redis.hget(keys.caseRecord(a), "enc"))!);
    await expect(store.get(b)).rejects.toBeInstanceOf(DecryptionError);
    await redis.set(keys.caseContact(b), (await redis.get(keys.caseContact(a)))!);
    await expect(store.getContact(b)).rejects.toBeInstanceOf(DecryptionError);
  });
});

describe("desk messages", () => {
  it("maps card and relayed messages to the case, and never revives an erased case", async () => {
    const { store, redis, keys } = fixture();
    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "normal", card: card(), contact: contactFor("p") });
    expect(await store.setCardMessage(caseId, 77)).toBe(true);
    expect(await store.trackDeskMessage(caseId, 78)).toBe(true);
    expect((await store.get(caseId))!.cardMessageId).toBe(77);
    expect(await redis.get(keys.deskMessage(77))).toBe(caseId);
    expect(await redis.get(keys.deskMessage(78))).toBe(caseId);

    expect(await store.setCardMessage("NONE-0000", 79)).toBe(false);
    expect(await redis.exists(keys.caseRecord("NONE-0000"), keys.deskMessage(79))).toBe(0);
  });
});

describe("erase", () => {
  it("leaves no key and no index entry of the case", async () => {
    const { store, redis, keys, namespace, box, clock } = fixture();
    const outbox = createOutbox({ redis, keys, box, clock });
    const keep = store.newCaseId();
    await store.create({ caseId: keep, tier: "normal", card: card("keep"), contact: contactFor("other") });
    await store.transition(keep, "claim", { expectedVersion: 1, actor: "coordA" });
    const before = await dumpNamespace(redis, namespace);

    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "critical", card: card(), contact: contactFor("personE") });
    await store.transition(caseId, "claim", { expectedVersion: 1, actor: "coordA", actorName: "Ana" });
    await store.setCardMessage(caseId, 501);
    await store.trackDeskMessage(caseId, 502);
    await outbox.hold(caseId, "we are coming");
    await redis.zadd(keys.announced, T0, caseId);

    expect(await store.erase(caseId)).toBe(true);
    expect(await store.get(caseId)).toBeUndefined();
    expect(await store.getContact(caseId)).toBeUndefined();
    expect(await store.caseOfPerson("personE")).toBeUndefined();
    expect(await outbox.casesWithHeld()).toEqual([]);

    const after = await dumpNamespace(redis, namespace);
    for (const [key, value] of after) {
      if (key === keys.casesStream) continue;
      expect(key).not.toContain(caseId);
      expect(value, key).not.toContain(caseId);
    }
    // Everything else is as it was before the case existed.
    for (const [key, value] of before) if (key !== keys.casesStream) expect(after.get(key)).toBe(value);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());

    const last = (await redis.xrevrange(keys.casesStream, "+", "-", "COUNT", 1))[0]!;
    expect(last[1]).toEqual(["caseId", caseId, "event", "withdrawn", "version", "3"]);
    expect(await store.erase(caseId)).toBe(false);
    expect(await store.transition(caseId, "claim", { expectedVersion: 2, actor: "coordA" }).catch((e: unknown) => e)).toMatchObject({
      reason: "not_found",
    });
  });
});

describe("sweep", () => {
  it("purges only cases closed longer ago than the retention", async () => {
    const { store, redis, keys, time } = fixture(30);
    const file = async (name: string) => {
      const id = store.newCaseId();
      await store.create({ caseId: id, tier: "normal", card: card(name), contact: contactFor(`p-${name}`) });
      return id;
    };
    const oldResolved = await file("old-resolved");
    const oldWithdrawn = await file("old-withdrawn");
    const oldOpen = await file("old-open");
    const oldClaimed = await file("old-claimed");
    const recentResolved = await file("recent-resolved");
    await store.transition(oldClaimed, "claim", { expectedVersion: 1, actor: "c" });

    time.now = T0 + 5 * DAY;
    await store.transition(oldResolved, "resolve", { expectedVersion: 1, actor: "c", outcome: "rescued" });
    await store.transition(oldWithdrawn, "withdraw", { expectedVersion: 1, actor: "person" });
    time.now = T0 + 20 * DAY;
    await store.transition(recentResolved, "resolve", { expectedVersion: 1, actor: "c", outcome: "referred_ngo" });

    // Exactly 30 days after closing is not yet "older than" 30 days.
    expect(await store.sweep(T0 + 35 * DAY)).toBe(0);
    expect(await store.sweep(T0 + 35 * DAY + 1)).toBe(2);
    for (const id of [oldResolved, oldWithdrawn]) {
      expect(await store.get(id)).toBeUndefined();
      expect(await redis.exists(keys.caseContact(id))).toBe(0);
      expect(await redis.zscore(keys.casesAll, id)).toBeNull();
    }
    for (const id of [oldOpen, oldClaimed, recentResolved]) expect(await store.get(id)).toBeDefined();
    expect(await store.listByAssignee("c")).toHaveLength(1);
    expect(await store.sweep(T0 + 35 * DAY + 1)).toBe(0);
    expect(await store.sweep(T0 + 51 * DAY)).toBe(1);
    expect(await store.get(recentResolved)).toBeUndefined();
  });

  it("purges every other due case when one cannot be purged, then says so with the counts", async () => {
    const { store, redis, keys } = fixture(30);
    const ids: string[] = [];
    for (const name of ["a", "b", "c"]) {
      const id = store.newCaseId();
      await store.create({ caseId: id, tier: "normal", card: card(name), contact: contactFor(`p-${name}`) });
      await store.transition(id, "resolve", { expectedVersion: 1, actor: "c", outcome: "rescued" });
      ids.push(id);
    }
    // The first case's record is broken (a string where a hash belongs): destroying it fails.
    await redis.del(keys.caseRecord(ids[0]!));
    await redis.set(keys.caseRecord(ids[0]!), "not a hash");
    const failure = await store.sweep(T0 + 31 * DAY).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SweepIncompleteError);
    expect(failure).toMatchObject({ purged: 2, failed: 1 });
    for (const id of ids.slice(1)) expect(await redis.exists(keys.caseRecord(id))).toBe(0);
  });
});

describe("reseal", () => {
  it("moves every sealed value of every case to the new key", async () => {
    const { store, redis, keys, box, clock } = fixture();
    const outbox = createOutbox({ redis, keys, box, clock });
    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "normal", card: card(), contact: contactFor("p") });
    await store.transition(caseId, "claim", { expectedVersion: 1, actor: "c", actorName: "Ana" });
    await store.transition(caseId, "escalate", { expectedVersion: 2, actor: "c", tier: "high", reason: "beaten" });
    await outbox.hold(caseId, "one");
    await outbox.hold(caseId, "two");

    const k2 = { id: "k2", key: randomBytes(32) };
    const rotating = createCipherBox([k2]);
    const rotate = (aad: string, sealed: string) =>
      rotating.keyIdOf(sealed) === rotating.currentKeyId ? sealed : rotating.seal(aad, box.open(aad, sealed));

    expect(await store.reseal(rotate)).toEqual({ cases: 1, resealed: 6, skipped: 0 });
    expect(await store.reseal(rotate)).toEqual({ cases: 1, resealed: 0, skipped: 0 });

    const newOnly = createCaseStore<TestCard>({ redis, keys, box: rotating, clock, retentionDays: 30 });
    const record = (await newOnly.get(caseId))!;
    expect(record.card).toEqual(card());
    expect(record.assigneeName).toBe("Ana");
    expect(record.escalationReason).toBe("beaten");
    expect((await newOnly.getContact(caseId))!.person).toBe("p");
    const newOutbox = createOutbox({ redis, keys, box: rotating, clock });
    expect((await newOutbox.pending(caseId)).map((m) => m.text)).toEqual(["one", "two"]);
    await expect(store.get(caseId)).rejects.toBeInstanceOf(DecryptionError);
  });
});

describe("sealed fields are bound to their field", () => {
  it("a sealed card moved into assigneeName fails authentication", async () => {
    const { store, redis, keys } = fixture();
    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "high", card: card("canary-card-moved"), contact: contactFor("p") });
    await store.transition(caseId, "claim", { expectedVersion: 1, actor: "c", actorName: "Ana" });
    const enc = (await redis.hget(keys.caseRecord(caseId), "enc"))!;
    await redis.hset(keys.caseRecord(caseId), "assigneeName", enc);
    await expect(store.get(caseId)).rejects.toBeInstanceOf(DecryptionError);
  });

  it("a value sealed the old way (under the record key alone) still opens", async () => {
    const { store, redis, keys, box } = fixture();
    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "high", card: card(), contact: contactFor("p") });
    const recordKey = keys.caseRecord(caseId);
    await redis.hset(recordKey, "enc", box.seal(recordKey, JSON.stringify(card("written before field binding"))));
    await redis.hset(recordKey, "assigneeName", box.seal(recordKey, "Old Ana"));
    const record = (await store.get(caseId))!;
    expect(record.card).toEqual(card("written before field binding"));
    expect(record.assigneeName).toBe("Old Ana");
  });

  it("an outbox item copied in the list fails; an item from before ids still opens", async () => {
    const { store, redis, keys, box, clock } = fixture();
    const outbox = createOutbox({ redis, keys, box, clock });
    const caseId = store.newCaseId();
    await store.create({ caseId, tier: "high", card: card(), contact: contactFor("p") });
    const outboxKey = keys.caseOutbox(caseId);
    await redis.rpush(outboxKey, box.seal(outboxKey, JSON.stringify({ text: "held before ids", heldAt: 1 })));
    await outbox.hold(caseId, "one");
    expect((await outbox.pending(caseId)).map((m) => m.text)).toEqual(["held before ids", "one"]);
    await redis.rpush(outboxKey, (await redis.lindex(outboxKey, 1))!);
    await expect(outbox.pending(caseId)).rejects.toBeInstanceOf(DecryptionError);
  });
});
