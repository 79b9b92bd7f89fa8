import { randomBytes } from "node:crypto";
import { createCipherBox } from "../../src/crypto/box.js";
import { createCaseStore, type CaseStore } from "../../src/cases/store.js";
import type { CaseContact } from "../../src/cases/types.js";
import { testRedis } from "../helpers/redis.js";

/** The card shape these tests file; the real one is the triage card. */
export interface TestCard {
  summary: string;
  flags: string[];
}

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 0, 1);

/** A store on a fresh namespace with a clock the test moves by hand. */
export function caseFixture(retentionDays = 30) {
  const env = testRedis();
  const box = createCipherBox([{ id: "k1", key: randomBytes(32) }]);
  const time = { now: T0 };
  const clock = () => time.now;
  const store: CaseStore<TestCard> = createCaseStore<TestCard>({ redis: env.redis, keys: env.keys, box, clock, retentionDays });
  return { ...env, box, time, clock, store };
}

export function contactFor(person: string, chatId = 700_000_000 + Math.floor(Math.random() * 1e6)): CaseContact {
  return { chatId, person, lang: "en", window: { mode: "hours", windows: [{ from: "22:00", to: "23:30" }], timezone: "Asia/Bangkok" } };
}

export function card(summary = "held in compound, passport taken"): TestCard {
  return { summary, flags: ["passport_taken"] };
}
