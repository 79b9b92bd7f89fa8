import { Composer } from "grammy";
import type { BotContext } from "../bot/context.js";
import { TRIAGE_CONVERSATION } from "../flow/runner.js";
import { isWindowOpen } from "../triage/contact.js";
import { capText, escapeHtml } from "../triage/render.js";
import type { DeskRuntime } from "./runtime.js";

/** Room left for the coordinator's words after the person-side prefix. */
const RELAY_CHUNK = 3800;
/** A person's message shown in the coordinators' chat is cut here (the group message must fit 4096). */
const INBOUND_CAP = 3500;

export type RelayOutcome = "delivered" | "held";

export interface Relay {
  /**
   * A coordinator's words for the person behind a case: checked (allowlist,
   * claimed by this coordinator), then sent now or held for the person's
   * safe-contact window. Answers the coordinator in the desk chat.
   */
  fromCoordinator(args: { userId: number; caseId: string; text: string; replyTo: number }): Promise<void>;
  /** Delivers held messages whose window is open now (all cases, or one). Returns how many were sent. */
  deliverHeld(caseId?: string): Promise<number>;
  /** Private chats: a person with a live case (and no triage running) writes to the team. */
  personComposer: Composer<BotContext>;
}

/**
 * Both directions of the conversation between a person and the coordinator
 * who owns their case. The bot is the only sender either side ever sees: the
 * person gets plain text under a neutral "message from the team" line in
 * their own language, the coordinators get the person's text under the case
 * reference; neither side's Telegram id, name or username is passed on.
 */
export function createRelay(rt: DeskRuntime, options: { ackCooldownMs: number }): Relay {
  const { cases, outbox, prefs, translator, api, keys, redis } = rt;

  const replyInDesk = async (replyTo: number, key: string, args?: Record<string, string | number>) => {
    if (rt.chatId === undefined) return;
    await api.sendMessage(rt.chatId, rt.t(key, args), { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } });
  };

  /** Sends to the person: the prefix in their language, then the words, as plain text (no markup to inject). */
  async function sendToPerson(chatId: number, lang: string, text: string): Promise<void> {
    const prefix = translator.t(lang, "desk-relay-prefix");
    const chars = [...text];
    for (let i = 0; i < chars.length; i += RELAY_CHUNK) {
      const part = chars.slice(i, i + RELAY_CHUNK).join("");
      await api.sendMessage(chatId, i === 0 ? `${prefix}\n\n${part}` : part);
    }
  }

  async function windowFor(caseId: string) {
    const contact = await cases.getContact(caseId);
    if (!contact) return undefined;
    const p = await prefs.get(contact.person);
    return { contact, lang: p.lang ?? contact.lang, open: isWindowOpen(contact.window, rt.clock(), p.lastInboundAt) };
  }

  async function deliverHeldFor(caseId: string): Promise<number> {
    const target = await windowFor(caseId);
    if (!target?.open) return 0;
    const held = await outbox.drain(caseId);
    let sent = 0;
    for (const [i, message] of held.entries()) {
      try {
        await sendToPerson(target.contact.chatId, target.lang, message.text);
        sent++;
      } catch (error) {
        // Put back what did not go out, in order, for the next pass.
        for (const rest of held.slice(i)) await outbox.hold(caseId, rest.text);
        rt.logger.warn({ caseId, err: error instanceof Error ? error.name : "unknown" }, "held message not delivered; kept");
        break;
      }
    }
    if (sent > 0) {
      await rt.record({ actor: "desk", action: "deliver_held", caseId, result: "ok" });
      const record = await cases.get(caseId);
      if (rt.chatId !== undefined && record) {
        await api
          .sendMessage(rt.chatId, rt.t("desk-held-delivered", { ref: caseId, count: sent }), {
            ...(record.cardMessageId ? { reply_parameters: { message_id: record.cardMessageId, allow_sending_without_reply: true } } : {}),
          })
          .catch(() => undefined);
      }
    }
    return sent;
  }

  const personComposer = new Composer<BotContext>();
  personComposer.chatType("private").on("message", async (ctx, next) => {
    const person = ctx.beacon.person;
    if (!person) return next();
    // A triage the person started again (/new) owns their messages until it ends.
    // The plugin may sit after this composer; without it nothing can be running here.
    const conversation: BotContext["conversation"] | undefined = ctx.conversation;
    if (conversation && conversation.active(TRIAGE_CONVERSATION) > 0) return next();
    const caseId = await cases.caseOfPerson(person);
    if (!caseId) return next();
    const record = await cases.get(caseId);
    if (!record || rt.chatId === undefined) return next();

    const text = ctx.message.text;
    if (text === undefined) {
      await ctx.reply(translator.t(ctx.beacon.locale, "desk-person-text-only"));
      return;
    }
    const header = escapeHtml(rt.t("desk-from-person", { ref: caseId, lang: ctx.beacon.locale }));
    const sent = await api.sendMessage(rt.chatId, `<b>${header}</b>\n${escapeHtml(capText(text, INBOUND_CAP))}`, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(record.cardMessageId ? { reply_parameters: { message_id: record.cardMessageId, allow_sending_without_reply: true } } : {}),
    });
    await cases.trackDeskMessage(caseId, sent.message_id);
    ctx.beacon.logger.info({ caseId }, "person message relayed to desk");

    // One calm note now and then; an answer to every line would light the phone up.
    const first = await redis.set(keys.relayAck(caseId), "1", "PX", options.ackCooldownMs, "NX");
    if (first === "OK") await ctx.reply(translator.t(ctx.beacon.locale, "desk-person-ack"));
    // They just wrote: a "when I write first" window is open now.
    await deliverHeldFor(caseId);
  });

  return {
    async fromCoordinator({ userId, caseId, text, replyTo }) {
      const actor = rt.actorOf(userId);
      const refuse = async (reason: string, key: string, version?: number) => {
        await rt.record({ actor, action: "reply", caseId, version, result: "refused", reason });
        await replyInDesk(replyTo, key, { ref: caseId });
      };
      if (!rt.isCoordinator(userId)) return refuse("not_allowed", "desk-refused-not-allowed");
      const record = await cases.get(caseId);
      if (!record) return refuse("not_found", "desk-case-unknown");
      if (record.status !== "claimed") return refuse("not_claimed", "desk-relay-not-claimed", record.version);
      if (record.assignee !== actor) return refuse("not_owner", "desk-relay-not-owner", record.version);
      const body = text.trim();
      if (!body) return refuse("empty", "desk-reply-usage", record.version);
      const target = await windowFor(caseId);
      if (!target) return refuse("not_found", "desk-case-unknown", record.version);

      if (target.open) {
        // Anything held before goes first, so the person reads messages in the order written.
        await deliverHeldFor(caseId);
        await sendToPerson(target.contact.chatId, target.lang, body);
        await rt.record({ actor, action: "reply", caseId, version: record.version, result: "ok", reason: "delivered" });
        await replyInDesk(replyTo, "desk-relay-delivered", { ref: caseId });
        return;
      }
      const held = await outbox.hold(caseId, body);
      if (!held) return refuse("not_found", "desk-case-unknown", record.version);
      await rt.record({ actor, action: "reply", caseId, version: record.version, result: "ok", reason: "held" });
      await replyInDesk(replyTo, "desk-relay-held", { ref: caseId });
    },

    async deliverHeld(caseId) {
      const ids = caseId ? [caseId] : await outbox.casesWithHeld();
      let sent = 0;
      for (const id of ids) {
        try {
          sent += await deliverHeldFor(id);
        } catch (error) {
          rt.logger.warn({ caseId: id, err: error instanceof Error ? error.name : "unknown" }, "held delivery failed");
        }
      }
      return sent;
    },

    personComposer,
  };
}
