import { afterEach, describe, expect, it, vi } from "vitest";
import { harness } from "./fake-telegram.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("outbound fairness", () => {
  it("serves 50 chats at one priority round-robin: every chat is served before any chat gets a third", async () => {
    const h = harness();
    // Chat by chat, each enqueues five: FIFO by enqueue time would give the first chats their whole bursts first.
    const sent: Array<Promise<unknown>> = [];
    for (let chat = 1; chat <= 50; chat++) {
      for (let n = 0; n < 5; n++) sent.push(h.call("sendMessage", { chat_id: chat, text: String(n) }));
    }
    await h.advance(999);
    // 28 calls went in the first second, to 28 different chats.
    expect(new Set(h.chats()).size).toBe(28);
    await h.advance(1001);
    const firstHundred = h.chats().slice(0, 100);
    const counts = new Map<unknown, number>();
    for (const chat of firstHundred) counts.set(chat, (counts.get(chat) ?? 0) + 1);
    expect(counts.size).toBe(50);
    expect(Math.max(...counts.values())).toBe(2);
    await h.advance(60_000);
    await Promise.all(sent);
    expect(h.calls).toHaveLength(250);
  });
});
