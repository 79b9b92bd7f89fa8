import { currentScope, PRIORITY, withPriority, type Priority } from "../transport/outbound/priority.js";
import { GrammyError, HttpError, type Api, type InlineKeyboard } from "grammy";
import { isMessageDeleted, isNotModified } from "../transport/telegram-errors.js";
import type { CaseRecord } from "../cases/types.js";
import type { FlowBundle } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import type { TriageCard } from "../triage/card.js";
import { escapeHtml, formatAge, renderCard, renderWithdrawn, statusText, TIER_BADGES } from "../triage/render.js";
import type { CallbackTokens } from "./callbacks.js";
import { cardKeyboard, type KeyboardMode } from "./card-keyboard.js";

/** Where the card's flow version comes from (the flow registry fits). */
export interface FlowSource {
  byHash(hash: string): Promise<FlowBundle | undefined>;
  current(flowId: string): FlowBundle;
}

export interface CardPublisher {
  /** Posts the card of a case in the coordinators' chat; returns the message id. */
  post(record: CaseRecord<TriageCard>, options?: { replyTo?: number; possibleRepeat?: boolean }): Promise<number>;
  /** Re-renders a card message in place; "not modified" is not an error. */
  edit(messageId: number, record: CaseRecord<TriageCard>, mode?: KeyboardMode): Promise<void>;
  /** Replaces a message with the bare "withdrawn by the person" line: no data, no buttons. */
  editWithdrawn(messageId: number, caseId: string): Promise<void>;
  /** Only the buttons (opening or leaving a pick list). */
  editKeyboard(messageId: number, record: CaseRecord<TriageCard>, mode: KeyboardMode): Promise<void>;
}

/**
 * Who a failed Bot API call about a card is to blame on (the relay asks the
 * same about a held message for the person):
 * - `chat`: the coordinators' chat or Telegram cannot take it now (bot kicked
 *   or not allowed to write, chat not found or migrated, flood wait, server
 *   error, network). The card is fine; the same call succeeds once the chat
 *   is back, so it is retried.
 * - `card`: Telegram refused what we sent (a 400 about the content). The
 *   same card fails the same way every time.
 */
export type RefusalKind = "chat" | "card";

/** 400 answers that are about the chat, not the message (Telegram's own wording). */
const CHAT_LEVEL_400 = [
  /chat not found/i,
  /upgraded to a supergroup/i,
  /CHAT_WRITE_FORBIDDEN/i,
  /CHAT_RESTRICTED/i,
  /CHAT_ADMIN_REQUIRED/i,
  /PEER_ID_INVALID/i,
  /not enough rights/i,
  /have no rights/i,
  /need administrator rights/i,
  /bot is not a member/i,
  /bot was kicked/i,
  /chat is deactivated/i,
];

/** undefined: not a Bot API failure (e.g. Redis), the caller decides. */
export function refusalKind(error: unknown): RefusalKind | undefined {
  if (error instanceof HttpError) return "chat";
  if (!(error instanceof GrammyError)) return undefined;
  // 401/403/404 (token or membership), 429, 5xx: nothing about this card.
  if (error.error_code !== 400) return "chat";
  if (error.parameters.migrate_to_chat_id !== undefined) return "chat";
  return CHAT_LEVEL_400.some((pattern) => pattern.test(error.description)) ? "chat" : "card";
}

/** The message to edit is gone or frozen: a plainer edit would fail the same way. */
function isMessageGone(error: unknown): boolean {
  return isMessageDeleted(error) || (error instanceof GrammyError && /message can't be edited/i.test(error.description));
}

/** Telegram refused a card's content and the plain fallback card went out instead (ids and codes only). */
export interface CardRefusal {
  caseId: string;
  method: string;
  code: number;
}

/** Renders and sends cards; the only place that turns a case into a coordinators' chat message. */
export function createCardPublisher(deps: {
  api: Api;
  chatId: number;
  translator: Translator;
  locale: string;
  /** The coordinators' time zone, for the person's safe hours. */
  timezone?: string;
  tokens: CallbackTokens;
  flows: FlowSource;
  clock: () => number;
  /** Told each time a card's content was refused and the plain fallback was used (dead letter, log). */
  onRefused?: (refusal: CardRefusal) => Promise<void>;
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
    const text = renderCard(record.card, record, {
      translator,
      locale,
      now: clock(),
      bundle: await bundleOf(record.card),
      ...(deps.timezone ? { coordinatorTimezone: deps.timezone } : {}),
    });
    const keyboard = await cardKeyboard(record, mode, { tokens, translator, locale });
    return { text, keyboard };
  }

  /**
   * The card without the card: badge, reference, age and status as plain
   * text (no parse mode, no answers), from locale texts only, so Telegram has
   * nothing in it to refuse. Coordinators still see the case and its buttons.
   */
  function plainText(record: CaseRecord<TriageCard>): string {
    const t = (key: string, args?: Record<string, string | number>) => translator.t(locale, key, args);
    return [
      `${TIER_BADGES[record.tier]} ${t(`desk-tier-${record.tier}`)}`,
      t("desk-card-ref", { ref: record.id }),
      formatAge(translator, locale, clock() - record.createdAt),
      statusText(record, translator, locale),
    ].join("\n");
  }

  const ignoreNotModified = (error: unknown) => {
    if (!isNotModified(error)) throw error;
  };

  /** A card refusal is reported and answered with the plain card; anything else is the caller's. */
  async function refused(error: unknown, caseId: string, method: string): Promise<void> {
    if (refusalKind(error) !== "card") throw error;
    await deps.onRefused?.({ caseId, method, code: error instanceof GrammyError ? error.error_code : 0 });
  }

  async function send(text: string, html: boolean, keyboard: InlineKeyboard | undefined, replyTo: number | undefined): Promise<number> {
    const sent = await api.sendMessage(chatId, text, {
      ...(html ? { parse_mode: "HTML" as const } : {}),
      link_preview_options: { is_disabled: true },
      ...(keyboard ? { reply_markup: keyboard } : {}),
      ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    });
    return sent.message_id;
  }

  async function editText(messageId: number, text: string, html: boolean, keyboard: InlineKeyboard | undefined): Promise<void> {
    await api
      .editMessageText(chatId, messageId, text, {
        ...(html ? { parse_mode: "HTML" as const } : {}),
        link_preview_options: { is_disabled: true },
        ...(keyboard ? { reply_markup: keyboard } : {}),
      })
      .catch(ignoreNotModified);
  }

  async function postCard(record: CaseRecord<TriageCard>, options: { replyTo?: number; possibleRepeat?: boolean }): Promise<number> {
    const rendered = await content(record, "main");
    const keyboard = rendered.keyboard;
    // An earlier post may have reached the group before a crash kept its id from being saved.
    const text = options.possibleRepeat ? `${escapeHtml(translator.t(locale, "desk-card-possible-repeat"))}\n${rendered.text}` : rendered.text;
    try {
      return await send(text, true, keyboard, options.replyTo);
    } catch (error) {
      await refused(error, record.id, "sendMessage");
    }
    try {
      return await send(plainText(record), false, keyboard, options.replyTo);
    } catch (error) {
      // Even the buttons were refused: a card without them still tells the group the case exists.
      await refused(error, record.id, "sendMessage");
      return await send(plainText(record), false, undefined, options.replyTo);
    }
  }

  return {
    post(record, options = {}) {
      // Critical cards leave ahead of every other card and relayed line waiting for the group; a card a
      // coordinator asked for (a digest button, priority 1) keeps that more urgent priority.
      const tier: Priority = record.tier === "critical" ? PRIORITY.critical : PRIORITY.normal;
      const priority = Math.min(tier, currentScope()?.priority ?? tier) as Priority;
      const ahead = record.tier === "critical" || currentScope()?.ahead === true;
      return withPriority(priority, () => postCard(record, options), { ahead });
    },
    async edit(messageId, record, mode = "main") {
      const { text, keyboard } = await content(record, mode);
      try {
        await editText(messageId, text, true, keyboard);
      } catch (error) {
        if (isMessageGone(error)) throw error;
        await refused(error, record.id, "editMessageText");
        await editText(messageId, plainText(record), false, keyboard);
      }
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
