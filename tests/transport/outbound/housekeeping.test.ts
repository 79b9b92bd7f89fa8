import { afterEach, describe, expect, it, vi } from "vitest";
import { BUCKET_SLACK_MS as S } from "../../../src/transport/outbound/burst-limiter.js";
import type { BackgroundFailure } from "../../../src/transport/outbound/index.js";
import { OutboundStoppedError, withPriority } from "../../../src/transport/outbound/index.js";
import { badRequest, harness } from "./fake-telegram.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("outbound housekeeping (fire-and-forget)", () => {
  it("answers a discreet delete at once and sends it later, behind the person's next question", async () => {
    const h = harness();
    for (let n = 0; n < 3; n++) void h.call("sendMessage", { chat_id: 9, text: String(n) });
    await h.advance(10);
    const tidy = h.call("deleteMessages", { chat_id: 9, message_ids: [1, 2] });
    // Resolved without the fake clock moving past the chat's limit.
    await expect(tidy).resolves.toEqual({ ok: true, result: true });
    const question = h.call("sendMessage", { chat_id: 9, text: "next question" });
    expect(h.outbound.pending(9)).toBe(2);
    await h.advance(5000);
    await question;
    expect(h.calls.slice(3).map((c) => c.method)).toEqual(["sendMessage", "deleteMessages"]);
  });

  it("sends a person's tidy only while a token stays free for their next answer, which then goes at once", async () => {
    const h = harness();
    for (let n = 0; n < 2; n++) void h.call("sendMessage", { chat_id: 9, text: String(n) });
    await h.advance(10);
    // One token left: the tidy waits for a second one to come back (1 s + slack).
    void h.call("deleteMessages", { chat_id: 9, message_ids: [1] });
    await h.advance(500);
    expect(h.calls.map((c) => c.method)).toEqual(["sendMessage", "sendMessage"]);
    // The person answered: their next question takes the token at once, the tidy still waits.
    const question = h.call("sendMessage", { chat_id: 9, text: "next question" });
    await h.advance(1);
    await question;
    expect(h.calls.at(-1)?.payload.text).toBe("next question");
    await h.advance(5000);
    expect(h.calls.map((c) => c.method)).toEqual(["sendMessage", "sendMessage", "sendMessage", "deleteMessages"]);
    // A group's housekeeping keeps nothing back (no person waits there).
    const g = harness();
    for (let n = 0; n < 18; n++) void g.call("sendMessage", { chat_id: -100, text: String(n) });
    await g.advance(10);
    void g.call("deleteMessages", { chat_id: -100, message_ids: [1] });
    await g.advance(10);
    expect(g.calls.at(-1)?.method).toBe("deleteMessages");
  });

  it("keeps the person's token for 5 s at most: a person answering fast still has their screen tidied", async () => {
    const h = harness();
    for (let n = 0; n < 3; n++) void h.call("sendMessage", { chat_id: 9, text: "burst" });
    await h.advance(10);
    void h.call("deleteMessages", { chat_id: 9, message_ids: [1] });
    // The person keeps the chat busy: a question every 1.3 s, so no second token is ever spare.
    for (let n = 0; n < 12; n++) {
      void h.call("sendMessage", { chat_id: 9, text: String(n) });
      await h.advance(1300);
    }
    const tidied = h.calls.findIndex((c) => c.method === "deleteMessages");
    expect(tidied).toBeGreaterThan(3);
    // Not at once (no token to spare), and not after the person stopped: once it had waited 5 s.
    expect(h.calls[tidied]!.at).toBeGreaterThanOrEqual(5000);
    expect(h.calls[tidied]!.at).toBeLessThanOrEqual(5010 + 1300 + S);
  });

  it("keeps priority-4 edits awaited by default (callers read their errors) and detaches them on request", async () => {
    const h = harness();
    const gone = badRequest("Bad Request: message to edit not found");
    h.answerWith(() => gone);
    const awaited = h.call("editMessageText", { chat_id: -100, message_id: 3, text: "card" });
    const detached = withPriority(4, () => h.call("editMessageText", { chat_id: -100, message_id: 4, text: "age" }), { detached: true });
    await expect(detached).resolves.toEqual({ ok: true, result: true });
    await h.advance(10);
    await expect(awaited).resolves.toBe(gone);
  });

  it("logs and reports a failed background call by method and code, with the ids for re-tracking", async () => {
    const failures: BackgroundFailure[] = [];
    const warn = vi.fn();
    const logger = { warn, debug: vi.fn(), info: vi.fn() } as never;
    const h = harness({ logger, onBackgroundFailure: (f) => failures.push(f) });
    h.answerWith(() => badRequest("Bad Request: chat not found"));
    await h.call("deleteMessages", { chat_id: 9, message_ids: [7, 8] });
    await h.advance(10);
    expect(failures).toEqual([expect.objectContaining({ method: "deleteMessages", chatId: 9, messageIds: [7, 8], code: 400 })]);
    const logged = warn.mock.calls.map((args) => JSON.stringify(args));
    expect(logged.some((line) => line.includes("deleteMessages") && line.includes("400"))).toBe(true);
    // Never the chat, the ids or Telegram's description.
    expect(logged.join(" ")).not.toMatch(/chat not found|"chatId"|\[7,8\]/);
  });
});

describe("outbound stop", () => {
  it("drops what waits: awaited callers are rejected, fire-and-forget ones reported; nothing is sent after", async () => {
    const failures: BackgroundFailure[] = [];
    const h = harness({ onBackgroundFailure: (f) => failures.push(f) });
    for (let n = 0; n < 3; n++) void h.call("sendMessage", { chat_id: 9, text: String(n) });
    await h.advance(10);
    const waiting = h.call("sendMessage", { chat_id: 9, text: "too late" });
    const caught = waiting.catch((error: unknown) => error);
    await h.call("deleteMessage", { chat_id: 9, message_id: 1 });
    expect(h.outbound.stop()).toBe(2);
    const error = await caught;
    expect(error).toBeInstanceOf(OutboundStoppedError);
    expect((error as OutboundStoppedError).code).toBe("outbound_stopped");
    expect(failures.map((f) => [f.method, f.error instanceof OutboundStoppedError])).toEqual([["deleteMessage", true]]);
    await h.advance(60_000);
    expect(h.calls).toHaveLength(3);
    await h.outbound.idle();
    // Message traffic is refused from now on; other methods still pass.
    await expect(h.call("sendMessage", { chat_id: 9, text: "x" })).rejects.toBeInstanceOf(OutboundStoppedError);
    await expect(h.call("getMe")).resolves.toMatchObject({ ok: true });
  });

  it("resolves idle() once the queue has drained", async () => {
    const h = harness();
    for (let n = 0; n < 5; n++) void h.call("sendMessage", { chat_id: 9, text: String(n) });
    let idle = false;
    void h.outbound.idle().then(() => (idle = true));
    // The chat's burst of 3 at once, then one a second: the fifth leaves at 2 s.
    await h.advance(1999 + S);
    expect(idle).toBe(false);
    await h.advance(1);
    expect(idle).toBe(true);
    expect(h.outbound.pending()).toBe(0);
    expect(h.outbound.stop()).toBe(0);
  });
});
