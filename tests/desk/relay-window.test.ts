import { Context, type Api } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { createPrefsStore } from "../../src/person/prefs.js";
import { isWindowOpen } from "../../src/triage/contact.js";
import { createRelayToDesk } from "../../src/desk/relay-to-desk.js";
import type { BotContext } from "../../src/transport/context.js";
import { translator } from "../helpers/translator.js";
import { testRedis } from "../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());

const T0 = Date.UTC(2025, 0, 1, 12);
const GROUP = -100_123;
const me = { id: 1, is_bot: true, first_name: "Beacon", username: "beacon_bot" } as UserFromGetMe;

/**
 * Issue 13: "only after I write first" opens on a message the person writes
 * to the team after filing, and only then. The relay is the one place that
 * records it; what the window then says decides whether a held reply goes.
 */
describe("the safe-contact window 'only after I write first'", () => {
  it("stays closed until the person writes to the team, then the held reply goes", async () => {
    const person = `p-${T0}`;
    const prefs = createPrefsStore({ redis: env.redis, keys: env.keys, ttlSeconds: 600 });
    const released: Array<number | undefined> = [];
    const api = { sendMessage: async () => ({ message_id: 7 }), deleteMessages: async () => true } as unknown as Api;
    const relay = createRelayToDesk({
      api,
      redis: env.redis,
      keys: env.keys,
      cases: { caseOfPerson: async () => "CASE-0001", get: async () => ({ cardMessageId: 3 }), trackDeskMessage: async () => undefined } as never,
      prefs,
      translator,
      chatId: GROUP,
      t: (key) => key,
      trail: { note: async () => undefined, tidy: async () => 0 },
      // What the real relay checks before sending a held reply.
      deliverHeld: async () => void released.push((await prefs.get(person)).lastInboundAt),
      ackCooldownMs: 60_000,
      clock: () => T0,
    });
    const window = { mode: "when_i_write" } as const;

    // Filed, the person only answered questions: nothing of that counts.
    expect(isWindowOpen(window, T0, (await prefs.get(person)).lastInboundAt)).toBe(false);

    const update = { update_id: 1, message: { message_id: 9, date: T0 / 1000, chat: { id: 42, type: "private", first_name: "P" }, from: { id: 42, is_bot: false, first_name: "P" }, text: "Hello" } } as Update;
    const ctx = Object.assign(new Context(update, api, me), {
      beacon: { logger: createLogger({ level: "silent" }), person, fromDesk: false, locale: "en", firstContact: false },
    }) as unknown as BotContext;
    await relay.middleware()(ctx, async () => undefined);

    expect(released).toEqual([T0]);
    expect(isWindowOpen(window, T0 + 60_000, (await prefs.get(person)).lastInboundAt)).toBe(true);
  });
});
