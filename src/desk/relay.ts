import { Composer } from "grammy";
import type { BotContext } from "../bot/context.js";
import { TRIAGE_CONVERSATION } from "../flow/runner.js";
import { isWindowOpen } from "../triage/contact.js";
import { escapeHtml } from "../triage/render.js";
import type { DeskRuntime } from "./runtime.js";

/**
 * Telegram's limit on a message: UTF-16 code units of the text after entity
 * parsing (HTML escapes count as the one character they stand for) and after
 * surrounding whitespace is trimmed.
 */
export const MAX_TEXT_UNITS = 4096;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const isSpace = (s: string | undefined) => s !== undefined && /\s/u.test(s);

/**
 * Cuts `text` into parts of at most `budget(i)` UTF-16 units for part `i`, in
 * order, so that the parts joined give `text` back exactly. A cut falls between
 * grapheme clusters (a cluster longer than a whole part is cut between code
 * points, never inside a surrogate pair) and, so that Telegram's trimming loses
 * nothing, never next to whitespace. Only a whitespace run longer than a whole
 * part can leave no such place; it is cut at the budget.
 */
export function splitForTelegram(text: string, budget: (index: number) => number): string[] {
  const atoms = Array.from(graphemes.segment(text), (g) => g.segment);
  const parts: string[] = [];
  let start = 0;
  while (start < atoms.length) {
    const room = budget(parts.length);
    if (room < 2) throw new RangeError(`no room for text in a message part (${room} UTF-16 units)`);
    let end = start;
    let units = 0;
    while (end < atoms.length && units + (atoms[end] as string).length <= room) units += (atoms[end++] as string).length;
    if (end === start) {
      // One cluster longer than a whole part: cut it between code points (two units at most each).
      atoms.splice(start, 1, ...(atoms[start] as string));
      continue;
    }
    if (end < atoms.length) {
      // Step back to a cut with no whitespace on either side.
      const clean = (cut: number) => !isSpace((atoms[cut - 1] as string).at(-1)) && !isSpace((atoms[cut] as string)[0]);
      let cut = end;
      while (cut > start + 1 && !clean(cut)) cut--;
      if (clean(cut)) end = cut;
    }
    parts.push(atoms.slice(start, end).join(""));
    start = end;
  }
  return parts;
}

/** One relayed message: what is sent, and the part of the original text it carries. */
export interface RelayMessage {
  text: string;
  part: string;
}

/**
 * A person's text for the coordinators' chat, as HTML messages: every part
 * under the case header (lines of other cases may come in between). Each part
 * is escaped on its own, so no cut falls inside an entity; an escape counts as
 * one character once parsed, so the budget is the raw text's.
 */
export function deskMessages(header: string, text: string): RelayMessage[] {
  return splitForTelegram(text, () => MAX_TEXT_UNITS - header.length - 1).map((part) => ({
    text: `<b>${escapeHtml(header)}</b>\n${escapeHtml(part)}`,
    part,
  }));
}

/**
 * A coordinator's text for the person, as plain-text messages (no markup to
 * inject): the team line heads the first part only.
 */
export function personMessages(teamLine: string, text: string): RelayMessage[] {
  const prefix = `${teamLine}\n\n`;
  return splitForTelegram(text, (i) => MAX_TEXT_UNITS - (i === 0 ? prefix.length : 0)).map((part, i) => ({
    text: i === 0 ? `${prefix}${part}` : part,
    part,
  }));
}

/** Sending part `index` of a text failed after the parts before it went out. */
export class RelayPartError extends Error {
  constructor(
    /** The text not delivered (the failed part and those after it). */
    readonly rest: string,
    readonly delivered: number,
    options: { cause: unknown },
  ) {
    super(`relay part ${delivered + 1} not delivered`, options);
    this.name = "RelayPartError";
  }
}

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

  /**
   * Sends to the person: the prefix in their language, then the words, as
   * plain text (no markup to inject), cut into as many messages as Telegram's
   * limit needs; the prefix only heads the first.
   */
  async function sendToPerson(chatId: number, lang: string, text: string): Promise<void> {
    const messages = personMessages(translator.t(lang, "desk-relay-prefix"), text);
    for (const [i, message] of messages.entries()) {
      // Only a whitespace run longer than a message can leave a blank part; Telegram would refuse it.
      if (message.text.trim() === "") continue;
      try {
        await api.sendMessage(chatId, message.text);
      } catch (error) {
        if (i === 0) throw error;
        throw new RelayPartError(messages.slice(i).map((m) => m.part).join(""), i, { cause: error });
      }
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
        // Put back what did not go out, in order, for the next pass (of a message
        // cut into parts, only the parts not delivered: the person never reads one twice).
        const rest = held.slice(i).map((m, j) => (j === 0 && error instanceof RelayPartError ? error.rest : m.text));
        for (const text of rest) await outbox.hold(caseId, text);
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
          .catch((error: unknown) => {
            // The messages went out; only the note to the group is missing.
            rt.logger.warn({ caseId, err: error instanceof Error ? error.name : "unknown" }, "held-delivered note not posted");
          });
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
    // Every part carries the case reference (other cases' lines may come in between), as a reply to the card.
    const header = rt.t("desk-from-person", { ref: caseId, lang: ctx.beacon.locale });
    for (const message of deskMessages(header, text)) {
      const sent = await api.sendMessage(rt.chatId, message.text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(record.cardMessageId ? { reply_parameters: { message_id: record.cardMessageId, allow_sending_without_reply: true } } : {}),
      });
      await cases.trackDeskMessage(caseId, sent.message_id);
    }
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
