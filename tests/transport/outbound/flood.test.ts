import { HttpError } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { badRequest, flood, harness, ok } from "./fake-telegram.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("outbound 429 handling", () => {
  it("pauses only the chat that got a 429, for exactly retry_after, and sends nothing into it before", async () => {
    const h = harness();
    let flooded = false;
    h.answerWith((call) => {
      if (call.payload.chat_id === 9 && !flooded) {
        flooded = true;
        return flood(7);
      }
      return ok({ message_id: 1 });
    });
    const first = h.call("sendMessage", { chat_id: 9, text: "a" });
    const second = h.call("sendMessage", { chat_id: 9, text: "b" });
    await h.advance(10);
    // Another chat goes on as if nothing happened.
    const other = h.call("sendMessage", { chat_id: 10, text: "c" });
    await h.advance(10);
    await expect(other).resolves.toMatchObject({ ok: true });
    await h.advance(7000 - 21);
    expect(h.calls.filter((c) => c.payload.chat_id === 9).map((c) => c.at)).toEqual([0]);
    await h.advance(1);
    // The call turned away goes first, at exactly 7 s; the caller never saw the 429.
    expect(h.calls.filter((c) => c.payload.chat_id === 9).map((c) => [c.payload.text, c.at])).toEqual([["a", 0], ["a", 7000], ["b", 7000]]);
    await expect(first).resolves.toEqual(ok({ message_id: 1 }));
    await expect(second).resolves.toEqual(ok({ message_id: 1 }));
  });

  it("keeps a chat closed through repeated 429s until Telegram lets the call through", async () => {
    const h = harness();
    let floods = 3;
    h.answerWith(() => (floods-- > 0 ? flood(2) : ok()));
    const done = h.call("deleteMessage", { chat_id: 9, message_id: 4 });
    await h.advance(60_000);
    await expect(done).resolves.toEqual(ok());
    expect(h.calls.map((c) => c.at)).toEqual([0, 2000, 4000, 6000]);
  });

  it("returns a 400 to its caller as it came", async () => {
    const h = harness();
    const refused = badRequest("Bad Request: message text is empty");
    h.answerWith(() => refused);
    const sent = h.call("sendMessage", { chat_id: 9, text: "" });
    await h.advance(10);
    await expect(sent).resolves.toBe(refused);
    expect(h.calls).toHaveLength(1);
  });

  it("rejects with what the layer below threw (auto-retry's HttpError after it gave up)", async () => {
    const h = harness();
    const network = new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET"));
    h.answerWith(() => Promise.reject(network));
    const sent = h.call("sendMessage", { chat_id: 9, text: "x" });
    const caught = sent.catch((error: unknown) => error);
    await h.advance(10);
    expect(await caught).toBe(network);
    // The chat is not stuck behind the failure.
    h.answerWith(() => ok());
    const next = h.call("sendMessage", { chat_id: 9, text: "y" });
    await h.advance(10);
    await expect(next).resolves.toEqual(ok());
  });
});
