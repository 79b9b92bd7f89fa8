import { Composer, type Api } from "grammy";
import type { Redis } from "ioredis";
import type { BotContext } from "../transport/context.js";
import { TRIAGE_CONVERSATION } from "../bot/flow/runner.js";
import type { CaseStore } from "../cases/store.js";
import type { Translator } from "../i18n/translator.js";
import type { PrefsStore } from "../person/prefs.js";
import type { Keys } from "../redis/keys.js";
import type { TriageCard } from "../triage/card.js";
import type { DeskText } from "./desk-text.js";
import { deskMessages } from "./relay-messages.js";
import type { RelayTrail } from "./relay-trail.js";
import { underCard } from "./under-card.js";

/** Telegram stops redelivering an update long before this. */
const RELAYED_MARK_SECONDS = 24 * 3600;

/** What the person → desk half uses. */
export interface RelayToDeskDependencies {
  api: Pick<Api, "sendMessage">;
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  prefs: PrefsStore;
  /** The person's own language, for what the bot answers them. */
  translator: Translator;
  /** The coordinators' chat; undefined when none is configured (the person's lines go on to the next feature). */
  chatId: number | undefined;
  t: DeskText;
  /** The acknowledgement for discreet mode, and the tidy before held messages go out. */
  trail: Pick<RelayTrail, "note" | "tidy">;
  /** The case's held messages, sent now that the person wrote (their "when I write first" window opened). */
  deliverHeld(caseId: string): Promise<unknown>;
  /** At most one "your message reached the team" note per case per this many ms. */
  ackCooldownMs: number;
  clock: () => number;
}

/**
 * The person → desk half of the relay: in a private chat, a person with a
 * live case (and no triage running) writes to the team. The coordinators get
 * the person's text under the case reference, as a reply to the card; the
 * person's Telegram id, name or username is never passed on.
 */
export function createRelayToDesk(deps: RelayToDeskDependencies): Composer<BotContext> {
  const { api, redis, keys, cases, prefs, translator, chatId, t, trail } = deps;

  /** Posts the person's text in the group once per update (a webhook redelivery posts nothing). */
  async function postOnce(ctx: BotContext, caseId: string, cardMessageId: number | undefined, text: string): Promise<void> {
    if (chatId === undefined) return;
    // A webhook copy of an update that failed after its relay (e.g. the save after it) must not
    // post the same words in the group twice. Marked after posting: a failure before that posts again.
    const relayedKey = keys.relayedUpdate(ctx.update.update_id);
    if ((await redis.exists(relayedKey)) !== 0) return;
    // Every part carries the case reference (other cases' lines may come in between), as a reply to the card.
    const header = t("desk-from-person", { ref: caseId, lang: ctx.beacon.locale });
    for (const message of deskMessages(header, text)) {
      const sent = await api.sendMessage(chatId, message.text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...underCard(cardMessageId),
      });
      await cases.trackDeskMessage(caseId, sent.message_id);
    }
    await redis.set(relayedKey, "1", "EX", RELAYED_MARK_SECONDS);
    // The update's logger carries the person's pseudonym: no case id beside it (logs outlive retention).
    ctx.beacon.logger.info("person message relayed to desk");
  }

  const composer = new Composer<BotContext>();
  composer.chatType("private").on("message", async (ctx, next) => {
    const person = ctx.beacon.person;
    if (!person) return next();
    // A triage the person started again (/new) owns their messages until it ends.
    // The plugin may sit after this composer; without it nothing can be running here.
    const conversation: BotContext["conversation"] | undefined = ctx.conversation;
    if (conversation && conversation.active(TRIAGE_CONVERSATION) > 0) return next();
    const caseId = await cases.caseOfPerson(person);
    if (!caseId) return next();
    const record = await cases.get(caseId);
    if (!record || chatId === undefined) return next();

    // Writing to the team after filing is what opens an "only after I write first" window: not
    // /start, not the triage's answers (the gate no longer counts those).
    await prefs.set(person, { lastInboundAt: deps.clock() });
    const discreet = (await prefs.get(person)).discreet;
    // Discreet mode: what the person wrote leaves their chat once it is with the team (or could not go).
    const takeBack = async () => {
      // deleteMessages skips a message already gone (a redelivered update), where deleteMessage fails.
      if (discreet) await ctx.api.deleteMessages(ctx.chat.id, [ctx.message.message_id]).catch(() => undefined);
    };
    const text = ctx.message.text;
    if (text === undefined) {
      await takeBack();
      await ctx.reply(translator.t(ctx.beacon.locale, "desk-person-text-only"));
      return;
    }
    await postOnce(ctx, caseId, record.cardMessageId, text);
    await takeBack();

    // One calm note now and then; an answer to every line would light the phone up.
    const first = await redis.set(keys.relayAck(caseId), "1", "PX", deps.ackCooldownMs, "NX");
    if (first === "OK") {
      const ack = await ctx.reply(translator.t(ctx.beacon.locale, "desk-person-ack"));
      await trail.note(person, "ack", ack.message_id);
    }
    // Discreet mode: the person has read what the team wrote before, so it goes now, with the
    // older notes; the newest note stays to tell them this message arrived. Before the held
    // messages below, which they have not read yet.
    if (discreet) await trail.tidy(person, ctx.chat.id);
    // They just wrote: a "when I write first" window is open now.
    await deps.deliverHeld(caseId);
  });
  return composer;
}
