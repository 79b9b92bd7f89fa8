import { afterAll, describe, expect, it } from "vitest";
import { tiers } from "../../src/flow/schema.js";
import { priorityScore } from "../../src/triage/priority.js";
import { caseFixture, card, contactFor, T0 } from "../cases/fixture.js";

const f = caseFixture();
afterAll(() => f.close());

describe("priority score", () => {
  it("ranks by tier first, then by age", () => {
    expect(priorityScore("critical", T0 + 10_000)).toBeLessThan(priorityScore("high", T0));
    expect(priorityScore("high", T0 + 10_000)).toBeLessThan(priorityScore("normal", T0));
    expect(priorityScore("high", T0)).toBeLessThan(priorityScore("high", T0 + 1));
  });

  it("is the score the case store's Lua gives a filed case in the open queue", async () => {
    for (const [i, tier] of tiers.entries()) {
      const caseId = `PRIO-000${i}`;
      await f.store.create({ caseId, tier, card: card(), contact: contactFor(`p-prio-${i}`) });
      expect(Number(await f.redis.zscore(f.keys.casesOpen, caseId))).toBe(priorityScore(tier, T0));
    }
  });
});
