import type { Update } from "grammy/types";
import { freePort } from "../../src/redis/embedded.js";

/** The secret a harness started with `webhook: true` expects in `x-telegram-bot-api-secret-token`. */
export const WEBHOOK_SECRET = "webhook-secret-for-tests-0123456789";

/** Settings for webhook mode on a free local port, and the URL the app then serves updates at. */
export async function webhookEnv(): Promise<{ url: string; env: Record<string, string> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/telegram`;
  return { url, env: { WEBHOOK_URL: url, WEBHOOK_SECRET, PORT: String(port) } };
}

/** A private-chat text update from `userId`, as Telegram would post it to the webhook. */
export function textUpdate(updateId: number, userId: number, text: string): Update {
  return {
    update_id: updateId,
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Web" },
      from: { id: userId, is_bot: false, first_name: "Web", language_code: "en" },
      text,
      entities: text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.length }] : undefined,
    },
  };
}
