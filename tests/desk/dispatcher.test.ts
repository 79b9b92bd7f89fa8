import { randomBytes } from "node:crypto";
import { Writable } from "node:stream";
import { GrammyError, HttpError } from "grammy";
import type { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { createCaseStore } from "../../src/cases/store.js";
import type { CaseRecord } from "../../src/cases/types.js";
import { createCipherBox } from "../../src/crypto/box.js";
import { refusalKind, type CardPublisher } from "../../src/desk/cards.js";
import { forgetCardMessage } from "../../src/desk/card-message.js";
import { createDeadLetters } from "../../src/desk/dead-letters.js";
import { createDispatcher } from "../../src/desk/dispatcher.js";
import { createLogger } from "../../src/logger.js";
import { STREAM_GROUPS } from "../../src/redis/keys.js";
import type { TriageCard } from "../../src/triage/card.js";
import { testRedis } from "../helpers/redis.js";
import { minimalCard } from "./support.js";

const envs: ReturnType<typeof testRedis>[] = [];
afterAll(async () => {
  for (const env of envs) await env.close();
});

const telegram = (code: number, description: string, parameters: Record<string, number> = {}, method = "sendMessage") =>
  new GrammyError(`Call to '${method}' failed! (${code}: ${description})`, { ok: false, error_code: code, description, parameters }, method, {});

const RETENTION_MS = 30 * 86_400_000;
const KICKED = () => telegram(403, "Forbidden: bot was kicked from the supergroup chat");
const BAD_CONTENT = () => telegram(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3");

/**
 * A dispatcher on a fresh namespace with a publisher the test scripts: each
 * post either succeeds with the next message id or throws what `failures` holds.
 */
function fixture(options: { batch?: number; wrapRedis?: (redis: Redis) => Redis; roomForEdit?: () => boolean } = {}) {
  const env = testRedis();
  envs.push(env);
  const time = { now: Date.UTC(2025, 0, 1) };
  const clock = () => time.now;
  const cases = createCaseStore<TriageCard>({ redis: env.redis, keys: env.keys, box: createCipherBox([{ id: "k1", key: randomBytes(32) }]), clock, retentionDays: 30 });
  const failures: Error[] = [];
  const posts: string[] = [];
  const edits: string[] = [];
  let nextMessageId = 100;
  const next = () => {
    const failure = failures.shift();
    if (failure) throw failure;
  };
  const cards: CardPublisher = {
    async post(record: CaseRecord<TriageCard>) {
      next();
      posts.push(record.id);
      return nextMessageId++;
    },
    async edit(_messageId: number, record: CaseRecord<TriageCard>) {
      next();
      edits.push(record.id);
    },
    async editWithdrawn() {
      next();
    },
    async editKeyboard() {
      next();
    },
  };
  const logs: string[] = [];
  const logger = createLogger({
    level: "debug",
    destination: new Writable({
      write(chunk, _enc, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  });
  const dispatcher = createDispatcher({
    redis: options.wrapRedis ? options.wrapRedis(env.redis) : env.redis,
    keys: env.keys,
    cases,
    cards,
    clock,
    logger,
    consumer: "desk-unit",
    claimIdleMs: 60_000,
    deadLetters: createDeadLetters({ redis: env.redis, keys: env.keys, clock, retentionMs: RETENTION_MS }),
    ...(options.batch ? { batch: options.batch } : {}),
    ...(options.roomForEdit ? { digest: { admit: async () => false, holds: async () => false, touch: () => undefined, roomForEdit: options.roomForEdit } } : {}),
  });
  const file = async (caseId: string) => {
    await cases.create({
      caseId,
      tier: "critical",
      card: minimalCard(caseId),
      contact: { chatId: 555_000_111, person: `p-${caseId}`, lang: "en", window: { mode: "any" } },
    });
  };
  const pending = async () => Number(((await env.redis.call("XPENDING", env.keys.casesStream, STREAM_GROUPS.desk)) as [number])[0]);
  const dead = () => env.redis.xrange(env.keys.casesDeadLetter, "-", "+");
  return { env, time, cases, failures, posts, edits, logs, dispatcher, file, pending, dead };
}

describe("desk dispatcher: the coordinators' chat is unavailable", () => {
  it("keeps a case filed while the group answers 403 pending, and posts exactly one card once the group is back", async () => {
    const f = fixture();
    f.failures.push(KICKED());
    await f.file("GONE-0001");
    expect(await f.dispatcher.pollOnce()).toBe(0);
    expect(f.posts).toEqual([]);
    expect(await f.pending()).toBe(1);
    expect(await f.dead()).toHaveLength(0);
    const line = f.logs.find((l) => l.includes("coordinators' chat unavailable"));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ level: 50, caseId: "GONE-0001", method: "sendMessage", code: 403 });
    expect(line).not.toContain("CARD-NOTE");

    // Within the pause nothing is tried again, by the stream or by the tick.
    expect(await f.dispatcher.pollOnce()).toBe(0);
    expect(await f.dispatcher.repostMissing()).toBe(0);
    expect(f.posts).toEqual([]);

    f.time.now += 6_000;
    expect(await f.dispatcher.pollOnce()).toBe(1);
    expect(await f.dispatcher.repostMissing()).toBe(0);
    expect(await f.dispatcher.pollOnce()).toBe(0);
    expect(f.posts).toEqual(["GONE-0001"]);
    expect((await f.cases.get("GONE-0001"))?.cardMessageId).toBe(100);
    expect(await f.pending()).toBe(0);
    expect(f.logs.some((l) => l.includes("reachable again"))).toBe(true);
  });

  it.each([
    ["chat not found", () => telegram(400, "Bad Request: chat not found")],
    ["group migrated", () => telegram(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1009876543210 })],
    ["no rights to write", () => telegram(400, "Bad Request: not enough rights to send text messages to the chat")],
    ["flood wait", () => telegram(429, "Too Many Requests: retry after 30", { retry_after: 30 })],
    ["Telegram down", () => telegram(502, "Bad Gateway")],
    ["network", () => new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNREFUSED"))],
  ])("treats %s as the chat's problem: nothing dead-lettered, the card follows", async (_name, error) => {
    const f = fixture();
    f.failures.push(error());
    await f.file("WAIT-0001");
    expect(await f.dispatcher.pollOnce()).toBe(0);
    expect(await f.dead()).toHaveLength(0);
    expect(await f.pending()).toBe(1);
    f.time.now += 6_000;
    expect(await f.dispatcher.pollOnce()).toBe(1);
    expect(f.posts).toEqual(["WAIT-0001"]);
  });

  it("says what COORDINATOR_CHAT_ID must become when the group was migrated, and does not switch on its own", async () => {
    const f = fixture();
    f.failures.push(telegram(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1009876543210 }));
    await f.file("MIGR-0001");
    await f.dispatcher.pollOnce();
    const line = f.logs.find((l) => l.includes("COORDINATOR_CHAT_ID=-1009876543210"));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ level: 50, caseId: "MIGR-0001", migrateToChatId: -1009876543210 });
  });

  it("backs off while the chat stays away (one probe per pause, pauses doubling) and delivers every waiting case after", async () => {
    const f = fixture({ batch: 2 });
    for (let i = 1; i <= 5; i++) await f.file(`MANY-000${i}`);
    f.failures.push(KICKED(), KICKED(), KICKED());
    expect(await f.dispatcher.pollOnce()).toBe(0); // first failure: 5 s
    f.time.now += 5_000;
    expect(await f.dispatcher.pollOnce()).toBe(0); // second: 10 s
    f.time.now += 5_000;
    expect(await f.dispatcher.pollOnce()).toBe(0); // still waiting
    f.time.now += 5_000;
    expect(await f.dispatcher.pollOnce()).toBe(0); // third failure
    expect(f.failures).toHaveLength(0);
    expect(f.logs.filter((l) => l.includes("coordinators' chat unavailable"))).toHaveLength(3);
    expect(await f.pending()).toBe(5);
    f.time.now += 20_000;
    // More pending entries than one read returns: all of them are delivered.
    expect(await f.dispatcher.pollOnce()).toBe(5);
    expect([...f.posts].sort()).toEqual(["MANY-0001", "MANY-0002", "MANY-0003", "MANY-0004", "MANY-0005"]);
    expect(await f.dead()).toHaveLength(0);
  });
});

describe("desk dispatcher: a card Telegram refuses", () => {
  it("dead-letters the entry with a reason code, and the tick gives the case its card", async () => {
    const f = fixture();
    f.failures.push(BAD_CONTENT());
    await f.file("BADC-0001");
    expect(await f.dispatcher.pollOnce()).toBe(1);
    expect(await f.pending()).toBe(0);
    const dead = await f.dead();
    expect(dead).toHaveLength(1);
    const fields = dead[0]![1].join(" ");
    expect(fields).toContain("caseId BADC-0001");
    expect(fields).toContain("reason sendMessage:400");
    expect(fields).toContain("event created");
    expect(fields).not.toContain("CARD-NOTE");
    expect(f.posts).toEqual([]);

    expect(await f.dispatcher.repostMissing()).toBe(1);
    expect(await f.dispatcher.repostMissing()).toBe(0);
    expect(f.posts).toEqual(["BADC-0001"]);
    expect((await f.cases.get("BADC-0001"))?.cardMessageId).toBe(100);
  });

  it("does not retry a repost Telegram keeps refusing at every tick", async () => {
    const f = fixture();
    f.failures.push(BAD_CONTENT(), BAD_CONTENT());
    await f.file("BADC-0002");
    await f.dispatcher.pollOnce();
    expect(await f.dispatcher.repostMissing()).toBe(0);
    expect(await f.dead()).toHaveLength(1); // the same reason again: no second letter
    expect(await f.dispatcher.repostMissing()).toBe(0);
    expect(f.failures).toHaveLength(0); // not tried within its pause
    f.time.now += 6_000;
    expect(await f.dispatcher.repostMissing()).toBe(1);
  });

  it("never posts a second card when the tick and the stream both see a case", async () => {
    const f = fixture();
    await f.file("ONCE-0001");
    expect(await f.dispatcher.repostMissing()).toBe(1);
    expect(await f.dispatcher.pollOnce()).toBe(1);
    expect(f.posts).toEqual(["ONCE-0001"]);
  });
});

describe("desk dispatcher: dead letters", () => {
  it("writes one dead letter per case and reason however often a repost is refused, and a new one when the reason changes", async () => {
    const f = fixture();
    await f.file("DEAD-0002");
    f.failures.push(BAD_CONTENT());
    await f.dispatcher.pollOnce();
    for (let i = 0; i < 6; i++) {
      f.failures.push(BAD_CONTENT());
      f.time.now += 10 * 60_000; // past the repost pause
      expect(await f.dispatcher.repostMissing()).toBe(0);
    }
    expect(f.failures).toHaveLength(0);
    expect(await f.dead()).toHaveLength(1);
    const ttl = await f.env.redis.pttl(f.env.keys.deadLetterMark("DEAD-0002"));
    expect(ttl).toBeGreaterThan(RETENTION_MS - 60_000);
    expect(ttl).toBeLessThanOrEqual(RETENTION_MS);

    f.failures.push(telegram(400, "Bad Request: BUTTON_DATA_INVALID", {}, "editMessageText"));
    f.time.now += 10 * 60_000;
    await f.dispatcher.repostMissing();
    const dead = await f.dead();
    expect(dead.map(([, fields]) => fields[fields.indexOf("reason") + 1])).toEqual(["sendMessage:400", "editMessageText:400"]);
  });

  it("writes a letter again after a card went out between two refusals", async () => {
    const f = fixture();
    await f.file("DEAD-0003");
    f.failures.push(BAD_CONTENT());
    await f.dispatcher.pollOnce();
    expect(await f.dispatcher.repostMissing()).toBe(1);
    await f.env.redis.hdel(f.env.keys.caseRecord("DEAD-0003"), "cardMessageId"); // the card is lost again
    f.failures.push(BAD_CONTENT());
    await f.dispatcher.repostMissing();
    expect(await f.dead()).toHaveLength(2);
  });
});

describe("desk dispatcher: a card that was deleted", () => {
  const GONE = () => telegram(400, "Bad Request: message to edit not found", {}, "editMessageText");

  it("forgets the card when Telegram says it is gone, writes no dead letter, and the tick posts it again", async () => {
    const f = fixture();
    await f.file("DELE-0001");
    expect(await f.dispatcher.pollOnce()).toBe(1);
    expect((await f.cases.get("DELE-0001"))?.cardMessageId).toBe(100);
    await f.cases.transition("DELE-0001", "claim", { expectedVersion: 1, actor: "coord" });
    f.failures.push(GONE());
    expect(await f.dispatcher.pollOnce()).toBe(1);
    expect(await f.pending()).toBe(0);
    expect(await f.dead()).toHaveLength(0);
    expect((await f.cases.get("DELE-0001"))?.cardMessageId).toBeUndefined();

    expect(await f.dispatcher.repostMissing()).toBe(1);
    expect(f.posts).toEqual(["DELE-0001", "DELE-0001"]);
    expect((await f.cases.get("DELE-0001"))?.cardMessageId).toBe(101);
  });

  it("forgets a card id only while the record still holds it", async () => {
    const f = fixture();
    await f.file("DELE-0002");
    await f.cases.setCardMessage("DELE-0002", 7);
    // Meanwhile /case posted a new card: the old id no longer names the card.
    await f.cases.setCardMessage("DELE-0002", 8);
    expect(await forgetCardMessage(f.env.redis, f.env.keys, "DELE-0002", 7)).toBe(false);
    expect((await f.cases.get("DELE-0002"))?.cardMessageId).toBe(8);
    expect(await forgetCardMessage(f.env.redis, f.env.keys, "DELE-0002", 8)).toBe(true);
    expect((await f.cases.get("DELE-0002"))?.cardMessageId).toBeUndefined();
    expect(await forgetCardMessage(f.env.redis, f.env.keys, "GONE-9999", 8)).toBe(false);
    expect(await f.env.redis.exists(f.env.keys.caseRecord("GONE-9999"))).toBe(0);
  });
});

describe("desk dispatcher: the post lock", () => {
  it("never deletes a lock another instance took after ours ran out", async () => {
    let lockKey = "";
    let armed = false;
    let tookOver = false;
    const f = fixture({
      // Our lock runs out while the card is posted, and another instance takes it
      // right after the first command about the lock that follows the post.
      wrapRedis: (redis) =>
        new Proxy(redis, {
          get(target, prop, receiver) {
            const value: unknown = Reflect.get(target, prop, receiver);
            if (typeof value !== "function" || !["get", "del", "eval", "evalsha"].includes(String(prop))) {
              return typeof value === "function" ? value.bind(target) : value;
            }
            return async (...args: unknown[]) => {
              const out: unknown = await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
              if (armed && args.includes(lockKey)) {
                armed = false;
                tookOver = true;
                await target.set(lockKey, "desk-other", "PX", 30_000);
              }
              return out;
            };
          },
        }),
    });
    await f.file("LOCK-0001");
    lockKey = f.env.keys.deskPostLock("LOCK-0001");
    armed = true; // nothing before the post touches the lock with these commands
    expect(await f.dispatcher.pollOnce()).toBe(1);
    expect(f.posts).toEqual(["LOCK-0001"]);
    expect(tookOver).toBe(true);
    expect(await f.env.redis.get(lockKey)).toBe("desk-other");
  });
});

describe("refusal kinds", () => {
  it("blames the chat for access, existence, migration, flood, server and network failures, and the card for content", () => {
    expect(refusalKind(KICKED())).toBe("chat");
    expect(refusalKind(telegram(403, "Forbidden: bot is not a member of the supergroup chat"))).toBe("chat");
    expect(refusalKind(telegram(400, "Bad Request: chat not found"))).toBe("chat");
    expect(refusalKind(telegram(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -100 }))).toBe("chat");
    expect(refusalKind(telegram(401, "Unauthorized"))).toBe("chat");
    expect(refusalKind(telegram(429, "Too Many Requests: retry after 5"))).toBe("chat");
    expect(refusalKind(telegram(500, "Internal Server Error"))).toBe("chat");
    expect(refusalKind(new HttpError("Network request failed", new Error("x")))).toBe("chat");
    expect(refusalKind(BAD_CONTENT())).toBe("card");
    expect(refusalKind(telegram(400, "Bad Request: message is too long"))).toBe("card");
    expect(refusalKind(new Error("redis down"))).toBeUndefined();
  });
});

describe("desk dispatcher: a person's later answers", () => {
  it("redraws the card while the group has room, and leaves it for the refresher while new cases need the group", async () => {
    let room = true;
    const f = fixture({ roomForEdit: () => room });
    await f.file("ENRI-0001");
    await f.dispatcher.pollOnce();
    expect(f.posts).toEqual(["ENRI-0001"]);
    await f.cases.enrich("ENRI-0001", minimalCard("ENRI-0001"), "critical");
    await f.dispatcher.pollOnce();
    // Detached housekeeping: the edit leaves on the next turn of the event loop.
    await new Promise((r) => setTimeout(r, 20));
    expect(f.edits).toEqual(["ENRI-0001"]);
    room = false;
    await f.cases.enrich("ENRI-0001", minimalCard("ENRI-0001"), "critical");
    await f.dispatcher.pollOnce();
    await new Promise((r) => setTimeout(r, 20));
    expect(f.edits).toEqual(["ENRI-0001"]);
    expect(await f.pending()).toBe(0);
  });
});
