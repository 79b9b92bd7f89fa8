import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { harnessPerTest, randomUserId, type Harness } from "../../helpers/harness.js";
import { DONE_MARK, markersOf, personMark } from "../../helpers/update-marks.js";
import { textUpdate, WEBHOOK_SECRET } from "../../helpers/webhook.js";

const start = harnessPerTest();
const DAY_S = 86_400;

/** A person's text update with its own message id (the helper gives every update message 1). */
function personUpdate(updateId: number, userId: number, text: string): Update {
  const update = textUpdate(updateId, userId, text);
  return { ...update, message: { ...update.message!, message_id: updateId } };
}

async function webhookPerson(h: Harness) {
  const userId = randomUserId();
  h.emulator.registerChat({ id: userId, type: "private", first_name: "Web" });
  const post = (update: Update) => h.emulator.postToWebhook(update, { secret: WEBHOOK_SECRET });
  return { userId, post };
}

describe("a person's update markers: one hash per person", () => {
  it("after 12 updates there is one marker key for the person, holding each update id as done, for a day", async () => {
    const h = await start({ webhook: true });
    const { userId, post } = await webhookPerson(h);
    const ids = Array.from({ length: 12 }, (_, i) => 880_100 + i);
    for (const [i, id] of ids.entries()) expect(await post(personUpdate(id, userId, i === 0 ? "/start" : `line ${i}`))).toBe(200);
    await h.settle();

    expect(await h.redis.keys(`${h.namespace}:upd:*`)).toEqual([markersOf(h, userId)]);
    const marks = await h.redis.hgetall(markersOf(h, userId));
    expect(Object.keys(marks).sort()).toEqual(ids.map(String).sort());
    for (const mark of Object.values(marks)) expect(mark).toMatch(DONE_MARK);
    const ttl = await h.redis.ttl(markersOf(h, userId));
    expect(ttl).toBeGreaterThan(DAY_S - 60);
    expect(ttl).toBeLessThanOrEqual(DAY_S);
    // Each is a copy now: dropped with 200, nothing sent again.
    const sent = h.emulator.calls("sendMessage").length;
    expect(await post(personUpdate(ids[3]!, userId, "line 3"))).toBe(200);
    await h.settle();
    expect(h.emulator.calls("sendMessage").length).toBe(sent);
  });

  it("a crashed run's expired processing mark is taken over; one still running is refused for later", async () => {
    const h = await start({ webhook: true });
    const { userId, post } = await webhookPerson(h);
    const update = personUpdate(880_200, userId, "/start");
    await h.redis.hset(markersOf(h, userId), "880200", `p:${Date.now() + 60_000}`);
    expect(await post(update)).toBe(503);
    expect(h.emulator.messages(userId)).toEqual([]);

    await h.redis.hset(markersOf(h, userId), "880200", `p:${Date.now() - 1}`);
    expect(await post(update)).toBe(200);
    await h.settle();
    expect(h.emulator.messages(userId).length).toBeGreaterThan(0);
    expect(await personMark(h, userId, 880_200)).toMatch(DONE_MARK);
  });

  it("a done mark counts for a day, as the done key's TTL did", async () => {
    const h = await start({ webhook: true });
    const { userId, post } = await webhookPerson(h);
    const nowS = Math.floor(Date.now() / 1000);
    await h.redis.hset(markersOf(h, userId), "880300", `d:${nowS - 60}`, "880301", `d:${nowS - DAY_S - 1}`);
    expect(await post(personUpdate(880_300, userId, "/start"))).toBe(200);
    await h.settle();
    expect(h.emulator.messages(userId)).toEqual([]);
    expect(await post(personUpdate(880_301, userId, "/start"))).toBe(200);
    await h.settle();
    expect(h.emulator.messages(userId).length).toBeGreaterThan(0);
  });

  it("a write that takes the hash past 64 fields drops day-old done marks and expired processing marks", async () => {
    const h = await start({ webhook: true });
    const { userId, post } = await webhookPerson(h);
    const nowS = Math.floor(Date.now() / 1000);
    const fields: string[] = [];
    for (let i = 0; i < 30; i++) fields.push(String(870_000 + i), `d:${nowS - DAY_S - 10}`);
    for (let i = 0; i < 20; i++) fields.push(String(871_000 + i), `p:${Date.now() - 1000}`);
    const fresh = Array.from({ length: 14 }, (_, i) => String(872_000 + i));
    for (const id of fresh) fields.push(id, `d:${nowS - 60}`);
    await h.redis.hset(markersOf(h, userId), ...fields);
    expect(await h.redis.hlen(markersOf(h, userId))).toBe(64);

    expect(await post(personUpdate(880_400, userId, "/start"))).toBe(200);
    await h.settle();
    const marks = await h.redis.hgetall(markersOf(h, userId));
    expect(Object.keys(marks).sort()).toEqual([...fresh, "880400"].sort());
    expect(marks["880400"]).toMatch(DONE_MARK);
  });

  it("prunes past 128, 256, … fields in the same way (a long flood), whatever the number of stale marks", async () => {
    const h = await start({ webhook: true });
    const { userId, post } = await webhookPerson(h);
    const nowS = Math.floor(Date.now() / 1000);
    const fields: string[] = [];
    for (let i = 0; i < 1024; i++) fields.push(String(860_000 + i), `d:${nowS - DAY_S - 10}`);
    await h.redis.hset(markersOf(h, userId), ...fields);

    expect(await post(personUpdate(880_500, userId, "/start"))).toBe(200);
    await h.settle();
    expect(Object.keys(await h.redis.hgetall(markersOf(h, userId)))).toEqual(["880500"]);
  });
});
