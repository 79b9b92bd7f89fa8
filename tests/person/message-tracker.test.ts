import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createSessionRegistry, PersonSession } from "../../src/person/session.js";
import { createCipherBox } from "../../src/crypto/box.js";
import { DELETE_WINDOW_MS } from "../../src/person/delete-window.js";
import { createMessageTracker } from "../../src/person/message-tracker.js";
import { testRedis } from "../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());

const HOUR = 3600_000;
const T0 = Date.UTC(2025, 0, 1);
const box = createCipherBox([{ id: "k1", key: randomBytes(32) }]);
const newPerson = () => `p-${randomBytes(6).toString("hex")}`;

function tracker() {
  const sessions = createSessionRegistry();
  return { sessions, tracker: createMessageTracker({ redis: env.redis, keys: env.keys, sessions }) };
}

async function stored(person: string): Promise<string[]> {
  return env.redis.zrange(env.keys.chatMessages(person), "0", "-1");
}

describe("message tracker", () => {
  it("is Telegram's 48 hour window", () => {
    expect(DELETE_WINDOW_MS).toBe(48 * HOUR);
  });

  it("lists only ids younger than 48 h, oldest first, and stores ids only, expiring within 48 h", async () => {
    const { tracker: t } = tracker();
    const person = newPerson();
    await t.track(person, [1, 2], T0);
    await t.track(person, [3], T0 + 10 * HOUR);
    await t.track(person, [5, 4], T0 + 47 * HOUR);
    expect(await t.list(person, T0 + 47 * HOUR)).toEqual([1, 2, 3, 4, 5]);
    // Just inside and just outside the window of the first two.
    expect(await t.list(person, T0 + 48 * HOUR - 1)).toEqual([1, 2, 3, 4, 5]);
    expect(await t.list(person, T0 + 48 * HOUR + 1)).toEqual([3, 4, 5]);
    expect(await t.list(person, T0 + 58 * HOUR + 1)).toEqual([4, 5]);
    expect(await t.list(person, T0 + 95 * HOUR + 1)).toEqual([]);

    expect((await stored(person)).every((m) => /^\d+$/.test(m))).toBe(true);
    const ttl = await env.redis.pttl(env.keys.chatMessages(person));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(DELETE_WINDOW_MS);
  });

  it("drops ids older than 48 h from Redis when it tracks new ones", async () => {
    const { tracker: t } = tracker();
    const person = newPerson();
    await t.track(person, [1], T0);
    await t.track(person, [2], T0 + 20 * HOUR);
    await t.track(person, [3], T0 + 49 * HOUR);
    expect(await stored(person)).toEqual(["2", "3"]);
  });

  it("forget drops the deleted ids and those past the window, and keeps the rest", async () => {
    const { tracker: t } = tracker();
    const person = newPerson();
    await t.track(person, [1, 2], T0);
    await t.track(person, [3, 4, 5], T0 + 30 * HOUR);
    const now = T0 + 49 * HOUR; // 1 and 2 are past the window: Telegram would refuse them
    await t.forget(person, [3, 4], now);
    expect(await stored(person)).toEqual(["5"]);
    await t.forget(person, [], now);
    expect(await t.list(person, now)).toEqual([5]);
  });

  it("with an open session, stages ids and merges them into list; forget drops staged ones too", async () => {
    const { tracker: t, sessions } = tracker();
    const person = newPerson();
    await t.track(person, [1, 2], T0);
    const session = new PersonSession(person, { discreet: true }, undefined, undefined, { keys: env.keys, box });
    sessions.open(session);
    await t.track(person, [4, 3], T0 + HOUR);
    expect(await stored(person)).toEqual(["1", "2"]); // staged, not written
    expect(await t.list(person, T0 + HOUR)).toEqual([1, 2, 3, 4]);
    await t.forget(person, [1, 2, 3], T0 + HOUR);
    expect(session.stagedIds()).toEqual([4]);
    expect(await stored(person)).toEqual([]);
    await t.clear(person);
    expect(session.stagedIds()).toEqual([]);
    sessions.close(person);
  });

  it("clear forgets every id of the person and no one else's", async () => {
    const { tracker: t } = tracker();
    const person = newPerson();
    const other = newPerson();
    await t.track(person, [1, 2], T0);
    await t.track(other, [1, 2], T0);
    await t.clear(person);
    expect(await env.redis.exists(env.keys.chatMessages(person))).toBe(0);
    expect(await t.list(person, T0)).toEqual([]);
    expect(await t.list(other, T0)).toEqual([1, 2]);
  });
});
