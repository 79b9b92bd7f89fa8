import { Composer, GrammyError } from "grammy";
import type { BotContext } from "../bot/context.js";
import { TRIAGE_CONVERSATION } from "../flow/runner.js";
import { isWindowOpen } from "../triage/contact.js";
import { refusalKind } from "./cards.js";
import { deskMessages, personMessages, RelayPartError } from "./relay-messages.js";
import { createRelayTrail } from "./relay-trail.js";
import { PersonUnreachableError, unreachableReason } from "./relay-unreachable.js";
import type { DeskRuntime } from "./runtime.js";

// The message shapes live apart (pure, tested on their own); re-exported for the relay's callers.
export { deskMessages, MAX_TEXT_UNITS, personMessages, RelayPartError, splitForTelegram, type RelayMessage } from "./relay-messages.js";

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

/** How a pass over a case's held messages went. */
interface HeldPass {
  sent: number;
  /** Telegram refused the person's chat for good; what was held has been dropped. */
  unreachable: boolean;
}

/** Telegram stops redelivering an update long before this. */
const RELAYED_MARK_SECONDS = 24 * 3600;

/**
 * Both directions of the conversation between a person and the coordinator
 * who owns their case. The bot is the only sender either side ever sees: the
 * person gets the words as a spoiler under a neutral "message from the team"
 * line in their own language, the coordinators get the person's text under
 * the case reference; neither side's Telegram id, name or username is passed on.
 */
export function createRelay(rt: DeskRuntime, options: { ackCooldownMs: number }): Relay {
  const { cases, outbox, prefs, translator, api, keys, redis } = rt;
  // The app's session-aware tracker: inside the person's own update it also offers the ids that update has
  // staged and not yet written to Redis, and forgetting drops them there too.
  const trail = createRelayTrail({ redis, keys, api, tracker: rt.tracker, clock: rt.clock, logger: rt.logger });

  const replyInDesk = async (replyTo: number, key: string, args?: Record<string, string | number>) => {
    if (rt.chatId === undefined) return;
    await api.sendMessage(rt.chatId, rt.t(key, args), { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } });
  };

  /** A line for the team under the case's card (or on its own when the card is gone). */
  const noteOnCard = async (caseId: string, key: string, args: Record<string, string | number>) => {
    const record = await cases.get(caseId);
    if (rt.chatId === undefined || !record) return;
    await api.sendMessage(rt.chatId, rt.t(key, args), {
      ...(record.cardMessageId ? { reply_parameters: { message_id: record.cardMessageId, allow_sending_without_reply: true } } : {}),
    });
  };

  /**
   * Sends to the person: the prefix in their language, then the words as a
   * spoiler, cut into as many messages as Telegram's limit needs; the prefix
   * only heads the first. Each message sent is noted for discreet mode (the
   * API guard already tracks it for quick exit). A chat Telegram refuses for
   * good (blocked, deleted account) throws `PersonUnreachableError`; any other
   * failure `RelayPartError`, with how many parts went out and the text left.
   */
  async function sendToPerson(to: { chatId: number; person: string }, lang: string, text: string): Promise<void> {
    const messages = personMessages(translator.t(lang, "desk-relay-prefix"), text);
    for (const [i, message] of messages.entries()) {
      // Only a whitespace run longer than a message can leave a blank part; Telegram would refuse it.
      if (message.text.trim() === "") continue;
      let sentId: number;
      try {
        sentId = (await api.sendMessage(to.chatId, message.text, { entities: message.entities })).message_id;
      } catch (error) {
        const reason = unreachableReason(error);
        if (reason) throw new PersonUnreachableError(reason, i, { cause: error });
        throw new RelayPartError(messages.slice(i).map((m) => m.part).join(""), i, { cause: error }, messages.length);
      }
      await trail.note(to.person, "team", sentId);
    }
  }

  /** Sends, or answers false when the person's chat is gone for good (logged here, once). */
  async function sendUnlessUnreachable(caseId: string, to: { chatId: number; person: string }, lang: string, text: string): Promise<boolean> {
    try {
      await sendToPerson(to, lang, text);
      return true;
    } catch (error) {
      if (!(error instanceof PersonUnreachableError)) throw error;
      rt.logger.warn({ caseId, code: error.code, parts: error.delivered }, "reply not delivered; person unreachable");
      return false;
    }
  }

  async function windowFor(caseId: string) {
    const contact = await cases.getContact(caseId);
    if (!contact) return undefined;
    const p = await prefs.get(contact.person);
    return { contact, lang: p.lang ?? contact.lang, open: isWindowOpen(contact.window, rt.clock(), p.lastInboundAt) };
  }

  /**
   * Held words can never reach a person who blocked the bot or deleted their
   * account: drop them (keeping them would retry every tick for ever) and
   * tell the team once, by case reference, with an audit line by ids.
   */
  async function dropHeld(caseId: string, count: number, error: PersonUnreachableError): Promise<void> {
    rt.logger.warn({ caseId, code: error.code, dropped: count }, "person unreachable; held messages dropped");
    await rt.record({ actor: "desk", action: "relay", caseId, result: "refused", reason: "blocked" });
    await noteOnCard(caseId, "desk-held-dropped-blocked", { ref: caseId, count }).catch((noteError: unknown) => {
      rt.logger.warn({ caseId, err: noteError instanceof Error ? noteError.name : "unknown" }, "held-dropped note not posted");
    });
  }

  /**
   * Held words Telegram refused for what they are (a 400 about the message, not
   * the chat) fail the same way at every tick: they were dropped so they stop
   * holding back what was written after them. The team is told once, under the
   * card, with an audit line by ids.
   */
  async function dropRefused(caseId: string, count: number): Promise<void> {
    await rt.record({ actor: "desk", action: "relay", caseId, result: "refused", reason: "rejected" });
    await noteOnCard(caseId, "desk-held-dropped-refused", { ref: caseId, count }).catch((noteError: unknown) => {
      rt.logger.warn({ caseId, err: noteError instanceof Error ? noteError.name : "unknown" }, "held-refused note not posted");
    });
  }

  async function deliverHeldFor(caseId: string): Promise<HeldPass> {
    const target = await windowFor(caseId);
    if (!target?.open) return { sent: 0, unreachable: false };
    const to = { chatId: target.contact.chatId, person: target.contact.person };
    const held = await outbox.drain(caseId);
    let sent = 0;
    let refused = 0;
    let unreachable = false;
    for (const [i, message] of held.entries()) {
      try {
        await sendToPerson(to, target.lang, message.text);
        sent++;
      } catch (error) {
        if (error instanceof PersonUnreachableError) {
          unreachable = true;
          await dropHeld(caseId, held.length - i, error);
          break;
        }
        const cause = error instanceof RelayPartError ? error.cause : error;
        const code = cause instanceof GrammyError ? cause.error_code : undefined;
        if (refusalKind(cause) === "card") {
          // Refused for good: no retry can deliver it (of a message cut into parts, the rest of it).
          refused++;
          rt.logger.warn({ caseId, code, parts: error instanceof RelayPartError ? error.delivered : 0 }, "held message refused by Telegram; dropped");
          continue;
        }
        // The chat or Telegram cannot take it now: put back what did not go out, in order, for the next
        // pass (of a message cut into parts, only the parts not delivered: the person never reads one twice).
        const rest = held.slice(i).map((m, j) => (j === 0 && error instanceof RelayPartError ? error.rest : m.text));
        for (const text of rest) await outbox.hold(caseId, text);
        rt.logger.warn({ caseId, code, err: cause instanceof Error ? cause.name : "unknown" }, "held message not delivered; kept");
        break;
      }
    }
    if (refused > 0) await dropRefused(caseId, refused);
    if (sent > 0) {
      await rt.record({ actor: "desk", action: "deliver_held", caseId, result: "ok" });
      await noteOnCard(caseId, "desk-held-delivered", { ref: caseId, count: sent }).catch((error: unknown) => {
        // The messages went out; only the note to the group is missing.
        rt.logger.warn({ caseId, err: error instanceof Error ? error.name : "unknown" }, "held-delivered note not posted");
      });
    }
    return { sent, unreachable };
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
    // A webhook copy of an update that failed after its relay (e.g. the save after it) must not
    // post the same words in the group twice. Marked after posting: a failure before that posts again.
    const relayedKey = keys.relayedUpdate(ctx.update.update_id);
    if ((await redis.exists(relayedKey)) === 0) {
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
      await redis.set(relayedKey, "1", "EX", RELAYED_MARK_SECONDS);
      // The update's logger carries the person's pseudonym: no case id beside it (logs outlive retention).
      ctx.beacon.logger.info("person message relayed to desk");
    }

    // One calm note now and then; an answer to every line would light the phone up.
    const first = await redis.set(keys.relayAck(caseId), "1", "PX", options.ackCooldownMs, "NX");
    if (first === "OK") {
      const ack = await ctx.reply(translator.t(ctx.beacon.locale, "desk-person-ack"));
      await trail.note(person, "ack", ack.message_id);
    }
    // Discreet mode: the person has read what the team wrote before, so it goes now, with the
    // older notes; the newest note stays to tell them this message arrived. Before the held
    // messages below, which they have not read yet.
    if ((await prefs.get(person)).discreet) await trail.tidy(person, ctx.chat.id);
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
        const earlier = await deliverHeldFor(caseId);
        let delivered: boolean;
        try {
          // A chat found gone while delivering the held messages is gone for this one too: no second try.
          delivered = !earlier.unreachable && (await sendUnlessUnreachable(caseId, target.contact, target.lang, body));
        } catch (error) {
          if (!(error instanceof RelayPartError)) throw error;
          // Not retried on our own (a second try would repeat the parts that went out): the coordinator
          // learns how far it got and sends the rest again.
          const code = error.cause instanceof GrammyError ? error.cause.error_code : undefined;
          rt.logger.warn({ caseId, code, parts: error.delivered, of: error.total }, "reply not delivered in full");
          const reason = error.delivered > 0 ? "partial" : "not_delivered";
          await rt.record({ actor, action: "reply", caseId, version: record.version, result: "refused", reason });
          await replyInDesk(replyTo, "desk-relay-partial", { ref: caseId, sent: error.delivered, total: error.total });
          return;
        }
        if (!delivered) {
          // Not held either: Telegram refuses it on every try until the person unblocks and writes again.
          await rt.record({ actor, action: "relay", caseId, version: record.version, result: "refused", reason: "blocked" });
          await replyInDesk(replyTo, "desk-relay-blocked", { ref: caseId });
          return;
        }
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
          sent += (await deliverHeldFor(id)).sent;
        } catch (error) {
          rt.logger.warn({ caseId: id, err: error instanceof Error ? error.name : "unknown" }, "held delivery failed");
        }
      }
      return sent;
    },

    personComposer,
  };
}
