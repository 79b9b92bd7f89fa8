import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createCipherBox } from "../../src/crypto/box.js";
import { createCaseStore } from "../../src/cases/store.js";
import type { CaseAction, CaseStatus } from "../../src/cases/types.js";
import { TransitionRefusedError } from "../../src/errors.js";
import { tiers, type Tier } from "../../src/flow/schema.js";
import { createKeys } from "../../src/redis/keys.js";
import { testRedis } from "../helpers/redis.js";
import { card, contactFor, T0, type TestCard } from "./fixture.js";

/**
 * Model-based test: random actions by three coordinators and the person on
 * one to three cases, each actor using the version it last saw (so many are
 * stale), some of them racing in pairs. After every step the store must agree
 * with a plain in-memory model, and the Redis indexes with the records.
 */

const COORDINATORS = ["coordA", "coordB", "coordC"] as const;
const ACTORS = [...COORDINATORS, "person"] as const;
type Actor = (typeof ACTORS)[number];

type Step =
  | { kind: "act"; actor: Actor; caseIdx: number; action: CaseAction | "erase"; tier: Tier }
  | { kind: "look"; actor: Actor; caseIdx: number };
type Command = Step | { kind: "race"; a: Step & { kind: "act" }; b: Step & { kind: "act" } };

interface ModelCase {
  status: CaseStatus;
  assignee: string | undefined;
  tier: Tier;
  version: number;
  erased: boolean;
}
type Model = ModelCase[];
type Result = "ok" | "stale" | "illegal" | "not_owner" | "not_found";

const rank = (t: Tier) => tiers.indexOf(t);
const live = (s: CaseStatus) => s === "open" || s === "claimed";

/** What the store must answer, and the model after it. Pure. */
function predict(model: Model, step: Step & { kind: "act" }, seen: number): { result: Result; next: Model } {
  const c = model[step.caseIdx]!;
  const next = model.map((m) => ({ ...m }));
  const n = next[step.caseIdx]!;
  if (step.action === "erase") {
    // Only the person's /erase calls this; it is not fenced, it always wins.
    if (c.erased) return { result: "not_found", next: model };
    n.erased = true;
    n.status = "withdrawn";
    n.assignee = undefined;
    return { result: "ok", next };
  }
  if (c.erased) return { result: "not_found", next: model };
  if (seen !== c.version) return { result: "stale", next: model };
  const { actor, action } = step;
  if (actor === "person" && action !== "withdraw") return { result: "not_owner", next: model };
  const refuse = (result: Result) => ({ result, next: model });
  switch (action) {
    case "claim":
      if (c.status !== "open") return refuse("illegal");
      n.status = "claimed";
      n.assignee = actor;
      break;
    case "release":
      if (c.status !== "claimed") return refuse("illegal");
      if (c.assignee !== actor) return refuse("not_owner");
      n.status = "open";
      n.assignee = undefined;
      break;
    case "escalate":
      // Up a tier, or a critical case again (it takes the new reason and stays critical).
      if (!live(c.status) || rank(step.tier) > rank(c.tier) || (rank(step.tier) === rank(c.tier) && c.tier !== "critical")) return refuse("illegal");
      n.tier = step.tier;
      break;
    case "resolve":
      if (!live(c.status)) return refuse("illegal");
      if (c.status === "claimed" && c.assignee !== actor) return refuse("not_owner");
      n.status = "resolved";
      break;
    case "withdraw":
      if (!live(c.status)) return refuse("illegal");
      if (actor !== "person") return refuse("not_owner");
      n.status = "withdrawn";
      break;
  }
  n.version = c.version + 1;
  return { result: "ok", next };
}

const actArb = fc.record({
  kind: fc.constant("act" as const),
  actor: fc.constantFrom(...ACTORS),
  caseIdx: fc.nat({ max: 2 }),
  // Closing is rarer than moving a case about, so runs spend time on live cases.
  action: fc.oneof(
    { weight: 8, arbitrary: fc.constant<CaseAction>("claim") },
    { weight: 6, arbitrary: fc.constant<CaseAction>("release") },
    { weight: 4, arbitrary: fc.constant<CaseAction>("escalate") },
    { weight: 2, arbitrary: fc.constant<CaseAction>("resolve") },
    { weight: 2, arbitrary: fc.constant<CaseAction>("withdraw") },
    { weight: 1, arbitrary: fc.constant("erase" as const) },
  ),
  tier: fc.constantFrom(...tiers),
});
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: actArb },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("look" as const), actor: fc.constantFrom(...ACTORS), caseIdx: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("race" as const), a: actArb, b: actArb }) },
);

describe("case store against a model", () => {
  const env = testRedis();
  const box = createCipherBox([{ id: "k1", key: randomBytes(32) }]);
  let run = 0;
  afterAll(() => env.close());

  it("keeps one owner, legal transitions, rising versions and consistent indexes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...tiers), { minLength: 1, maxLength: 3 }),
        fc.array(commandArb, { minLength: 1, maxLength: 25 }),
        async (initialTiers, commands) => {
          const { redis } = env;
          const keys = createKeys(`${env.namespace}r${run++}`);
          let now = T0;
          const store = createCaseStore<TestCard>({ redis, keys, box, clock: () => now, retentionDays: 30 });
          const ids: string[] = [];
          let model: Model = [];
          for (const [i, tier] of initialTiers.entries()) {
            const caseId = store.newCaseId();
            ids.push(caseId);
            await store.create({ caseId, tier, card: card(`case ${i}`), contact: contactFor(`person${i}`) });
            model.push({ status: "open", assignee: undefined, tier, version: 1, erased: false });
          }
          // Every actor saw each card at version 1.
          const seen = new Map<string, number>(ACTORS.flatMap((a) => ids.map((_, i) => [`${a}/${i}`, 1] as const)));
          const idx = (i: number) => i % ids.length;

          const perform = async (step: Step & { kind: "act" }): Promise<Result> => {
            const caseId = ids[idx(step.caseIdx)]!;
            try {
              if (step.action === "erase") return (await store.erase(caseId)) ? "ok" : "not_found";
              const options = { expectedVersion: seen.get(`${step.actor}/${idx(step.caseIdx)}`)!, actor: step.actor, tier: step.tier, reason: "r", outcome: "rescued" as const };
              const record = await store.transition(caseId, step.action, options);
              seen.set(`${step.actor}/${idx(step.caseIdx)}`, record.version);
              return "ok";
            } catch (error) {
              if (!(error instanceof TransitionRefusedError)) throw error;
              return error.reason;
            }
          };
          const look = async (actor: Actor, caseIdx: number) => {
            const record = await store.get(ids[caseIdx]!);
            if (record) seen.set(`${actor}/${caseIdx}`, record.version);
          };
          const normalise = (s: Step & { kind: "act" }) => ({ ...s, caseIdx: idx(s.caseIdx) });
          const seenOf = (s: Step & { kind: "act" }) => seen.get(`${s.actor}/${s.caseIdx}`)!;

          for (const command of commands) {
            now += 1000;
            const versionsBefore = model.map((m) => m.version);
            if (command.kind === "look") {
              await look(command.actor, idx(command.caseIdx));
              continue;
            }
            if (command.kind === "act") {
              const step = normalise(command);
              const expected = predict(model, step, seenOf(step));
              const actual = await perform(step);
              expect(actual, JSON.stringify(step)).toBe(expected.result);
              model = expected.next;
              if (actual === "stale") await look(step.actor, step.caseIdx);
            } else {
              const a = normalise(command.a);
              const b = normalise(command.b);
              const [sa, sb] = [seenOf(a), seenOf(b)];
              const [ra, rb] = await Promise.all([perform(a), perform(b)]);
              // The outcome must match one serial order of the two.
              const ab1 = predict(model, a, sa);
              const ab2 = predict(ab1.next, b, sb);
              const ba1 = predict(model, b, sb);
              const ba2 = predict(ba1.next, a, sa);
              if (ra === ab1.result && rb === ab2.result) model = ab2.next;
              else if (rb === ba1.result && ra === ba2.result) model = ba2.next;
              else expect.fail(`race ${JSON.stringify([a, b])} gave ${ra}/${rb}; serial orders give ${ab1.result}/${ab2.result} or ${ba2.result}/${ba1.result}`);
              if (ra === "stale") await look(a.actor, a.caseIdx);
              if (rb === "stale") await look(b.actor, b.caseIdx);
            }
            for (const [i, m] of model.entries()) expect(m.version).toBeGreaterThanOrEqual(versionsBefore[i]!);
            await checkInvariants();
          }

          async function checkInvariants() {
            const open = new Set(await redis.zrange(keys.casesOpen, "0", "-1"));
            const all = new Set(await redis.zrange(keys.casesAll, "0", "-1"));
            const owned = new Map<string, string[]>();
            for (const c of COORDINATORS) owned.set(c, await redis.zrange(keys.casesByAssignee(c), "0", "-1"));
            for (const [i, m] of model.entries()) {
              const caseId = ids[i]!;
              const record = await store.get(caseId);
              if (m.erased) {
                expect(record).toBeUndefined();
                expect(all.has(caseId) || open.has(caseId)).toBe(false);
                continue;
              }
              expect(record).toMatchObject({ status: m.status, tier: m.tier, version: m.version });
              expect(record!.assignee).toBe(m.status === "open" ? undefined : m.assignee);
              // In the live queue iff open or claimed; never lost from the full index.
              expect(open.has(caseId)).toBe(live(m.status));
              expect(all.has(caseId)).toBe(true);
              // At most one owner: listed under exactly the assignee while claimed, nobody otherwise.
              const owners = COORDINATORS.filter((c) => owned.get(c)!.includes(caseId));
              expect(owners).toEqual(m.status === "claimed" ? [m.assignee] : []);
              expect(await store.caseOfPerson(`person${i}`)).toBe(live(m.status) ? caseId : undefined);
            }
          }

          const stream = await redis.xrange(keys.casesStream, "-", "+");
          // Per case, stream versions strictly increase.
          const last = new Map<string, number>();
          for (const [, f] of stream) {
            const v = Number(f[f.indexOf("version") + 1]);
            const id = f[f.indexOf("caseId") + 1]!;
            expect(v).toBeGreaterThan(last.get(id) ?? 0);
            last.set(id, v);
          }
          const leftovers = await redis.keys(`${keys.namespace}:*`);
          if (leftovers.length > 0) await redis.del(...leftovers);
        },
      ),
      { numRuns: 150 },
    );
  });
});
