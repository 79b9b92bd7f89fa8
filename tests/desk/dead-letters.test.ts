import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createDeadLetters, refusalLetter } from "../../src/desk/dead-letters.js";
import { testRedis } from "../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());

const RETENTION_MS = 30 * 86_400_000;
const letters = (redis: Redis = env.redis) => createDeadLetters({ redis, keys: env.keys, clock: () => 1_700_000_000_000, retentionMs: RETENTION_MS });
const dead = async () => (await env.redis.xrange(env.keys.casesDeadLetter, "-", "+")).filter(([, fields]) => fields.includes("DLTR-0001"));

describe("dead letters", () => {
  it("writes a letter with ids and codes, once per case and reason, and again for a new reason", async () => {
    const write = letters();
    expect(await write({ caseId: "DLTR-0001", reason: "sendMessage:400", entry: { id: "1-0", event: "created", version: "1" } })).toBe(true);
    expect(await write({ caseId: "DLTR-0001", reason: "sendMessage:400" })).toBe(false);
    expect(await write(refusalLetter({ caseId: "DLTR-0001", method: "editMessageText", code: 400 }))).toBe(true);
    const written = await dead();
    expect(written.map(([, fields]) => fields)).toEqual([
      ["caseId", "DLTR-0001", "event", "created", "version", "1", "entry", "1-0", "reason", "sendMessage:400", "at", "1700000000000"],
      ["caseId", "DLTR-0001", "event", "", "version", "", "entry", "", "reason", "editMessageText:400", "at", "1700000000000"],
    ]);
    const ttl = await env.redis.pttl(env.keys.deadLetterMark("DLTR-0001"));
    expect(ttl).toBeGreaterThan(RETENTION_MS - 60_000);
  });

  it("drops its mark when the letter could not be written, so the next refusal writes it", async () => {
    const failing = new Proxy(env.redis, {
      get(target, prop, receiver) {
        if (prop === "xadd") return () => Promise.reject(new Error("stream down"));
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    await expect(letters(failing)({ caseId: "DLTR-0002", reason: "sendMessage:400" })).rejects.toThrow("stream down");
    expect(await env.redis.exists(env.keys.deadLetterMark("DLTR-0002"))).toBe(0);
    expect(await letters()({ caseId: "DLTR-0002", reason: "sendMessage:400" })).toBe(true);
  });
});
