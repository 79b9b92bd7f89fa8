import { GrammyError, InlineKeyboard, type Api } from "grammy";
import type { Button, Output, Text } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import { isNotModified } from "../transport/telegram-errors.js";
import { encodePress } from "./flow/callback-codec.js";

/** Telegram's limit for one message; longer texts are split at line breaks. */
export const MAX_MESSAGE_LENGTH = 4096;

export interface Presenter {
  /** Renders one Text in a locale. */
  text(locale: string, text: Text): string;
  /** Sends the engine's outputs to a person's chat; returns the id of the question shown, if any. */
  present(
    chatId: number,
    locale: string,
    outputs: readonly Output[],
    shownMessageId: number | undefined,
    extraLines?: string[],
    options?: PresentOptions,
  ): Promise<{ askedMessageId?: number; sentMessageIds: number[]; adoptedMessageId?: number }>;
  /** Sends a plain localized notice. */
  notice(chatId: number, locale: string, key: string, args?: Record<string, string | number>): Promise<number>;
}

export interface PresentOptions {
  /** Turn the question on screen (`shownMessageId`) into the new one instead of sending it. */
  replaceShown?: boolean;
  /**
   * A replay after a crash: the dead run may already have sent this question, past
   * this id, without saving its id. The next few ids are offered the question as an
   * edit first; one of ours takes it (or already shows it) and is `adoptedMessageId`,
   * so the person does not get the same question twice. A person's message refuses the edit.
   */
  adoptAfter?: number;
}

/** How many ids past `adoptAfter` may hold a crashed run's question (its say lines come first). */
const ADOPT_SPAN = 3;

export function createPresenter(deps: { api: Api; translator: Translator }): Presenter {
  const { api, translator } = deps;

  const text = (locale: string, t: Text): string => {
    if ("key" in t) return translator.t(locale, t.key, t.args);
    if ("names" in t) return translator.name(locale, t.names);
    return t.verbatim;
  };

  const keyboard = (locale: string, rows: Button[][]): InlineKeyboard | undefined => {
    if (rows.length === 0) return undefined;
    const mark = translator.t(locale, "selected-mark");
    return InlineKeyboard.from(
      rows.map((row) => row.map((b) => InlineKeyboard.text(`${b.selected ? `${mark} ` : ""}${text(locale, b.text)}`, encodePress(b.press)))),
    );
  };

  const lines = (locale: string, output: Extract<Output, { type: "ask" }>): string => {
    const parts = output.lines.map((l) => text(locale, l));
    for (const row of output.summary ?? []) {
      parts.push(`• ${text(locale, row.label)}\n   ${row.value.map((v) => text(locale, v)).join(", ")}`);
    }
    return parts.join("\n\n");
  };

  /**
   * Turns the message on screen into `body`. A double tap can ask for the very text it
   * already shows ("message is not modified": nothing to do); a message Telegram will no
   * longer edit (deleted, too old) is replaced by a new one. Anything else (429, 5xx,
   * network) is thrown for the caller to recover from.
   */
  const replaceWith = async (
    chatId: number,
    messageId: number,
    body: string,
    markup: InlineKeyboard | undefined,
    send: () => Promise<number>,
  ): Promise<number> => {
    try {
      await api.editMessageText(chatId, messageId, body, { reply_markup: markup ?? new InlineKeyboard() });
      return messageId;
    } catch (error) {
      if (isNotModified(error)) return messageId;
      if (error instanceof GrammyError && error.error_code === 400) return send();
      throw error;
    }
  };

  /** The crashed run's copy of this question, turned into (or already) `body`; undefined when none answers. */
  const adopt = async (chatId: number, after: number, body: string, markup: InlineKeyboard | undefined): Promise<number | undefined> => {
    for (let id = after + 1; id <= after + ADOPT_SPAN; id++) {
      try {
        await api.editMessageText(chatId, id, body, { reply_markup: markup ?? new InlineKeyboard() });
        return id;
      } catch (error) {
        if (isNotModified(error)) return id;
        // Not there, or not ours (the person's own message): the next id may be.
        if (error instanceof GrammyError && error.error_code === 400) continue;
        return undefined;
      }
    }
    return undefined;
  };

  return {
    text,
    async present(chatId, locale, outputs, shownMessageId, extraLines = [], options = {}) {
      let askedMessageId: number | undefined;
      let adoptedMessageId: number | undefined;
      const sentMessageIds: number[] = [];
      const sent = (id: number) => {
        sentMessageIds.push(id);
        return id;
      };
      const pendingSay: string[] = [];
      const flushSay = async () => {
        if (pendingSay.length === 0) return;
        for (const id of await sendLong(api, chatId, pendingSay.splice(0).join("\n\n"))) sent(id);
      };
      for (const output of outputs) {
        switch (output.type) {
          case "say":
            pendingSay.push(output.lines.map((l) => text(locale, l)).join("\n\n"));
            break;
          case "reask":
            await flushSay();
            sent((await api.sendMessage(chatId, translator.t(locale, `reask-${output.reason.replaceAll("_", "-")}`, output.args))).message_id);
            break;
          case "ask": {
            await flushSay();
            const body = clip(lines(locale, output));
            const markup = keyboard(locale, output.buttons);
            const send = async () => sent((await api.sendMessage(chatId, body, { reply_markup: markup })).message_id);
            const replacing = options.replaceShown && shownMessageId !== undefined && sentMessageIds.length === 0;
            if (!replacing && options.adoptAfter !== undefined) adoptedMessageId = await adopt(chatId, options.adoptAfter, body, markup);
            askedMessageId = replacing ? await replaceWith(chatId, shownMessageId, body, markup, send) : (adoptedMessageId ?? (await send()));
            break;
          }
          case "update_buttons":
            if (shownMessageId !== undefined) {
              await api.editMessageReplyMarkup(chatId, shownMessageId, { reply_markup: keyboard(locale, output.buttons) ?? new InlineKeyboard() }).catch(() => undefined);
            }
            break;
          case "complete":
          case "file":
            break;
        }
      }
      pendingSay.push(...extraLines);
      await flushSay();
      return { askedMessageId, sentMessageIds, ...(adoptedMessageId !== undefined ? { adoptedMessageId } : {}) };
    },
    async notice(chatId, locale, key, args) {
      const sent = await api.sendMessage(chatId, translator.t(locale, key, args));
      return sent.message_id;
    },
  };
}

function clip(body: string): string {
  return body.length <= MAX_MESSAGE_LENGTH ? body : `${body.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

async function sendLong(api: Api, chatId: number, body: string): Promise<number[]> {
  const ids: number[] = [];
  let rest = body;
  while (rest.length > 0) {
    let cut = rest.length <= MAX_MESSAGE_LENGTH ? rest.length : rest.lastIndexOf("\n", MAX_MESSAGE_LENGTH);
    if (cut <= 0) cut = MAX_MESSAGE_LENGTH;
    ids.push((await api.sendMessage(chatId, rest.slice(0, cut))).message_id);
    rest = rest.slice(cut).trimStart();
  }
  return ids;
}
