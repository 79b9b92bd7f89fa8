import { Composer } from "grammy";
import type { Redis } from "ioredis";
import type { BotContext } from "../../transport/context.js";
import type { CaseStore, TransitionOptions } from "../../cases/store.js";
import type { CaseAction, CaseRecord } from "../../cases/types.js";
import { TransitionRefusedError } from "../../errors.js";
import { PRIORITY, withPriority } from "../../transport/outbound/priority.js";
import type { Keys } from "../../redis/keys.js";
import type { TriageCard } from "../../triage/card.js";
import { createCardFace } from "../card-face.js";
import { escalatedTier, type KeyboardMode } from "../card-keyboard.js";
import type { CallbackTokens, TokenData } from "../callbacks.js";
import type { CardPublisher } from "../cards.js";
import type { Coordinators } from "../coordinators.js";
import type { RecordAudit } from "../desk-audit.js";
import type { DeskText } from "../desk-text.js";

const REFUSAL_KEYS: Record<TransitionRefusedError["reason"], string> = {
  stale: "desk-refused-stale",
  illegal: "desk-refused-illegal",
  not_owner: "desk-refused-not-owner",
  not_found: "desk-refused-not-found",
};

const DONE_KEYS: Record<Exclude<CaseAction, "withdraw">, string> = {
  claim: "desk-ans-claimed",
  release: "desk-ans-released",
  escalate: "desk-ans-escalated",
  resolve: "desk-ans-resolved",
};

const MENUS: Partial<Record<TokenData["action"], KeyboardMode>> = { escalate_menu: "escalate", resolve_menu: "resolve", back: "main" };

/** A case change a button asks for, as the case store takes it. */
interface Change {
  action: Exclude<CaseAction, "withdraw">;
  options: TransitionOptions;
}

/** One press on a card button: who pressed, on which message, and how to answer the press. */
interface Press {
  actor: string;
  messageId: number | undefined;
  /** Stops the spinner with a short text in the coordinators' locale. */
  answer(key: string, args?: Record<string, string | number>): Promise<unknown>;
}

/** The change a (non-menu) button asks for; undefined for an action that changes nothing. */
function changeOf(data: TokenData, record: CaseRecord<TriageCard>, actor: string, firstName: string): Change | undefined {
  const options: TransitionOptions = { expectedVersion: data.version, actor };
  switch (data.action) {
    case "claim":
      // The first name is only ever shown inside the coordinators' group; it is stored sealed.
      options.actorName = firstName;
      return { action: "claim", options };
    case "release":
      return { action: "release", options };
    case "escalate": {
      options.tier = escalatedTier(record.tier, data.reason);
      options.reason = data.reason;
      return { action: "escalate", options };
    }
    case "resolve":
      options.outcome = data.outcome;
      return { action: "resolve", options };
    default:
      return undefined;
  }
}

/**
 * Card buttons: Claim, Release, Escalate (pick a reason), Resolve (pick an
 * outcome). Every press is checked against the allowlist and the token, and
 * every change is fenced on the version the card showed, so of two
 * coordinators pressing Claim at once exactly one wins; the other is told the
 * card was out of date and sees it refreshed.
 */
export function createCardButtons(deps: {
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  cards: CardPublisher;
  tokens: Pick<CallbackTokens, "resolve">;
  coordinators: Coordinators;
  t: DeskText;
  record: RecordAudit;
}): Composer<BotContext> {
  const { redis, keys, cases, cards, tokens, coordinators, t } = deps;
  const audit = deps.record;
  const face = createCardFace({ redis, keys });
  const composer = new Composer<BotContext>();
  /** The card as the case stands, unless that version is on it already (the stream may have been first). */
  const showCase = (messageId: number, record: CaseRecord<TriageCard>) => face.show(record.id, record.version, () => cards.edit(messageId, record));

  // A coordinator who tapped is waiting: the answer and the card's new face go ahead of other cards.
  composer.on("callback_query:data", (ctx) => withPriority(PRIORITY.waiting, () => onPress(ctx)));

  async function onPress(ctx: BotContext & { callbackQuery: { data: string } }): Promise<void> {
    const query = ctx.callbackQuery;
    const press: Press = {
      actor: coordinators.actorOf(query.from.id),
      messageId: query.message?.message_id,
      answer: (key, args) => ctx.answerCallbackQuery({ text: t(key, args) }).catch(() => undefined),
    };
    const data = await tokens.resolve(query.data);

    if (!coordinators.isCoordinator(query.from.id)) {
      await audit({ actor: press.actor, action: data?.action ?? "press", caseId: data?.caseId, version: data?.version, result: "refused", reason: "not_allowed" });
      await press.answer("desk-refused-not-allowed");
      return;
    }
    if (!data) return refuseUnknownToken(press);
    const record = await cases.get(data.caseId);
    if (!record) return refuseGone(press, data);
    // A token is only good on its own case's card: pressed on another message (replayed, or
    // forged from another card), it would turn that card into this case while replies to it
    // still reach the first case's person.
    if (press.messageId !== record.cardMessageId) return refuseElsewhere(press, data);

    const menu = MENUS[data.action];
    if (menu !== undefined) {
      if (await showMenu(press, data, record, menu)) await ctx.answerCallbackQuery().catch(() => undefined);
      return;
    }
    const change = changeOf(data, record, press.actor, query.from.first_name);
    if (change) await apply(press, data, change);
  }

  /** A token that is not ours, forged or expired. */
  async function refuseUnknownToken(press: Press): Promise<void> {
    await audit({ actor: press.actor, action: "press", result: "refused", reason: "unknown_token" });
    await press.answer("desk-refused-expired");
    if (press.messageId !== undefined) await refreshMapped(press.messageId);
  }

  /** A real token pressed on a message that is not its case's card: nothing changes, that message shows its own case again. */
  async function refuseElsewhere(press: Press, data: TokenData): Promise<void> {
    await audit({ actor: press.actor, action: data.action, caseId: data.caseId, version: data.version, result: "refused", reason: "wrong_message" });
    await press.answer("desk-refused-expired");
    if (press.messageId !== undefined) await refreshMapped(press.messageId);
  }

  /** The case was erased: its card becomes the withdrawn line. */
  async function refuseGone(press: Press, data: TokenData): Promise<void> {
    await audit({ actor: press.actor, action: data.action, caseId: data.caseId, version: data.version, result: "refused", reason: "not_found" });
    await press.answer("desk-refused-not-found");
    if (press.messageId !== undefined) await cards.editWithdrawn(press.messageId, data.caseId).catch(() => undefined);
  }

  /** Opens or leaves a pick list; false (press answered) when the card was out of date. */
  async function showMenu(press: Press, data: TokenData, record: CaseRecord<TriageCard>, menu: KeyboardMode): Promise<boolean> {
    if (record.version !== data.version) {
      await audit({ actor: press.actor, action: data.action, caseId: data.caseId, version: data.version, result: "refused", reason: "stale" });
      await press.answer("desk-refused-stale");
      if (press.messageId !== undefined) await cards.edit(press.messageId, record);
      return false;
    }
    if (press.messageId !== undefined) await cards.editKeyboard(press.messageId, record, menu);
    return true;
  }

  /** The fenced change; a refusal is answered and the card shown as it stands now. */
  async function apply(press: Press, data: TokenData, { action, options }: Change): Promise<void> {
    const { actor, messageId } = press;
    try {
      // The press shows the change on the card itself, at once; the stream reader then leaves it alone.
      const updated = await cases.transition(data.caseId, action, { ...options, callerShowsCard: messageId !== undefined });
      // Why it was escalated and how it ended stay in the case record (sealed or erased with it), never in the audit.
      await audit({ actor, action, caseId: data.caseId, version: updated.version, result: "ok" });
      await press.answer(DONE_KEYS[action]);
      if (messageId !== undefined) await face.showTaken(updated.id, updated.version, () => cards.edit(messageId, updated));
    } catch (error) {
      if (!(error instanceof TransitionRefusedError)) throw error;
      await audit({ actor, action, caseId: data.caseId, version: data.version, result: "refused", reason: error.reason });
      const current = await cases.get(data.caseId);
      // Lost a race for the case: who holds it is what the second coordinator needs, not "out of date".
      if (action === "claim" && current?.status === "claimed") await press.answer("desk-refused-taken", { name: current.assigneeName ?? "?" });
      else await press.answer(REFUSAL_KEYS[error.reason]);
      if (messageId !== undefined && current) await showCase(messageId, current);
    }
  }

  /** A press on an unknown token: show the card as it stands now, with working buttons. */
  async function refreshMapped(messageId: number): Promise<void> {
    const caseId = await redis.get(keys.deskMessage(messageId));
    const record = caseId ? await cases.get(caseId) : undefined;
    if (record?.cardMessageId === messageId) await cards.edit(messageId, record).catch(() => undefined);
  }

  return composer;
}
