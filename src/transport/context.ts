import type { ConversationFlavor } from "@grammyjs/conversations";
import type { Context } from "grammy";
import type { Logger } from "pino";
import type { Prefs } from "../person/prefs-fields.js";

/** What Beacon's middleware learns about an update before features run. */
export interface BeaconFlavor {
  beacon: {
    /** Per-update child logger; carries only ids and pseudonyms. */
    logger: Logger;
    /** HMAC pseudonym of the chat, when the update has a chat. */
    person?: string;
    /** True when the update comes from the coordinators' chat. */
    fromDesk: boolean;
    /** The person's locale (after negotiation or their /language choice). */
    locale: string;
    /** True on the first update we see from this person (no stored language yet). */
    firstContact: boolean;
    /** Webhook mode: the token of this update's chat lease, which fences its writes. */
    leaseToken?: string;
    /** The person's settings as they were when this update arrived. */
    prefs?: Prefs;
    /**
     * Set by an exit or an erase: once the update's writes (staged in the person's
     * session, flushed last) are in Redis, the append-only file is rewritten so the
     * deleted values leave it. Asking earlier would rewrite a file that still holds them.
     */
    compactAfter?: boolean;
  };
}

export type BeaconContext = Context & BeaconFlavor;
export type BotContext = ConversationFlavor<BeaconContext>;
