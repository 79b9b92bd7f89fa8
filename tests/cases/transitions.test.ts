import { afterEach, describe, expect, it } from "vitest";
import type { TransitionOptions } from "../../src/cases/store.js";
import type { CaseAction, CaseStatus } from "../../src/cases/types.js";
import { TransitionRefusedError } from "../../src/errors.js";
import { caseFixture, card, contactFor, T0 } from "./fixture.js";

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((f) => f.close()));
});

/** A fixture with one normal-tier case, optionally claimed or closed first. */
async function withCase(start: CaseStatus = "open") {
  const f = caseFixture();
  open.push(f);
  const caseId = f.store.newCaseId();
  await f.store.create({ caseId, tier: "normal", card: card(), contact: contactFor("personP") });
  if (start === "claimed") await f.store.transition(caseId, "claim", { expectedVersion: 1, actor: "owner", actorName: "Owner" });
  if (start === "resolved") await f.store.transition(caseId, "resolve", { expectedVersion: 1, actor: "owner", outcome: "rescued" });
  if (start === "withdrawn") await f.store.transition(caseId, "withdraw", { expectedVersion: 1, actor: "person" });
  const version = start === "open" ? 1 : 2;
  return { ...f, caseId, version };
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof TransitionRefusedError) return error.reason;
    throw error;
  }
  return "ok";
}

type Row = [CaseStatus, CaseAction, Omit<TransitionOptions, "expectedVersion">, string];
const rows: Row[] = [
  ["open", "claim", { actor: "other" }, "ok"],
  ["claimed", "claim", { actor: "other" }, "illegal"],
  ["claimed", "claim", { actor: "owner" }, "illegal"],
  ["resolved", "claim", { actor: "other" }, "illegal"],
  ["withdrawn", "claim", { actor: "other" }, "illegal"],
  ["open", "claim", { actor: "person" }, "not_owner"],

  ["claimed", "release", { actor: "owner" }, "ok"],
  ["claimed", "release", { actor: "other" }, "not_owner"],
  ["open", "release", { actor: "owner" }, "illegal"],
  ["resolved", "release", { actor: "owner" }, "illegal"],

  ["open", "escalate", { actor: "other", tier: "high", reason: "ransom demanded" }, "ok"],
  ["claimed", "escalate", { actor: "other", tier: "critical", reason: "beaten" }, "ok"],
  ["open", "escalate", { actor: "other", tier: "normal", reason: "same tier" }, "illegal"],
  ["open", "escalate", { actor: "other", tier: "high" }, "illegal"],
  ["open", "escalate", { actor: "other", reason: "no tier" }, "illegal"],
  ["resolved", "escalate", { actor: "other", tier: "critical", reason: "x" }, "illegal"],

  ["open", "resolve", { actor: "other", outcome: "duplicate" }, "ok"],
  ["claimed", "resolve", { actor: "owner", outcome: "rescued" }, "ok"],
  ["claimed", "resolve", { actor: "other", outcome: "rescued" }, "not_owner"],
  ["claimed", "resolve", { actor: "owner" }, "illegal"],
  ["resolved", "resolve", { actor: "owner", outcome: "rescued" }, "illegal"],
  ["withdrawn", "resolve", { actor: "owner", outcome: "rescued" }, "illegal"],

  ["open", "withdraw", { actor: "person" }, "ok"],
  ["claimed", "withdraw", { actor: "person" }, "ok"],
  ["claimed", "withdraw", { actor: "owner" }, "not_owner"],
  ["resolved", "withdraw", { actor: "person" }, "illegal"],
  ["withdrawn", "withdraw", { actor: "person" }, "illegal"],
];

describe("state machine", () => {
  it.each(rows)("%s --%s %o--> %s", async (start, action, options, expected) => {
    const { store, redis, keys, caseId, version } = await withCase(start);
    const before = await store.get(caseId);
    const streamBefore = await redis.xlen(keys.casesStream);
    const result = await refusal(store.transition(caseId, action, { ...options, expectedVersion: version }));
    expect(result).toBe(expected);
    const after = (await store.get(caseId))!;
    if (expected === "ok") {
      expect(after.version).toBe(version + 1);
      expect(await redis.xlen(keys.casesStream)).toBe(streamBefore + 1);
    } else {
      // A refusal changes nothing at all.
      expect(after).toEqual(before);
      expect(await redis.xlen(keys.casesStream)).toBe(streamBefore);
    }
  });

  it("claim makes the actor the assignee and lists the case under them", async () => {
    const { store, caseId, time } = await withCase();
    time.now = T0 + 1000;
    const claimed = await store.transition(caseId, "claim", { expectedVersion: 1, actor: "coordA", actorName: "Ana" });
    expect(claimed).toMatchObject({ status: "claimed", assignee: "coordA", assigneeName: "Ana", version: 2, updatedAt: T0 + 1000 });
    expect((await store.listByAssignee("coordA")).map((r) => r.id)).toEqual([caseId]);
  });

  it("release returns the case to the queue and clears the assignee", async () => {
    const { store, caseId } = await withCase("claimed");
    const released = await store.transition(caseId, "release", { expectedVersion: 2, actor: "owner" });
    expect(released.status).toBe("open");
    expect(released.assignee).toBeUndefined();
    expect(released.assigneeName).toBeUndefined();
    expect(await store.listByAssignee("owner")).toEqual([]);
    expect((await store.listOpen(10)).map((r) => r.id)).toEqual([caseId]);
  });

  it("escalate keeps status and owner, raises the tier and keeps the reason", async () => {
    const { store, caseId } = await withCase("claimed");
    const up = await store.transition(caseId, "escalate", { expectedVersion: 2, actor: "other", tier: "high", reason: "ransom" });
    expect(up).toMatchObject({ status: "claimed", assignee: "owner", tier: "high", escalationReason: "ransom", version: 3 });
    const refused = await refusal(store.transition(caseId, "escalate", { expectedVersion: 3, actor: "other", tier: "high", reason: "again" }));
    expect(refused).toBe("illegal");
  });

  it("closing records outcome and time, leaves the queues and frees the person", async () => {
    const { store, redis, keys, caseId, time } = await withCase("claimed");
    time.now = T0 + 5000;
    const done = await store.transition(caseId, "resolve", { expectedVersion: 2, actor: "owner", outcome: "referred_embassy" });
    expect(done).toMatchObject({ status: "resolved", outcome: "referred_embassy", closedAt: T0 + 5000, assignee: "owner" });
    expect(await redis.zscore(keys.casesOpen, caseId)).toBeNull();
    expect(await redis.zscore(keys.casesAll, caseId)).not.toBeNull();
    expect(await store.listByAssignee("owner")).toEqual([]);
    expect(await store.caseOfPerson("personP")).toBeUndefined();
  });

  it("a person's withdrawal records outcome withdrawn", async () => {
    const { store, caseId } = await withCase("claimed");
    const gone = await store.transition(caseId, "withdraw", { expectedVersion: 2, actor: "person" });
    expect(gone).toMatchObject({ status: "withdrawn", outcome: "withdrawn" });
    expect(await store.listByAssignee("owner")).toEqual([]);
  });

  it("every change goes to the stream with its version", async () => {
    const { store, redis, keys, caseId } = await withCase();
    await store.transition(caseId, "claim", { expectedVersion: 1, actor: "a" });
    await store.transition(caseId, "release", { expectedVersion: 2, actor: "a" });
    const entries = (await redis.xrange(keys.casesStream, "-", "+")).map(([, f]) => f);
    expect(entries).toEqual([
      ["caseId", caseId, "event", "created", "version", "1"],
      ["caseId", caseId, "event", "changed", "version", "2", "action", "claim"],
      ["caseId", caseId, "event", "changed", "version", "3", "action", "release"],
    ]);
  });
});

describe("fencing", () => {
  it("refuses a stale version and a missing case", async () => {
    const { store, caseId } = await withCase();
    await store.transition(caseId, "escalate", { expectedVersion: 1, actor: "a", tier: "high", reason: "r" });
    expect(await refusal(store.transition(caseId, "claim", { expectedVersion: 1, actor: "b" }))).toBe("stale");
    expect(await refusal(store.transition(caseId, "claim", { expectedVersion: 3, actor: "b" }))).toBe("stale");
    expect(await refusal(store.transition("ZZZZ-ZZZZ", "claim", { expectedVersion: 1, actor: "b" }))).toBe("not_found");
    expect((await store.get(caseId))!.status).toBe("open");
  });

  it("of five coordinators claiming at once, exactly one owns the case", async () => {
    const { store, redis, keys, caseId } = await withCase();
    const coordinators = ["c1", "c2", "c3", "c4", "c5"];
    const results = await Promise.all(
      coordinators.map((actor) => refusal(store.transition(caseId, "claim", { expectedVersion: 1, actor }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "stale")).toHaveLength(4);
    const winner = coordinators[results.indexOf("ok")]!;
    expect((await store.get(caseId))!).toMatchObject({ assignee: winner, version: 2 });
    for (const c of coordinators) {
      expect(await redis.zcard(keys.casesByAssignee(c))).toBe(c === winner ? 1 : 0);
    }
  });

  it("a claim racing a withdrawal: one wins, the index agrees with the record", async () => {
    for (let i = 0; i < 10; i++) {
      const { store, redis, keys, caseId } = await withCase();
      const [claim, withdraw] = await Promise.all([
        refusal(store.transition(caseId, "claim", { expectedVersion: 1, actor: "c1" })),
        refusal(store.transition(caseId, "withdraw", { expectedVersion: 1, actor: "person" })),
      ]);
      expect([claim, withdraw].sort()).toEqual(["ok", "stale"]);
      const record = (await store.get(caseId))!;
      expect(await redis.zcard(keys.casesByAssignee("c1"))).toBe(record.status === "claimed" ? 1 : 0);
      expect((await redis.zscore(keys.casesOpen, caseId)) !== null).toBe(record.status === "claimed");
    }
  });
});
