import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTranslator } from "../../src/i18n/translator.js";
import { freePort, startEmbeddedRedis, type EmbeddedRedis } from "../../src/redis/embedded.js";
import { randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";

const translator = createTranslator({ localesDir: "locales" });
const dir = mkdtempSync(join(tmpdir(), "beacon-resilience-"));
let redis: EmbeddedRedis | undefined;
let harness: Harness | undefined;

afterAll(async () => {
  await harness?.stop().catch(() => undefined);
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function untilRedisAnswers(h: Harness): Promise<void> {
  const deadline = Date.now() + 15_000;
  while ((await h.redis.ping().catch(() => "")) !== "PONG") {
    if (Date.now() > deadline) throw new Error("Redis did not come back");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function streamCreated(h: Harness): Promise<number> {
  return (await h.redis.xrange(h.keys.casesStream, "-", "+")).filter(([, f]) => f.includes("created")).length;
}

/** A message with this text reached the chat and is no longer in it. */
function sentAndTakenBack(h: Harness, chatId: number, text: string): boolean {
  const sent = h.emulator.calls("sendMessage").filter((c) => c.ok && c.params.chat_id === chatId && c.params.text === text);
  return sent.length === 1 && !h.emulator.messages(chatId).some((m) => m.text === text) && h.emulator.deleted(chatId).length > 0;
}

describe("when Redis goes away", () => {
  it("tells the person calmly in their language (taking it back, untrackable), loses no answer, and files the confirmed case once Redis is back", async () => {
    const port = await freePort();
    redis = await startEmbeddedRedis({ dir, port });
    harness = await startHarness({ redisUrl: redis.url });
    const person = harness.person({ id: randomUserId(), language_code: "zh-CN" });
    await person.send("/start");
    await person.tap("yes");
    await person.tap("none");
    await person.tap("_done");
    await person.tap("skip");
    const country = person.lastQuestion()!;

    await redis.stop();
    await person.press(country.message_id, "p:country:kh");
    // The calm reply goes out in their language, but with Redis down quick exit could not find
    // it later: it is taken back at once rather than left in the chat.
    expect(sentAndTakenBack(harness, person.chat.id, translator.t("zh-Hans", "error-try-again"))).toBe(true);

    redis = await startEmbeddedRedis({ dir, port });
    await untilRedisAnswers(harness);
    // The same question still works: nothing was lost or half-saved.
    await person.press(country.message_id, "p:country:kh");
    expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "p:province:kh_preah_sihanouk")).toBe(true);

    // Now the confirmation itself meets a Redis outage.
    const other = harness.person({ id: randomUserId() });
    await completeTriage(other, { confirm: false });
    const summary = other.lastQuestion()!;
    await redis.stop();
    await other.press(summary.message_id, "c:summary:ok");
    expect(sentAndTakenBack(harness, other.chat.id, translator.t("en", "error-try-again"))).toBe(true);
    redis = await startEmbeddedRedis({ dir, port });
    await untilRedisAnswers(harness);
    expect(await streamCreated(harness)).toBe(0);
    await other.press(summary.message_id, "c:summary:ok");
    expect(await streamCreated(harness)).toBe(1);
    // Filed: the summary turned into the first optional question.
    expect(other.lastQuestion()?.text?.startsWith(translator.t("en", "q-situation"))).toBe(true);
  }, 60_000);
});

describe("when Telegram says 429", () => {
  it("waits retry_after and delivers the question anyway", async () => {
    const h = await startHarness();
    try {
      const person = h.person({ id: randomUserId() });
      const retryAfter = 1;
      h.emulator.failNext("sendMessage", { error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, retry_after: retryAfter }, 2);
      await person.send("/start");
      expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "f:safe_now:yes")).toBe(true);
      const sends = h.emulator.calls("sendMessage").filter((c) => Number(c.params.chat_id) === person.chat.id);
      expect(sends.slice(0, 3).map((c) => c.errorCode ?? "ok")).toEqual([429, 429, "ok"]);
      // Each retry came no sooner than Telegram asked (the emulator stamps each call with its time).
      for (let i = 1; i < 3; i++) expect(sends[i]!.at - sends[i - 1]!.at, `retry ${i} after the 429`).toBeGreaterThanOrEqual(retryAfter * 1000);
      expect(h.logs.filter((l) => l.includes('"update failed"'))).toEqual([]);
    } finally {
      await h.stop();
    }
  }, 30_000);
});
