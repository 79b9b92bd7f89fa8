import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { deleteInBatches, isMessageDeleted, isNotModified } from "../../src/transport/telegram-errors.js";

const telegram = (code: number, description: string, method = "editMessageText") =>
  new GrammyError(`Call to '${method}' failed! (${code}: ${description})`, { ok: false, error_code: code, description }, method, {});

describe("Telegram's answers", () => {
  it("tells a deleted message from one that only cannot change", () => {
    expect(isMessageDeleted(telegram(400, "Bad Request: message to edit not found"))).toBe(true);
    expect(isMessageDeleted(telegram(400, "Bad Request: message to delete not found", "deleteMessage"))).toBe(true);
    expect(isMessageDeleted(telegram(400, "Bad Request: MESSAGE_ID_INVALID"))).toBe(true);
    expect(isMessageDeleted(telegram(400, "Bad Request: message can't be edited"))).toBe(false);
    expect(isMessageDeleted(telegram(400, "Bad Request: message is not modified: specified new message content"))).toBe(false);
    expect(isMessageDeleted(new Error("message to edit not found"))).toBe(false);
    expect(isNotModified(telegram(400, "Bad Request: message is not modified: specified new message content"))).toBe(true);
    expect(isNotModified(telegram(400, "Bad Request: message to edit not found"))).toBe(false);
  });

  it("deletes in calls of 100 ids, going on past a failed call and reporting it", async () => {
    const ids = Array.from({ length: 250 }, (_, i) => i + 1);
    const calls: number[][] = [];
    const failed: number[][] = [];
    const deleted = await deleteInBatches(
      async (batch) => {
        calls.push(batch);
        if (batch[0] === 101) throw new Error("flood");
      },
      ids,
      (_error, batch) => failed.push([...batch]),
    );
    expect(calls.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(failed).toEqual([ids.slice(100, 200)]);
    expect(deleted).toEqual([...ids.slice(0, 100), ...ids.slice(200)]);
  });
});
