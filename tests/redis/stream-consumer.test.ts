import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import {
  createStreamConsumer,
  readReply,
  type EntryHandler,
  type EntryVerdict,
  type FailureKind,
  type StreamEntry,
} from "../../src/redis/stream-consumer.js";
import { testRedis } from "../helpers/redis.js";

const envs: ReturnType<typeof testRedis>[] = [];
const connections: Redis[] = [];
afterAll(async () => {
  for (const connection of connections) connection.disconnect();
  for (const env of envs) await env.close();
});

class Flaky extends Error {
  constructor(readonly kind: FailureKind) {
    super(kind);
  }
}

/**
 * A consumer on a fresh stream with a handler the test scripts: an entry's
 * `do` field says what the handler answers (`ack`, `keep`) or which failure
 * it throws (`pause`, `retry`, `dead`), until `script` overrides it.
 */
function fixture(options: { consumer?: string; batch?: number; claimIdleMs?: number; env?: ReturnType<typeof testRedis>; stream?: string } = {}) {
  const env = options.env ?? testRedis();
  if (!options.env) envs.push(env);
  const stream = options.stream ?? `${env.namespace}:events`;
  const time = { now: 1_000_000 };
  const handled: string[] = [];
  const dead: string[] = [];
  const deferred: { kind: string; id: string; retryInMs: number }[] = [];
  const script = new Map<string, string>();
  const handler: EntryHandler = {
    async handle(entry) {
      const name = entry.fields?.get("name") ?? "(deleted)";
      handled.push(name);
      const what = script.get(name) ?? entry.fields?.get("do") ?? "ack";
      if (what === "ack" || what === "keep") return what as EntryVerdict;
      throw new Flaky(what as FailureKind);
    },
    judge: (error) => (error instanceof Flaky ? error.kind : "retry"),
    async deadLetter(_error, entry) {
      dead.push(entry.fields?.get("name") ?? "(deleted)");
    },
    onDeferred: (kind, _error, entry, retryInMs) => deferred.push({ kind, id: entry.id, retryInMs }),
  };
  const consumer = createStreamConsumer({
    redis: env.redis,
    stream,
    group: "workers",
    consumer: options.consumer ?? "c1",
    claimIdleMs: options.claimIdleMs ?? 60_000,
    clock: () => time.now,
    handler,
    ...(options.batch ? { batch: options.batch } : {}),
  });
  const add = (name: string, what = "ack") => env.redis.xadd(stream, "*", "name", name, "do", what);
  const pending = async () => Number(((await env.redis.call("XPENDING", stream, "workers")) as [number])[0]);
  return { env, stream, time, handled, dead, deferred, script, consumer, add, pending };
}

describe("stream consumer: reading and acknowledging", () => {
  it("creates its group, hands out new entries in order, and acknowledges only what the handler acknowledged", async () => {
    const f = fixture();
    await f.add("a");
    await f.add("b", "keep");
    await f.add("c");
    expect(await f.consumer.pollOnce()).toBe(2);
    expect(f.handled).toEqual(["a", "b", "c"]);
    expect(await f.pending()).toBe(1);

    // The kept entry is this consumer's pending one: handed out again at the next pass, first.
    f.script.set("b", "ack");
    await f.add("d");
    expect(await f.consumer.pollOnce()).toBe(2);
    expect(f.handled).toEqual(["a", "b", "c", "b", "d"]);
    expect(await f.pending()).toBe(0);
  });

  it("reads every own pending entry page by page, not just the first batch", async () => {
    const f = fixture({ batch: 2 });
    for (const name of ["p1", "p2", "p3", "p4", "p5"]) await f.add(name, "keep");
    // One read of new entries takes a batch: three passes see all five, and all stay pending.
    await f.consumer.pollOnce();
    await f.consumer.pollOnce();
    await f.consumer.pollOnce();
    expect(await f.pending()).toBe(5);
    for (const name of ["p1", "p2", "p3", "p4", "p5"]) f.script.set(name, "ack");
    f.handled.length = 0;
    expect(await f.consumer.pollOnce()).toBe(5);
    expect(f.handled).toEqual(["p1", "p2", "p3", "p4", "p5"]);
  });

  it("hands out an entry deleted from the stream while pending without fields", async () => {
    const f = fixture();
    const id = await f.add("gone", "keep");
    await f.consumer.pollOnce();
    await f.env.redis.xdel(f.stream, id!);
    f.handled.length = 0;
    expect(await f.consumer.pollOnce()).toBe(1);
    expect(f.handled).toEqual(["(deleted)"]);
    expect(await f.pending()).toBe(0);
  });

  it("recreates its group after the stream was deleted", async () => {
    const f = fixture();
    await f.add("before");
    expect(await f.consumer.pollOnce()).toBe(1);
    await f.env.redis.del(f.stream);
    // The pass that finds the group gone hands out nothing; the reclaim step after the read that noticed
    // may still fail with NOGROUP (the desk's loop logs a failed pass and tries again a second later).
    await f.consumer.pollOnce().then(
      (acked) => expect(acked).toBe(0),
      (error: unknown) => expect(String(error)).toContain("NOGROUP"),
    );
    await f.add("after");
    expect(await f.consumer.pollOnce()).toBe(1);
    expect(f.handled).toEqual(["before", "after"]);
  });

  it("waits for new entries on the connection it is given when asked to block", async () => {
    const f = fixture();
    await f.consumer.pollOnce();
    const blocking = f.env.redis.duplicate();
    connections.push(blocking);
    const pass = f.consumer.pollOnce({ blockMs: 5_000, connection: blocking });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await f.add("late");
    expect(await pass).toBe(1);
    expect(f.handled).toEqual(["late"]);
  });
});

describe("stream consumer: a consumer that died", () => {
  it("takes over entries another consumer left pending once they are idle long enough", async () => {
    const env = testRedis();
    envs.push(env);
    const stream = `${env.namespace}:shared`;
    const dying = fixture({ env, stream, consumer: "dying" });
    const heir = fixture({ env, stream, consumer: "heir", claimIdleMs: 50 });
    await dying.add("orphan", "keep");
    await dying.consumer.pollOnce();
    expect(await heir.consumer.pollOnce()).toBe(0); // not idle long enough yet
    expect(heir.handled).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    heir.script.set("orphan", "ack");
    expect(await heir.consumer.pollOnce()).toBe(1);
    expect(heir.handled).toEqual(["orphan"]);
    expect(await heir.pending()).toBe(0);
  });
});

describe("stream consumer: failures", () => {
  it("pauses every entry after a `pause` failure, doubling the pause, and resumes in order once it is over", async () => {
    const f = fixture();
    await f.add("first", "pause");
    await f.add("second");
    expect(await f.consumer.pollOnce()).toBe(0);
    expect(f.handled).toEqual(["first"]); // the second waits behind the pause, untried
    expect(f.deferred).toEqual([{ kind: "pause", id: expect.any(String), retryInMs: 5_000 }]);
    expect(f.consumer.paused()).toBe(true);

    f.time.now += 5_000;
    expect(await f.consumer.pollOnce()).toBe(0); // one probe, failing again: 10 s now
    expect(f.deferred.at(-1)?.retryInMs).toBe(10_000);
    f.time.now += 5_000;
    expect(await f.consumer.pollOnce()).toBe(0);
    expect(f.handled).toEqual(["first", "first"]);

    f.time.now += 5_000;
    f.script.set("first", "ack");
    expect(await f.consumer.pollOnce()).toBe(2);
    expect(f.handled).toEqual(["first", "first", "first", "second"]);
  });

  it("lets the owner end the pause early and tells it whether one was running", async () => {
    const f = fixture();
    expect(f.consumer.resume()).toBe(false);
    expect(f.consumer.pause()).toBe(5_000);
    expect(f.consumer.paused()).toBe(true);
    await f.add("waits");
    expect(await f.consumer.pollOnce()).toBe(0);
    expect(f.consumer.resume()).toBe(true);
    expect(await f.consumer.pollOnce()).toBe(1);
  });

  it("pauses only the entry after a `retry` failure; the others go on", async () => {
    const f = fixture();
    await f.add("stuck", "retry");
    await f.add("fine");
    expect(await f.consumer.pollOnce()).toBe(1);
    expect(f.deferred.map((d) => d.kind)).toEqual(["retry"]);
    expect(f.consumer.paused()).toBe(false);
    expect(await f.consumer.pollOnce()).toBe(0);
    expect(f.handled).toEqual(["stuck", "fine"]); // not tried again within its pause
    f.time.now += 5_000;
    f.script.set("stuck", "ack");
    expect(await f.consumer.pollOnce()).toBe(1);
    expect(await f.pending()).toBe(0);
  });

  it("hands a `dead` entry to the dead-letter hook and acknowledges it", async () => {
    const f = fixture();
    await f.add("poison", "dead");
    await f.add("after");
    expect(await f.consumer.pollOnce()).toBe(2);
    expect(f.dead).toEqual(["poison"]);
    expect(f.deferred).toEqual([]);
    expect(await f.pending()).toBe(0);
  });

  it("leaves the entry pending when the dead-letter hook fails", async () => {
    const env = testRedis();
    envs.push(env);
    const stream = `${env.namespace}:events`;
    const handler: EntryHandler = {
      handle: () => Promise.reject(new Error("refused")),
      judge: () => "dead",
      deadLetter: () => Promise.reject(new Error("dead letters down")),
    };
    const consumer = createStreamConsumer({ redis: env.redis, stream, group: "workers", consumer: "c1", claimIdleMs: 60_000, clock: Date.now, handler });
    await env.redis.xadd(stream, "*", "name", "x");
    await expect(consumer.pollOnce()).rejects.toThrow("dead letters down");
    expect(Number(((await env.redis.call("XPENDING", stream, "workers")) as [number])[0])).toBe(1);
  });

  it("keeps the owner's own keys in the same backoff, apart from the entries", async () => {
    const f = fixture();
    expect(f.consumer.backoff.waiting("job:1")).toBe(false);
    expect(f.consumer.backoff.fail("job:1")).toBe(5_000);
    expect(f.consumer.backoff.fail("job:1")).toBe(10_000);
    expect(f.consumer.backoff.waiting("job:1")).toBe(true);
    expect(f.consumer.paused()).toBe(false);
    await f.add("unaffected");
    expect(await f.consumer.pollOnce()).toBe(1);
    f.time.now += 10_000;
    expect(f.consumer.backoff.waiting("job:1")).toBe(false);
    expect(f.consumer.backoff.clear("job:1")).toBe(true);
  });
});

describe("XREADGROUP replies", () => {
  const entries = [["1-0", ["name", "a"]]];
  const expected: StreamEntry[] = [{ id: "1-0", fields: new Map([["name", "a"]]) }];

  it("reads RESP2's list of [key, entries] and RESP3's flattened map alike", () => {
    expect(readReply([["events", entries]])).toEqual(expected);
    expect(readReply(["events", entries])).toEqual(expected);
    expect(readReply([Buffer.from("events"), entries])).toEqual(expected);
    expect(readReply(null)).toEqual([]);
  });

  it("reads the reply of a real RESP2 connection", async () => {
    const env = testRedis();
    envs.push(env);
    const resp2 = new Redis(env.url, { protocol: 2 });
    connections.push(resp2);
    const stream = `${env.namespace}:resp2`;
    await resp2.call("XGROUP", "CREATE", stream, "g", "0", "MKSTREAM");
    await resp2.xadd(stream, "*", "name", "a");
    const reply = await resp2.call("XREADGROUP", "GROUP", "g", "c", "COUNT", 10, "STREAMS", stream, ">");
    expect(readReply(reply).map((e) => e.fields?.get("name"))).toEqual(["a"]);
  });
});
