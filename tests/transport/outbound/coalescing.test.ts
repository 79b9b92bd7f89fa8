import { afterEach, describe, expect, it, vi } from "vitest";
import { BUCKET_SLACK_MS as S } from "../../../src/transport/outbound/burst-limiter.js";
import { PRIORITY, withPriority } from "../../../src/transport/outbound/index.js";
import { badRequest, harness, ok } from "./fake-telegram.js";

afterEach(() => {
  vi.useRealTimers();
});

/** Fills chat 9's private bucket (3 per 3 s), so what comes next waits in the queue. */
async function fill(h: ReturnType<typeof harness>) {
  for (let n = 0; n < 3; n++) void h.call("sendMessage", { chat_id: 9, text: String(n) });
  await h.advance(10);
  h.calls.length = 0;
}

describe("outbound coalescing", () => {
  it("sends the deletes waiting for one chat as one deleteMessages, and every caller hears ok", async () => {
    const h = harness();
    await fill(h);
    h.answerWith(() => ok());
    const waiting = withPriority(PRIORITY.quickExit, () => [
      h.call("deleteMessage", { chat_id: 9, message_id: 11 }),
      h.call("deleteMessages", { chat_id: 9, message_ids: [12, 13] }),
      h.call("deleteMessage", { chat_id: 9, message_id: 11 }),
    ]);
    void h.call("deleteMessage", { chat_id: 10, message_id: 99 }); // another chat: its own call
    await h.advance(5000);
    for (const result of await Promise.all(waiting)) expect(result).toEqual(ok());
    const nine = h.calls.filter((c) => c.payload.chat_id === 9);
    expect(nine).toEqual([{ method: "deleteMessages", payload: { chat_id: 9, message_ids: [11, 12, 13] }, at: 1000 + S }]);
    expect(h.calls.filter((c) => c.payload.chat_id === 10)).toHaveLength(1);
  });

  it("never puts more than 100 ids in one deleteMessages", async () => {
    const h = harness();
    await fill(h);
    const ids = Array.from({ length: 150 }, (_, n) => n + 1);
    const waiting = withPriority(0, () => ids.map((id) => h.call("deleteMessage", { chat_id: 9, message_id: id })));
    await h.advance(5000);
    await Promise.all(waiting);
    const batches = h.calls.map((c) => c.payload.message_ids as number[]);
    expect(batches.map((b) => b.length)).toEqual([100, 50]);
    expect(batches.flat()).toEqual(ids);
  });

  it("sends a single delete as it was asked for when nothing joined it", async () => {
    const h = harness();
    const done = withPriority(0, () => h.call("deleteMessage", { chat_id: 9, message_id: 5 }));
    await h.advance(10);
    await done;
    expect(h.calls).toEqual([{ method: "deleteMessage", payload: { chat_id: 9, message_id: 5 }, at: 0 }]);
  });

  it("sends only the last of repeated edits of one message; earlier callers get its result", async () => {
    const h = harness();
    await fill(h);
    h.answerWith((call) => ok({ message_id: call.payload.message_id, text: call.payload.text }));
    const edits = ["v1", "v2", "v3"].map((text) => h.call("editMessageText", { chat_id: 9, message_id: 50, text }));
    const otherMessage = h.call("editMessageText", { chat_id: 9, message_id: 51, text: "other" });
    await h.advance(5000);
    const results = await Promise.all(edits);
    expect(h.calls.map((c) => [c.payload.message_id, c.payload.text])).toEqual([[50, "v3"], [51, "other"]]);
    for (const result of results) expect(result).toEqual(ok({ message_id: 50, text: "v3" }));
    await otherMessage;
  });

  it("gives every coalesced caller the last edit's refusal", async () => {
    const h = harness();
    await fill(h);
    const gone = badRequest("Bad Request: message to edit not found");
    h.answerWith(() => gone);
    const edits = [1, 2].map(() => h.call("editMessageReplyMarkup", { chat_id: 9, message_id: 50, reply_markup: {} }));
    await h.advance(5000);
    expect(await Promise.all(edits)).toEqual([gone, gone]);
    expect(h.calls).toHaveLength(1);
  });

  it("does not let a keyboard edit replace a waiting text edit", async () => {
    const h = harness();
    await fill(h);
    void h.call("editMessageText", { chat_id: 9, message_id: 50, text: "new text" });
    void h.call("editMessageReplyMarkup", { chat_id: 9, message_id: 50, reply_markup: { inline_keyboard: [] } });
    await h.advance(5000);
    expect(h.calls.map((c) => c.method)).toEqual(["editMessageText", "editMessageReplyMarkup"]);
  });

  it("does not touch an edit already in flight", async () => {
    const h = harness();
    let release!: () => void;
    h.answerWith((call) => (call.payload.text === "v1" ? new Promise((resolve) => (release = () => resolve(ok()))) : ok()));
    const first = h.call("editMessageText", { chat_id: 9, message_id: 50, text: "v1" });
    await h.advance(10);
    const second = h.call("editMessageText", { chat_id: 9, message_id: 50, text: "v2" });
    await h.advance(10);
    release();
    await h.advance(10);
    await Promise.all([first, second]);
    expect(h.calls.map((c) => c.payload.text)).toEqual(["v1", "v2"]);
  });
});
