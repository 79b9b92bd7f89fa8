import { afterAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createLogger } from "../../../src/logger.js";
import { DELETE_WINDOW_MS } from "../../../src/person/delete-window.js";
import { createMessageTracker } from "../../../src/person/message-tracker.js";
import { createQuickExit, QuickExitError } from "../../../src/bot/features/quick-exit.js";
import { testRedis } from "../../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());

const T0 = Date.UTC(2025, 0, 1);
const logger = createLogger({ level: "silent" });
const newPerson = () => `p-${randomBytes(6).toString("hex")}`;

/** A quick exit on the real tracker; `refuse` decides which delete batches Telegram refuses. */
function setup(options: { refuse?: (ids: number[]) => boolean; forget?: () => Promise<void>; now?: number } = {}) {
  const tracker = createMessageTracker({ redis: env.redis, keys: env.keys });
  const asked: number[][] = [];
  const deleted: number[] = [];
  const forgotten: string[] = [];
  const quickExit = createQuickExit({
    tracker,
    deleteMessages: async (_chatId, ids) => {
      asked.push(ids);
      if (options.refuse?.(ids)) throw new Error("Bad Request: message can't be deleted");
      deleted.push(...ids);
    },
    forgetConversation: options.forget ?? (async (person) => void forgotten.push(person)),
    clock: () => options.now ?? T0,
    logger,
  });
  return { tracker, quickExit, asked, deleted, forgotten };
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("quick exit", () => {
  it("keeps the ids of a refused batch tracked, so the next exit deletes them", async () => {
    const person = newPerson();
    let refuseOnce = true;
    const { tracker, quickExit, deleted } = setup({
      refuse: (ids) => {
        const refuse = refuseOnce && ids.includes(150);
        if (refuse) refuseOnce = false;
        return refuse;
      },
    });
    await tracker.track(person, range(1, 250), T0);
    expect(await quickExit.wipe(1, person)).toEqual({ deleted: 150, failed: 100 });
    expect(await tracker.list(person, T0)).toEqual(range(101, 200));
    expect(await quickExit.wipe(1, person)).toEqual({ deleted: 100, failed: 0 });
    expect(deleted.sort((a, b) => a - b)).toEqual(range(1, 250));
    expect(await tracker.list(person, T0)).toEqual([]);
  });

  it("deletes even when clearing the conversation fails, and does not throw", async () => {
    const person = newPerson();
    const { tracker, quickExit, deleted } = setup({
      forget: async () => {
        throw new Error("Connection is closed.");
      },
    });
    await tracker.track(person, [1, 2, 3], T0);
    expect(await quickExit.wipe(1, person)).toEqual({ deleted: 3, failed: 0 });
    expect(deleted).toEqual([1, 2, 3]);
    expect(await tracker.list(person, T0)).toEqual([]);
  });

  it("forgets ids past the 48 h window without asking Telegram for them", async () => {
    const person = newPerson();
    const now = T0 + DELETE_WINDOW_MS + 3600_000;
    const { tracker, quickExit, asked, forgotten } = setup({ now });
    await tracker.track(person, [1, 2], T0);
    await tracker.track(person, [3], now - 60_000);
    await quickExit.wipe(1, person);
    expect(asked).toEqual([[3]]);
    expect(await env.redis.zcard(env.keys.chatMessages(person))).toBe(0);
    expect(forgotten).toEqual([person]);
  });

  it("fails with a typed error, cause kept, when the ids cannot be read", async () => {
    const broken = createMessageTracker({ redis: env.redis, keys: env.keys });
    broken.list = async () => {
      throw new Error("Connection is closed.");
    };
    const quickExit = createQuickExit({ tracker: broken, deleteMessages: async () => undefined, forgetConversation: async () => undefined, clock: () => T0, logger });
    const failure = await quickExit.wipe(1, newPerson()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(QuickExitError);
    expect((failure as QuickExitError).cause).toBeInstanceOf(Error);
  });
});

describe("quick exit tells the team", () => {
  it("after the wipe, and a failure to tell them does not fail the exit", async () => {
    const person = newPerson();
    const tracker = createMessageTracker({ redis: env.redis, keys: env.keys });
    await tracker.track(person, [1], T0);
    const order: string[] = [];
    const quickExit = createQuickExit({
      tracker,
      deleteMessages: async () => void order.push("delete"),
      forgetConversation: async () => void order.push("forget"),
      clock: () => T0,
      logger,
      onWiped: async (p) => {
        order.push(`told ${p === person}`);
        throw new Error("coordinators' chat unreachable");
      },
    });
    expect(await quickExit.wipe(1, person)).toEqual({ deleted: 1, failed: 0 });
    expect(order).toEqual(["delete", "forget", "told true"]);
  });
});
