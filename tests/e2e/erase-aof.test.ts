import type { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { aofFiles } from "../helpers/aof.js";
import { harnessPerTest, randomUserId, type Harness } from "../helpers/harness.js";

const start = harnessPerTest();

/** Every byte of the run's append-only files, as text. */
function aofText(): string {
  return aofFiles().map((file) => file.toString("latin1")).join("\n");
}

const persistence = async (redis: Redis, field: string) => Number(new RegExp(`^${field}:(\\d+)`, "m").exec(await redis.info("persistence"))?.[1] ?? Number.NaN);

/** Waits for a rewrite newer than `before` to have finished. */
async function rewritten(redis: Redis, before: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await persistence(redis, "aof_rewrites")) <= before || (await persistence(redis, "aof_rewrite_in_progress")) !== 0) {
    if (Date.now() > deadline) throw new Error("no AOF rewrite finished");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function sealedState(h: Harness, userId: number): Promise<string[]> {
  const person = createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", userId);
  const values = await Promise.all([h.redis.get(h.keys.flowState(person)), h.redis.get(h.keys.conversation(person))]);
  return values.filter((v): v is string => v !== null);
}

describe.each(["/erase", "/exit"])("%s and the append-only file", (command) => {
  it("leaves none of the person's sealed answers in it once the rewrite is done", async () => {
    const h = await start();
    const userId = randomUserId();
    const person = h.person({ id: userId });
    await person.send("/start");
    await person.tap("yes");
    await person.tap("injured");
    await person.tap("_done");
    const sealed = await sealedState(h, userId);
    expect(sealed.length).toBeGreaterThan(0);
    // Wait until the answers are on disk: otherwise the test could pass for want of an fsync.
    const deadline = Date.now() + 5_000;
    while (!sealed.every((v) => aofText().includes(v)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(sealed.every((v) => aofText().includes(v))).toBe(true);

    const before = await persistence(h.redis, "aof_rewrites");
    await person.send(command);
    await rewritten(h.redis, before);
    expect(await sealedState(h, userId)).toEqual([]);
    const aof = aofText();
    expect(sealed.filter((v) => aof.includes(v))).toEqual([]);
  });
});
