import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaseRecord } from "../../src/cases/types.js";
import { createDigestStore, type DigestStore } from "../../src/desk/digest-store.js";
import { createDigestWriter } from "../../src/desk/digest-writer.js";
import { createLogger } from "../../src/logger.js";
import type { TriageCard } from "../../src/triage/card.js";
import { MAX_MESSAGE_CHARS } from "../../src/triage/render.js";
import { testRedis } from "../helpers/redis.js";
import { translator } from "../helpers/translator.js";
import { minimalCard, triageBundle } from "./support.js";

const CHAT = -100123;
const NOW = Date.UTC(2026, 0, 1, 12);
const bundle = triageBundle();

let t: ReturnType<typeof testRedis>;
beforeEach(() => void (t = testRedis()));
afterEach(async () => t.close());

function setup(count: number) {
  const records = new Map<string, CaseRecord<TriageCard>>();
  const ids = Array.from({ length: count }, (_, i) => `DGST-${String(i + 1).padStart(4, "0")}`);
  for (const [i, id] of ids.entries()) {
    const card = minimalCard(id, { tier: "normal", flow: { id: "triage", hash: bundle.hash }, reasons: ["passport_taken", "restrained", "hurt_now"], flags: ["passport_taken", "restrained", "hurt_now"] });
    records.set(id, { id, status: "open", tier: "normal", version: 1, createdAt: NOW - (count - i) * 1000, updatedAt: NOW, card });
  }
  const calls: { method: "send" | "edit"; messageId?: number; text: string }[] = [];
  let nextId = 500;
  const store: DigestStore = createDigestStore(t.redis, t.keys);
  let token = 0;
  const writer = createDigestWriter({
    api: {
      sendMessage: (async (_chat: number, text: string) => {
        calls.push({ method: "send", text });
        return { message_id: nextId++ };
      }) as never,
      editMessageText: (async (_chat: number, messageId: number, text: string) => {
        calls.push({ method: "edit", messageId, text });
        return true;
      }) as never,
    },
    chatId: CHAT,
    cases: { get: async (id: string) => records.get(id) },
    store,
    tokens: { issue: async () => `d:${++token}` },
    translator,
    locale: "en",
    flows: { byHash: async () => bundle, current: () => bundle },
    clock: () => NOW,
    logger: createLogger({ level: "silent" }),
    holder: "test",
  });
  return { ids, records, calls, store, writer };
}

describe("digest writer", () => {
  it("puts new cases on a message of their own when the current one has no room for all of them, in one call", async () => {
    const { ids, calls, store, writer } = setup(110);
    // The first 90 fill most of a message.
    for (const id of ids.slice(0, 90)) await store.hold(id, "normal", 0);
    expect(await writer.pass()).toBe("called");
    expect(calls.at(-1)?.method).toBe("send");
    // 20 more arrive in one interval: more than the current message has room for.
    for (const id of ids.slice(90)) await store.hold(id, "normal", 0);
    expect(await writer.pass()).toBe("called");
    const last = calls.at(-1)!;
    expect(last.method).toBe("send");
    for (const id of ids.slice(90)) expect(last.text).toContain(id);
    expect(last.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(calls).toHaveLength(2);
  });

  it("adds to the current message when all new cases fit there", async () => {
    const { ids, calls, store, writer } = setup(6);
    for (const id of ids.slice(0, 3)) await store.hold(id, "normal", 0);
    await writer.pass();
    for (const id of ids.slice(3)) await store.hold(id, "normal", 0);
    await writer.pass();
    const last = calls.at(-1)!;
    expect(last).toMatchObject({ method: "edit", messageId: 500 });
    for (const id of ids) expect(last.text).toContain(id);
  });
});
