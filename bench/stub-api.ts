import type { InlineKeyboardMarkup } from "grammy/types";

/** The last keyboard message a simulated person sees. */
export interface Question {
  messageId: number;
  data: string[];
}

/**
 * An in-process Bot API for the benchmark: grammY's `client.fetch` is pointed
 * at it, so no HTTP runs and both the flow bot and the bare bot pay the same
 * (small) price per call. It remembers each chat's latest keyboard so the
 * simulated people can answer.
 */
export function createStubApi() {
  let nextMessageId = 1;
  let calls = 0;
  const questions = new Map<number, Question>();
  const keyboardData = (markup: unknown): string[] =>
    ((markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat().flatMap((b) => ("callback_data" in b ? [b.callback_data] : []));

  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    calls++;
    const url = String(input instanceof Request ? input.url : input);
    const method = url.slice(url.lastIndexOf("/") + 1);
    const params = (typeof init?.body === "string" ? JSON.parse(init.body) : {}) as Record<string, unknown>;
    const chatId = Number(params.chat_id);
    let result: unknown = true;
    if (method === "getMe") {
      result = { id: 1, is_bot: true, first_name: "Bench", username: "bench_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };
    } else if (method === "sendMessage" || method === "sendLocation") {
      const messageId = nextMessageId++;
      const data = keyboardData(params.reply_markup);
      if (data.length) questions.set(chatId, { messageId, data });
      result = { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatId < 0 ? "supergroup" : "private" }, text: params.text };
    } else if (method === "editMessageReplyMarkup" || method === "editMessageText") {
      const data = keyboardData(params.reply_markup);
      const current = questions.get(chatId);
      if (current && current.messageId === Number(params.message_id)) questions.set(chatId, { messageId: current.messageId, data });
      result = { message_id: Number(params.message_id), date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private" }, text: params.text ?? "" };
    }
    return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
  };
  return { fetch: fetch as typeof globalThis.fetch, question: (chatId: number) => questions.get(chatId), calls: () => calls };
}
