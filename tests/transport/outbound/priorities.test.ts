import { afterEach, describe, expect, it, vi } from "vitest";
import { PRIORITY, withPriority, OutboundPriorityError } from "../../../src/transport/outbound/index.js";
import { harness } from "./fake-telegram.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("outbound priorities", () => {
  it("sends a quick-exit delete enqueued last before the waiting cards and relays", async () => {
    const h = harness({ limits: { globalPerSecond: 1 } });
    // The first call takes the only global token of this second; the rest queue behind it.
    const first = h.call("sendMessage", { chat_id: -100, text: "card 0" });
    await h.advance(0);
    const cards = [1, 2, 3].map((n) => h.call("sendMessage", { chat_id: -100 - n, text: `card ${n}` }));
    const relay = h.call("sendMessage", { chat_id: 42, text: "relay" });
    const exit = withPriority(PRIORITY.quickExit, () => h.call("deleteMessages", { chat_id: 7, message_ids: [1, 2] }));
    await h.advance(10_000);
    await Promise.all([first, ...cards, relay, exit]);
    expect(h.calls.map((c) => c.method)[1]).toBe("deleteMessages");
    // Then the waiting person (1), then the group cards (3) in the order they came.
    expect(h.chats()).toEqual([-100, 7, 42, -101, -102, -103]);
  });

  it("sends a call marked ahead before the other chats' calls of its priority, never before a more urgent one", async () => {
    const h = harness({ limits: { globalPerSecond: 1 } });
    const first = h.call("sendMessage", { chat_id: 1, text: "q0" });
    await h.advance(0);
    // Ten people wait for their next question (1); the digest joins them last, marked ahead; then an exit (0).
    const questions = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((chat) => h.call("sendMessage", { chat_id: chat, text: "next question" }));
    const digest = withPriority(PRIORITY.waiting, () => h.call("sendMessage", { chat_id: -100, text: "digest" }), { ahead: true });
    const exit = withPriority(PRIORITY.quickExit, () => h.call("deleteMessages", { chat_id: 50, message_ids: [1] }), { detached: false });
    await h.advance(20_000);
    await Promise.all([first, ...questions, digest, exit]);
    expect(h.chats().slice(0, 4)).toEqual([1, 50, -100, 2]);
  });

  it("classifies by method and chat when no scope says otherwise", async () => {
    const h = harness({ limits: { globalPerSecond: 1 } });
    const blocker = h.call("sendMessage", { chat_id: 1, text: "x" });
    const groupEdit = h.call("editMessageText", { chat_id: -5, message_id: 1, text: "edited card" }); // 4
    const groupSend = h.call("sendMessage", { chat_id: -6, text: "card" }); // 3
    const tap = h.call("answerCallbackQuery", { callback_query_id: "q" }); // not message traffic: at once
    await h.advance(10_000);
    await Promise.all([blocker, groupEdit, groupSend, tap]);
    // The tap's answer passes at once (no message: not limited); then the group send (3) before the group edit (4).
    expect(h.calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage", "sendMessage", "editMessageText"]);
  });

  it("lets calls that are not message traffic pass straight through, unqueued and untouched", async () => {
    const h = harness({ limits: { globalPerSecond: 1 } });
    void h.call("sendMessage", { chat_id: 1, text: "x" });
    void h.call("sendMessage", { chat_id: 2, text: "y" }); // waits for the next second
    const payload = { offset: 5 };
    const updates = h.call("getUpdates", payload);
    // No fake-clock time passes: a queued call would still be waiting.
    await expect(updates).resolves.toMatchObject({ ok: true });
    expect(h.calls.find((c) => c.method === "getUpdates")?.payload).toBe(payload);
    expect(h.outbound.pending()).toBe(1);
  });

  it("keeps FIFO within one priority of one chat", async () => {
    const h = harness();
    const sent = [1, 2, 3, 4, 5].map((n) => h.call("sendMessage", { chat_id: 9, text: String(n) }));
    await h.advance(10_000);
    await Promise.all(sent);
    expect(h.calls.map((c) => c.payload.text)).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("refuses a priority outside 0-4 with a typed error", () => {
    expect(() => withPriority(5 as never, () => undefined)).toThrow(OutboundPriorityError);
    try {
      withPriority(-1 as never, () => undefined);
    } catch (error) {
      expect((error as OutboundPriorityError).code).toBe("outbound_bad_priority");
    }
  });
});
