import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { LeaseLostError } from "../../../src/errors.js";
import { createSessionRegistry, PersonSession } from "../../../src/person/session.js";
import { createPrefsStore } from "../../../src/person/prefs.js";
import { createCipherBox } from "../../../src/crypto/box.js";
import { StorageError } from "../../../src/errors.js";
import type { FlowState } from "../../../src/flow/types.js";
import { testRedis } from "../../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());
const box = createCipherBox([{ id: "k1", key: randomBytes(32) }]);
const ttl = { idleSeconds: 600, prefsSeconds: 600 };
const state: FlowState = { v: 1, flowId: "triage", flowHash: "h", sessionId: "S", node: "passport", answers: {}, startedAt: 1, updatedAt: 1 };
const newPerson = () => `p-${randomBytes(6).toString("hex")}`;
const session = (person: string) => new PersonSession(person, { discreet: true }, undefined, undefined, { keys: env.keys, box });
const newUpdateId = (lead: number) => String(Number(`${lead}${randomBytes(3).readUIntBE(0, 3)}`));
const done = (person: string, field: string) => ({ key: env.keys.updatesSeen(person), field, ttlSeconds: 86_400 });

describe("person session: what the lease fences", () => {
  it("without the lease, saves the message ids but no state, and does not mark the update done", async () => {
    const person = newPerson();
    const update = newUpdateId(9);
    const processing = `p:${Date.now() + 60_000}`;
    await env.redis.hset(env.keys.updatesSeen(person), update, processing);
    await env.redis.set(env.keys.chatLock(person), "someone-else", "PX", 10_000);
    const stale = session(person);
    stale.setFlow(state);
    stale.setPrefs({ lang: "km" });
    stale.track([41, 42], 1_000);
    const failure = await stale.flush(env.redis, ttl, "my-old-token", done(person, update)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LeaseLostError);
    expect(failure).toBeInstanceOf(StorageError);
    expect(await env.redis.zrange(env.keys.chatMessages(person), "0", "-1")).toEqual(["41", "42"]);
    expect(await env.redis.exists(env.keys.flowState(person), env.keys.prefs(person))).toBe(0);
    expect(await env.redis.hget(env.keys.updatesSeen(person), update)).toBe(processing);
  });

  it("with the lease, writes the state and marks the update done in the same step", async () => {
    const person = newPerson();
    const update = newUpdateId(8);
    await env.redis.set(env.keys.chatLock(person), "mine", "PX", 10_000);
    const holder = session(person);
    holder.setFlow(state);
    await holder.flush(env.redis, ttl, "mine", done(person, update));
    expect(await env.redis.exists(env.keys.flowState(person))).toBe(1);
    expect(await env.redis.hget(env.keys.updatesSeen(person), update)).toMatch(/^d:\d+$/);
    expect(await env.redis.ttl(env.keys.updatesSeen(person))).toBeGreaterThan(3600);
  });

  it("marks an update done even when it wrote nothing else", async () => {
    const person = newPerson();
    const update = newUpdateId(7);
    await session(person).flush(env.redis, ttl, "", done(person, update));
    expect(await env.redis.hget(env.keys.updatesSeen(person), update)).toMatch(/^d:\d+$/);
  });
});

describe("prefs clear (/erase)", () => {
  it("inside an update, drops staged settings and deletes the hash when the update is saved", async () => {
    const person = newPerson();
    await env.redis.hset(env.keys.prefs(person), "lang", "km", "discreet", "0", "lastInboundAt", "5");
    const sessions = createSessionRegistry();
    const prefs = createPrefsStore({ redis: env.redis, keys: env.keys, ttlSeconds: 600, sessions });
    const s = new PersonSession(person, prefs.parse(await env.redis.hgetall(env.keys.prefs(person))), undefined, undefined, { keys: env.keys, box });
    sessions.open(s);
    s.setPrefs({ lastInboundAt: 10 }); // the gate's write for the /erase message itself
    await prefs.clear(person);
    expect(await prefs.get(person)).toEqual({ discreet: true, lang: undefined, lastInboundAt: undefined });
    sessions.close(person);
    await s.flush(env.redis, ttl);
    expect(await env.redis.exists(env.keys.prefs(person))).toBe(0);
  });

  it("settings chosen after the clear in the same update are kept", async () => {
    const person = newPerson();
    await env.redis.hset(env.keys.prefs(person), "lang", "km", "lastInboundAt", "5");
    const s = session(person);
    s.clearPrefs({ discreet: true });
    s.setPrefs({ lang: "en" });
    await s.flush(env.redis, ttl);
    expect(await env.redis.hgetall(env.keys.prefs(person))).toEqual({ lang: "en" });
  });
});
