import { GrammyError, type Api } from "grammy";
import type { Logger } from "pino";
import type { Outbox } from "../cases/outbox.js";
import type { CaseStore } from "../cases/store.js";
import type { CaseContact } from "../cases/types.js";
import type { Translator } from "../i18n/translator.js";
import type { PrefsStore } from "../person/prefs.js";
import type { PendingDeletes } from "../person/pending-deletes.js";
import type { TriageCard } from "../triage/card.js";
import { isWindowOpen } from "../triage/contact.js";
import { refusalKind } from "./cards.js";
import type { Coordinators } from "./coordinators.js";
import type { RecordAudit } from "./desk-audit.js";
import type { DeskText } from "./desk-text.js";
import { personMessages, RelayPartError } from "./relay-messages.js";
import type { RelayTrail } from "./relay-trail.js";
import { PersonUnreachableError, unreachableReason } from "./relay-unreachable.js";
import { underCard } from "./under-card.js";

/** The desk → person half of the relay, as the desk commands and the tick use it. */
export interface RelayToPerson {
  /**
   * A coordinator's words for the person behind a case: checked (allowlist,
   * claimed by this coordinator), then sent now or held for the person's
   * safe-contact window. Answers the coordinator in the desk chat.
   */
  fromCoordinator(args: { userId: number; caseId: string; text: string; replyTo: number }): Promise<void>;
  /** Delivers held messages whose window is open now (all cases, or one). Returns how many were sent; a failed case is logged. */
  deliverHeld(caseId?: string): Promise<number>;
  /** One case's held messages, if its window is open now; throws what went wrong. */
  deliverHeldFor(caseId: string): Promise<HeldPass>;
}

/** How a pass over a case's held messages went. */
export interface HeldPass {
  sent: number;
  /** Telegram refused the person's chat for good; what was held has been dropped. */
  unreachable: boolean;
}

/** Where the person behind a case is written to, in which language, and whether their window is open now. */
interface Target {
  contact: CaseContact;
  lang: string;
  open: boolean;
  /** The person's discreet mode. */
  discreet: boolean;
}

/** What the desk → person half uses. */
export interface RelayToPersonDependencies {
  api: Pick<Api, "sendMessage">;
  cases: CaseStore<TriageCard>;
  outbox: Outbox;
  prefs: PrefsStore;
  /** The person's language, for the team line above the words. */
  translator: Translator;
  /** The coordinators' chat; undefined when none is configured (nothing is answered there). */
  chatId: number | undefined;
  t: DeskText;
  clock: () => number;
  logger: Logger;
  record: RecordAudit;
  coordinators: Coordinators;
  /** Notes each message sent, for discreet mode. */
  trail: Pick<RelayTrail, "note">;
  /** Discreet mode: each message sent is deleted after `afterMs` if the person has not answered by then. */
  discreet?: { pending: Pick<PendingDeletes, "schedule">; afterMs: number };
}

/**
 * The desk → person half of the relay: a coordinator's words for the person
 * who owns a case. The bot is the only sender the person ever sees: the words
 * come as a spoiler under a neutral "message from the team" line in their own
 * language, and no coordinator's Telegram id, name or username is passed on.
 */
export function createRelayToPerson(deps: RelayToPersonDependencies): RelayToPerson {
  const { api, cases, outbox, prefs, translator, chatId, t, logger, coordinators, trail } = deps;
  const audit = deps.record;

  const replyInDesk = async (replyTo: number, key: string, args?: Record<string, string | number>) => {
    if (chatId === undefined) return;
    await api.sendMessage(chatId, t(key, args), { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } });
  };

  /** A line for the team under the case's card (or on its own when the card is gone). */
  const noteOnCard = async (caseId: string, key: string, args: Record<string, string | number>) => {
    const record = await cases.get(caseId);
    if (chatId === undefined || !record) return;
    await api.sendMessage(chatId, t(key, args), { ...underCard(record.cardMessageId) });
  };

  /**
   * Sends to the person: the prefix in their language, then the words as a
   * spoiler, cut into as many messages as Telegram's limit needs; the prefix
   * only heads the first. Each message sent is noted for discreet mode (the
   * API guard already tracks it for quick exit). A chat Telegram refuses for
   * good (blocked, deleted account) throws `PersonUnreachableError`; any other
   * failure `RelayPartError`, with how many parts went out and the text left.
   */
  async function sendToPerson(to: { chatId: number; person: string; discreet: boolean }, lang: string, text: string): Promise<void> {
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
      // Unanswered, it still leaves the chat in time (answered, the trail's tidy removes it first).
      if (to.discreet && deps.discreet) {
        await deps.discreet.pending.schedule({ chatId: to.chatId, person: to.person, messageId: sentId }, deps.clock() + deps.discreet.afterMs).catch((error: unknown) => {
          logger.warn({ err: error }, "team message not scheduled for deletion");
        });
      }
    }
  }

  /** Sends, or answers false when the person's chat is gone for good (logged here, once). */
  async function sendUnlessUnreachable(caseId: string, to: { chatId: number; person: string; discreet: boolean }, lang: string, text: string): Promise<boolean> {
    try {
      await sendToPerson(to, lang, text);
      return true;
    } catch (error) {
      if (!(error instanceof PersonUnreachableError)) throw error;
      logger.warn({ caseId, code: error.code, parts: error.delivered }, "reply not delivered; person unreachable");
      return false;
    }
  }

  async function windowFor(caseId: string): Promise<Target | undefined> {
    const contact = await cases.getContact(caseId);
    if (!contact) return undefined;
    const p = await prefs.get(contact.person);
    return { contact, lang: p.lang ?? contact.lang, open: isWindowOpen(contact.window, deps.clock(), p.lastInboundAt), discreet: p.discreet };
  }

  /**
   * Held words can never reach a person who blocked the bot or deleted their
   * account: drop them (keeping them would retry every tick for ever) and
   * tell the team once, by case reference, with an audit line by ids.
   */
  async function dropHeld(caseId: string, count: number, error: PersonUnreachableError): Promise<void> {
    logger.warn({ caseId, code: error.code, dropped: count }, "person unreachable; held messages dropped");
    await audit({ actor: "desk", action: "relay", caseId, result: "refused", reason: "blocked" });
    await noteOnCard(caseId, "desk-held-dropped-blocked", { ref: caseId, count }).catch((noteError: unknown) => {
      logger.warn({ caseId, err: noteError }, "held-dropped note not posted");
    });
  }

  /**
   * Held words Telegram refused for what they are (a 400 about the message, not
   * the chat) fail the same way at every tick: they were dropped so they stop
   * holding back what was written after them. The team is told once, under the
   * card, with an audit line by ids.
   */
  async function dropRefused(caseId: string, count: number): Promise<void> {
    await audit({ actor: "desk", action: "relay", caseId, result: "refused", reason: "rejected" });
    await noteOnCard(caseId, "desk-held-dropped-refused", { ref: caseId, count }).catch((noteError: unknown) => {
      logger.warn({ caseId, err: noteError }, "held-refused note not posted");
    });
  }

  async function deliverHeldFor(caseId: string): Promise<HeldPass> {
    const target = await windowFor(caseId);
    if (!target?.open) return { sent: 0, unreachable: false };
    const to = { chatId: target.contact.chatId, person: target.contact.person, discreet: target.discreet };
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
          logger.warn({ caseId, code, parts: error instanceof RelayPartError ? error.delivered : 0 }, "held message refused by Telegram; dropped");
          continue;
        }
        // The chat or Telegram cannot take it now: put back what did not go out, in order, for the next
        // pass (of a message cut into parts, only the parts not delivered: the person never reads one twice).
        const rest = held.slice(i).map((m, j) => (j === 0 && error instanceof RelayPartError ? error.rest : m.text));
        for (const text of rest) await outbox.hold(caseId, text);
        logger.warn({ caseId, code, err: cause }, "held message not delivered; kept");
        break;
      }
    }
    if (refused > 0) await dropRefused(caseId, refused);
    if (sent > 0) {
      await audit({ actor: "desk", action: "deliver_held", caseId, result: "ok" });
      await noteOnCard(caseId, "desk-held-delivered", { ref: caseId, count: sent }).catch((error: unknown) => {
        // The messages went out; only the note to the group is missing.
        logger.warn({ caseId, err: error }, "held-delivered note not posted");
      });
    }
    return { sent, unreachable };
  }

  /** Sends now, the held words first; answers the coordinator how it went. */
  async function sendNow(args: { actor: string; caseId: string; version: number; replyTo: number; body: string }, target: Target): Promise<void> {
    const { actor, caseId, version, replyTo } = args;
    // Anything held before goes first, so the person reads messages in the order written.
    const earlier = await deliverHeldFor(caseId);
    let delivered: boolean;
    try {
      // A chat found gone while delivering the held messages is gone for this one too: no second try.
      delivered = !earlier.unreachable && (await sendUnlessUnreachable(caseId, { ...target.contact, discreet: target.discreet }, target.lang, args.body));
    } catch (error) {
      if (!(error instanceof RelayPartError)) throw error;
      // Not retried on our own (a second try would repeat the parts that went out): the coordinator
      // learns how far it got and sends the rest again.
      const code = error.cause instanceof GrammyError ? error.cause.error_code : undefined;
      logger.warn({ caseId, code, parts: error.delivered, of: error.total }, "reply not delivered in full");
      const reason = error.delivered > 0 ? "partial" : "not_delivered";
      await audit({ actor, action: "reply", caseId, version, result: "refused", reason });
      await replyInDesk(replyTo, "desk-relay-partial", { ref: caseId, sent: error.delivered, total: error.total });
      return;
    }
    if (!delivered) {
      // Not held either: Telegram refuses it on every try until the person unblocks and writes again.
      await audit({ actor, action: "relay", caseId, version, result: "refused", reason: "blocked" });
      await replyInDesk(replyTo, "desk-relay-blocked", { ref: caseId });
      return;
    }
    await audit({ actor, action: "reply", caseId, version, result: "ok", reason: "delivered" });
    await replyInDesk(replyTo, "desk-relay-delivered", { ref: caseId });
  }

  return {
    async fromCoordinator({ userId, caseId, text, replyTo }) {
      const actor = coordinators.actorOf(userId);
      const refuse = async (reason: string, key: string, version?: number) => {
        await audit({ actor, action: "reply", caseId, version, result: "refused", reason });
        await replyInDesk(replyTo, key, { ref: caseId });
      };
      if (!coordinators.isCoordinator(userId)) return refuse("not_allowed", "desk-refused-not-allowed");
      const record = await cases.get(caseId);
      if (!record) return refuse("not_found", "desk-case-unknown");
      if (record.status !== "claimed") return refuse("not_claimed", "desk-relay-not-claimed", record.version);
      if (record.assignee !== actor) return refuse("not_owner", "desk-relay-not-owner", record.version);
      const body = text.trim();
      if (!body) return refuse("empty", "desk-reply-usage", record.version);
      const target = await windowFor(caseId);
      if (!target) return refuse("not_found", "desk-case-unknown", record.version);
      if (target.open) return sendNow({ actor, caseId, version: record.version, replyTo, body }, target);

      const held = await outbox.hold(caseId, body);
      if (!held) return refuse("not_found", "desk-case-unknown", record.version);
      await audit({ actor, action: "reply", caseId, version: record.version, result: "ok", reason: "held" });
      await replyInDesk(replyTo, "desk-relay-held", { ref: caseId });
    },

    async deliverHeld(caseId) {
      const ids = caseId ? [caseId] : await outbox.casesWithHeld();
      let sent = 0;
      for (const id of ids) {
        try {
          sent += (await deliverHeldFor(id)).sent;
        } catch (error) {
          logger.warn({ caseId: id, err: error }, "held delivery failed");
        }
      }
      return sent;
    },

    deliverHeldFor,
  };
}
