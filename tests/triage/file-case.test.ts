import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { createCaseStore } from "../../src/cases/store.js";
import { createCipherBox } from "../../src/crypto/box.js";
import { triageCardSchema, type TriageCard } from "../../src/triage/card.js";
import { createCaseFiler } from "../../src/triage/file-case.js";
import { loadBundleFile, loadFixture, runFixture } from "../helpers/flow-fixtures.js";
import { testRedis } from "../helpers/redis.js";

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of open.splice(0)) await close();
});

function filer() {
  const env = testRedis();
  open.push(env.close);
  const box = createCipherBox([{ id: "k1", key: randomBytes(32) }]);
  // One replica asked for and none there: a filing waits out the timeout, then reports the shortfall.
  const shortfalls: number[] = [];
  const cases = createCaseStore<TriageCard>({
    redis: env.redis,
    keys: env.keys,
    box,
    clock: Date.now,
    retentionDays: 30,
    parseCard: (v) => triageCardSchema.parse(v),
    durability: { replicas: 1, timeoutMs: 300 },
    onDegraded: ({ connected }) => void shortfalls.push(connected),
  });
  return { cases, shortfalls, filer: createCaseFiler({ cases, clock: Date.now }) };
}

const run = runFixture(loadFixture("tests/fixtures/flows/triage/sihanoukville-critical.test.yaml"));
const bundle = loadBundleFile("flows/triage.yaml");

describe("filing and later answers", () => {
  it("files once with the replica wait; a later answer updates the same case without filing or waiting again", async () => {
    const { cases, shortfalls, filer: f } = filer();
    const args = { chatId: 42, person: "p-file", locale: "en", bundle, state: run.state };
    const { caseId } = await f.file(args);
    expect(shortfalls).toEqual([0]);
    await f.file({ ...args, later: true });
    expect(shortfalls).toEqual([0]);
    expect((await cases.get(caseId))?.id).toBe(caseId);
  });

  it("never brings back, through a later answer, a case erased meanwhile", async () => {
    const { cases, filer: f } = filer();
    const args = { chatId: 43, person: "p-erased", locale: "en", bundle, state: run.state };
    const { caseId } = await f.file(args);
    await cases.erase(caseId);
    await f.file({ ...args, later: true });
    expect(await cases.get(caseId)).toBeUndefined();
  });
});
