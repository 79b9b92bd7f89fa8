import { randomBytes } from "node:crypto";
import { packFlowState } from "../../src/person/state-pack.js";
import { afterAll, describe, expect, it } from "vitest";
import { PersonSession } from "../../src/person/session.js";
import { createCipherBox } from "../../src/crypto/box.js";
import { StorageError } from "../../src/errors.js";
import type { FlowState } from "../../src/flow/types.js";
import { testRedis } from "../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());
const box = createCipherBox([{ id: "k1", key: randomBytes(32) }]);
const ttl = { idleSeconds: 600, prefsSeconds: 600 };
const state: FlowState = { v: 1, flowId: "triage", flowHash: "h", sessionId: "S", node: "passport", answers: {}, startedAt: 1, updatedAt: 1 };
const session = (person: string) => new PersonSession(person, { discreet: true }, undefined, undefined, { keys: env.keys, box });

describe("person session", () => {
  it("writes everything staged in one step and reads its own writes", async () => {
    const s = session("p1");
    s.setFlow(state);
    s.track([5, 6], 1_000);
    s.setPrefs({ lang: "km", lastInboundAt: 1_000 });
    expect(s.flow()).toEqual(state);
    expect(s.prefs().lang).toBe("km");
    await s.flush(env.redis, ttl);
    // Sealed in its packed form (state-pack.ts), exactly that of the state written.
    expect(box.open(env.keys.flowState("p1"), (await env.redis.get(env.keys.flowState("p1")))!)).toBe(JSON.stringify(packFlowState(state)));
    expect(await env.redis.zrange(env.keys.chatMessages("p1"), "0", "-1")).toEqual(["5", "6"]);
    expect(await env.redis.hgetall(env.keys.prefs("p1"))).toEqual({ lang: "km", lastInboundAt: "1000" });
    expect(await env.redis.ttl(env.keys.flowState("p1"))).toBeGreaterThan(0);
  });

  it("is fenced by the chat lease: a holder whose lease was taken over writes nothing", async () => {
    await env.redis.set(env.keys.chatLock("p2"), "someone-else", "PX", 10_000);
    const stale = session("p2");
    stale.setFlow(state);
    await expect(stale.flush(env.redis, ttl, "my-old-token")).rejects.toBeInstanceOf(StorageError);
    expect(await env.redis.exists(env.keys.flowState("p2"))).toBe(0);

    const holder = session("p2");
    holder.setFlow(state);
    await holder.flush(env.redis, ttl, "someone-else");
    expect(await env.redis.exists(env.keys.flowState("p2"))).toBe(1);
  });

  it("deletes what was cleared", async () => {
    const s = session("p1");
    s.setFlow(undefined);
    s.setConversation(undefined);
    await s.flush(env.redis, ttl);
    expect(await env.redis.exists(env.keys.flowState("p1"), env.keys.conversation("p1"))).toBe(0);
  });
});
