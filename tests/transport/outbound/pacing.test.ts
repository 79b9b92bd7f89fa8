import { afterEach, describe, expect, it, vi } from "vitest";
import { BUCKET_SLACK_MS as S } from "../../../src/transport/outbound/burst-limiter.js";
import { harness } from "./fake-telegram.js";

afterEach(() => {
  vi.useRealTimers();
});

const atOf = (h: ReturnType<typeof harness>) => h.calls.map((c) => c.at);

describe("outbound pacing", () => {
  it("lets a burst of three into a private chat and holds the fourth", async () => {
    const h = harness();
    const sent = [1, 2, 3, 4, 5].map((n) => h.call("sendMessage", { chat_id: 9, text: String(n) }));
    await h.advance(999);
    expect(h.calls).toHaveLength(3);
    await h.advance(10_000);
    await Promise.all(sent);
    // A bucket of 3 refilled at 1/s, as Telegram shapes a private chat: the burst, then one a second.
    expect(atOf(h)).toEqual([0, 0, 0, 1000 + S, 2000 + S]);
  });

  it("counts a chat's call from its answer, so a call that reached Telegram late cannot make the next window early", async () => {
    const h = harness();
    // Every answer takes 400 ms: a call may reach Telegram any time before it.
    h.answerWith(() => new Promise((resolve) => setTimeout(() => resolve({ ok: true, result: { message_id: 1 } }), 400)));
    const sent = [1, 2, 3, 4].map((n) => h.call("sendMessage", { chat_id: 9, text: String(n) }));
    await h.advance(10_000);
    await Promise.all(sent);
    // One at a time in the chat; the fourth a second after the first one's answer (400 + 1000), not its send (0 + 1000).
    expect(atOf(h)).toEqual([0, 400, 800, 1400 + S]);
  });

  it("sends at most 19 a minute into a group, in any minute", async () => {
    const h = harness();
    const sent = Array.from({ length: 25 }, (_, n) => h.call("sendMessage", { chat_id: -100, text: String(n) }));
    await h.advance(59_999);
    expect(h.calls).toHaveLength(19);
    await h.advance(1);
    expect(h.calls).toHaveLength(25);
    await Promise.all(sent);
  });

  it("keeps the whole bot under the global limit across many chats", async () => {
    const h = harness();
    const sent = Array.from({ length: 60 }, (_, n) => h.call("sendMessage", { chat_id: 1000 + n, text: "hi" }));
    await h.advance(999);
    expect(h.calls).toHaveLength(28);
    await h.advance(1);
    expect(h.calls).toHaveLength(56);
    await h.advance(1000);
    expect(h.calls).toHaveLength(60);
    await Promise.all(sent);
  });

  it("does not let a chat with an empty bucket hold up other chats", async () => {
    const h = harness();
    for (let n = 0; n < 10; n++) void h.call("sendMessage", { chat_id: 5, text: String(n) });
    await h.advance(100);
    const other = h.call("sendMessage", { chat_id: 6, text: "other" });
    await h.advance(1);
    await other;
    expect(h.calls.at(-1)?.payload.chat_id).toBe(6);
    expect(h.calls.at(-1)?.at).toBeLessThan(200);
  });

  it("reports a chat's budget: its limit over the window, minus what already waits", async () => {
    const h = harness();
    expect(h.outbound.budget(9, 1)).toBe(3);
    expect(h.outbound.budget(-100, 60_000)).toBe(19);
    expect(h.outbound.budget(-100, 120_000)).toBe(38);
    for (let n = 0; n < 20; n++) void h.call("sendMessage", { chat_id: -100, text: String(n) });
    await h.advance(10);
    // 19 went, 1 waits; nothing more before the first token returns at 60 s.
    expect(h.outbound.pending(-100)).toBe(1);
    expect(h.outbound.budget(-100, 30_000)).toBe(0);
    expect(h.outbound.budget(-100, 60_000)).toBe(18);
  });
});
