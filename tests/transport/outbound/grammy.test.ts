import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { createOutboundScheduler } from "../../../src/transport/outbound/index.js";

interface Seen {
  method: string;
  chatId: unknown;
  at: number;
}

/** A Bot API stand-in: the first sendMessage into chat 5 is told to wait a second, everything else succeeds. */
async function fakeBotApi(): Promise<{ server: Server; root: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  let flooded = false;
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const method = req.url!.split("/").pop()!;
      const payload = JSON.parse(body || "{}") as { chat_id?: unknown };
      seen.push({ method, chatId: payload.chat_id, at: Date.now() });
      res.setHeader("content-type", "application/json");
      if (method === "sendMessage" && payload.chat_id === 5 && !flooded) {
        flooded = true;
        res.end(JSON.stringify({ ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }));
        return;
      }
      res.end(JSON.stringify({ ok: true, result: { message_id: seen.length, date: 0, chat: { id: payload.chat_id, type: "private" } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, root: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe("outbound scheduler installed in a real grammY bot", () => {
  it("waits out a 429 itself (auto-retry inside it does not sleep) and gives the caller the message", async () => {
    const api = await fakeBotApi();
    server = api.server;
    const bot = new Bot("123:test", { client: { apiRoot: api.root } });
    const outbound = createOutboundScheduler();
    bot.api.config.use(autoRetry({ maxDelaySeconds: 0, maxRetryAttempts: 3 }));
    bot.api.config.use(outbound.transformer);

    const started = Date.now();
    const flooded = bot.api.sendMessage(5, "hello");
    // Another chat is not held up by chat 5's pause.
    const other = await bot.api.sendMessage(6, "hi");
    expect(other.message_id).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(900);
    // The 429 came back to the scheduler: the call waits in chat 5's queue, not asleep inside auto-retry.
    expect(outbound.pending(5)).toBe(1);
    expect(outbound.budget(5, 500)).toBe(0);

    const message = await flooded;
    expect(message.message_id).toBeGreaterThan(0);
    const intoFive = api.seen.filter((s) => s.chatId === 5);
    expect(intoFive).toHaveLength(2);
    // Exactly one wait of retry_after, by the scheduler (auto-retry would have retried at once or slept 1 s more).
    expect(intoFive[1]!.at - intoFive[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(intoFive[1]!.at - intoFive[0]!.at).toBeLessThan(1900);
    // getMe is not message traffic: it passes straight through.
    await expect(bot.api.getMe()).resolves.toBeDefined();
    await outbound.idle();
    outbound.stop();
  });
});
