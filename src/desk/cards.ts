import { GrammyError, type Api } from "grammy";
import type { CaseRecord } from "../cases/types.js";
import type { FlowBundle } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import type { TriageCard } from "../triage/card.js";
import { renderCard, renderWithdrawn } from "../triage/render.js";
import type { CallbackTokens } from "./callbacks.js";
import { cardKeyboard, type KeyboardMode } from "./card-keyboard.js";

/** Where the card's flow version comes from (the flow registry fits). */
export interface FlowSource {
  byHash(hash: string): Promise<FlowBundle | undefined>;
  current(flowId: string): FlowBundle;
}

export interface CardPublisher {
  /** Posts the card of a case in the coordinators' chat; returns the message id. */
  post(record: CaseRecord<TriageCard>, options?: { replyTo?: number }): Promise<number>;
  /** Re-renders a card message in place; "not modified" is not an error. */
  edit(messageId: number, record: CaseRecord<TriageCard>, mode?: KeyboardMode): Promise<void>;
  /** Replaces a message with the bare "withdrawn by the person" line: no data, no buttons. */
  editWithdrawn(messageId: number, caseId: string): Promise<void>;
  /** Only the buttons (opening or leaving a pick list). */
  editKeyboard(messageId: number, record: CaseRecord<TriageCard>, mode: KeyboardMode): Promise<void>;
}

/** Telegram's answer when an edit would change nothing; harmless, e.g. two instances refreshing one card. */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400 && error.description.includes("message is not modified");
}

/** Renders and sends cards; the only place that turns a case into a coordinators' chat message. */
export function createCardPublisher(deps: {
  api: Api;
  chatId: number;
  translator: Translator;
  locale: string;
  tokens: CallbackTokens;
  flows: FlowSource;
  clock: () => number;
}): CardPublisher {
  const { api, chatId, translator, locale, tokens, flows, clock } = deps;

  async function bundleOf(card: TriageCard): Promise<FlowBundle | undefined> {
    const exact = await flows.byHash(card.flow.hash);
    if (exact) return exact;
    // The filed version expired from the registry: today's labels are the next best thing.
    try {
      return flows.current(card.flow.id);
    } catch {
      return undefined;
    }
  }

  async function content(record: CaseRecord<TriageCard>, mode: KeyboardMode) {
    const text = renderCard(record.card, record, { translator, locale, now: clock(), bundle: await bundleOf(record.card) });
    const keyboard = await cardKeyboard(record, mode, { tokens, translator, locale });
    return { text, keyboard };
  }

  const ignoreNotModified = (error: unknown) => {
    if (!isNotModified(error)) throw error;
  };

  return {
    async post(record, options = {}) {
      const { text, keyboard } = await content(record, "main");
      const sent = await api.sendMessage(chatId, text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(keyboard ? { reply_markup: keyboard } : {}),
        ...(options.replyTo ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } } : {}),
      });
      return sent.message_id;
    },
    async edit(messageId, record, mode = "main") {
      const { text, keyboard } = await content(record, mode);
      await api
        .editMessageText(chatId, messageId, text, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(keyboard ? { reply_markup: keyboard } : {}),
        })
        .catch(ignoreNotModified);
    },
    async editWithdrawn(messageId, caseId) {
      await api.editMessageText(chatId, messageId, renderWithdrawn(caseId, translator, locale), { parse_mode: "HTML" }).catch(ignoreNotModified);
    },
    async editKeyboard(messageId, record, mode) {
      const keyboard = await cardKeyboard(record, mode, { tokens, translator, locale });
      await api.editMessageReplyMarkup(chatId, messageId, keyboard ? { reply_markup: keyboard } : {}).catch(ignoreNotModified);
    },
  };
}
