import type { Update } from "grammy/types";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { createCipherBox } from "../../src/crypto/box.js";
import { UPDATE_MARK } from "../../src/transport/dedupe.js";
import { createUpdateJournal } from "../../src/transport/update-journal.js";
import { testRedis } from "../helpers/redis.js";

const CANARY = "CANARY-words-5e2a";
const box = createCipherBox([{ id: "k1", key: Buffer.alloc(32, 3) }]);
const logger = pino({ level: "silent" });
const redis = testRedis();
afterAll(() => redis.close());

const update = (id: number): Update => ({
  update_id: id,
  message: { message_id: id, date: 0, chat: { id: 42, type: "private", first_name: "N" }, from: { id: 42, is_bot: false, first_name: "N" }, text: `${CANARY} ${id}` },
});

describe("update journal", () => {
  it("keeps fetched updates sealed, replays another boot's in update order, and skips its own", async () => {
    const crashed = createUpdateJournal({ redis: redis.redis, keys: redis.keys, box, logger, bootId: "old" });
    await crashed.keep([update(12), update(10)]);
    await crashed.keep([update(11)]);
    const raw = await redis.redis.hgetall(redis.keys.updateJournal());
    expect(Object.keys(raw).sort()).toEqual(["10", "11", "12"]);
    expect(JSON.stringify(raw)).not.toContain(CANARY);
    expect(await crashed.replay(async () => undefined)).toBe(0);

    // The crashed run had marked 10 processing and finished 11 (a person's markers: one hash, a field per update).
    const marks = redis.keys.updatesSeen("p-42");
    const doneMark = `d:${Math.floor(Date.now() / 1000)}`;
    await redis.redis.hset(marks, "10", `p:${Date.now() + 60_000}`, "11", doneMark);
    const markerOf = (u: Update) => ({ key: marks, field: String(u.update_id) });
    const restarted = createUpdateJournal({ redis: redis.redis, keys: redis.keys, box, logger, bootId: "new", markerOf });
    const seen: Array<{ id: number; text?: string; mark: string | null }> = [];
    const replayed = await restarted.replay(async (u) => {
      seen.push({ id: u.update_id, text: u.message?.text, mark: await redis.redis.hget(marks, String(u.update_id)) });
    });
    expect(replayed).toBe(3);
    expect(seen).toEqual([
      { id: 10, text: `${CANARY} 10`, mark: null },
      { id: 11, text: `${CANARY} 11`, mark: doneMark },
      { id: 12, text: `${CANARY} 12`, mark: null },
    ]);
    expect(await redis.redis.hlen(redis.keys.updateJournal())).toBe(0);
  });

  it("clears the string marker of an update that is not a person's (coordinators' chat) only while it is processing", async () => {
    const crashed = createUpdateJournal({ redis: redis.redis, keys: redis.keys, box, logger, bootId: "old" });
    await crashed.keep([update(40), update(41)]);
    await redis.redis.set(redis.keys.updateSeen(40), UPDATE_MARK.processing, "EX", 60);
    await redis.redis.set(redis.keys.updateSeen(41), UPDATE_MARK.done, "EX", 60);
    const restarted = createUpdateJournal({ redis: redis.redis, keys: redis.keys, box, logger, bootId: "new" });
    const marks: Array<string | null> = [];
    expect(await restarted.replay(async (u) => void marks.push(await redis.redis.get(redis.keys.updateSeen(u.update_id))))).toBe(2);
    expect(marks).toEqual([null, UPDATE_MARK.done]);
  });

  it("an entry copied to another update id does not open", async () => {
    const journal = createUpdateJournal({ redis: redis.redis, keys: redis.keys, box, logger, bootId: "a" });
    await journal.keep([update(20)]);
    const key = redis.keys.updateJournal();
    await redis.redis.hset(key, "21", (await redis.redis.hget(key, "20")) as string);
    await redis.redis.hdel(key, "20");
    const seen: number[] = [];
    expect(await createUpdateJournal({ redis: redis.redis, keys: redis.keys, box, logger, bootId: "b" }).replay(async (u) => void seen.push(u.update_id))).toBe(0);
    expect(seen).toEqual([]);
    expect(await redis.redis.hlen(key)).toBe(0);
  });

  it("drops, without replaying, an entry older than the update marks live (a failed drop long ago)", async () => {
    let now = 1_000_000;
    const journal = createUpdateJournal({ redis: redis.redis, keys: redis.keys, box, logger, bootId: "a", clock: () => now });
    await journal.keep([update(30)]);
    now += UPDATE_MARK.doneSeconds * 1000 - 1;
    await journal.keep([update(31)]);
    now += 2;
    const seen: number[] = [];
    const restarted = createUpdateJournal({ redis: redis.redis, keys: redis.keys, box, logger, bootId: "b", clock: () => now });
    expect(await restarted.replay(async (u) => void seen.push(u.update_id))).toBe(1);
    expect(seen).toEqual([31]);
    expect(await redis.redis.hlen(redis.keys.updateJournal())).toBe(0);
  });
});
