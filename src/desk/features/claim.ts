import { Composer } from "grammy";
import type { BotContext } from "../../transport/context.js";
import type { TransitionOptions } from "../../cases/store.js";
import type { CaseAction } from "../../cases/types.js";
import { TransitionRefusedError } from "../../errors.js";
import { escalatedTier, type KeyboardMode } from "../card-keyboard.js";
import type { TokenData } from "../callbacks.js";
import type { DeskRuntime } from "../runtime.js";

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

/**
 * Card buttons: Claim, Release, Escalate (pick a reason), Resolve (pick an
 * outcome). Every press is checked against the allowlist and the token, and
 * every change is fenced on the version the card showed, so of two
 * coordinators pressing Claim at once exactly one wins; the other is told the
 * card was out of date and sees it refreshed.
 */
export function createCardButtons(rt: DeskRuntime): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on("callback_query:data", async (ctx) => {
    const query = ctx.callbackQuery;
    const actor = rt.actorOf(query.from.id);
    const messageId = query.message?.message_id;
    const answer = (key: string) => ctx.answerCallbackQuery({ text: rt.t(key) }).catch(() => undefined);
    const data = await rt.tokens.resolve(query.data);

    if (!rt.isCoordinator(query.from.id)) {
      await rt.record({ actor, action: data?.action ?? "press", caseId: data?.caseId, version: data?.version, result: "refused", reason: "not_allowed" });
      await answer("desk-refused-not-allowed");
      return;
    }
    if (!data) {
      await rt.record({ actor, action: "press", result: "refused", reason: "unknown_token" });
      await answer("desk-refused-expired");
      if (messageId !== undefined) await refreshMapped(messageId);
      return;
    }

    const record = await rt.cases.get(data.caseId);
    if (!record) {
      await rt.record({ actor, action: data.action, caseId: data.caseId, version: data.version, result: "refused", reason: "not_found" });
      await answer("desk-refused-not-found");
      if (messageId !== undefined) await rt.cards.editWithdrawn(messageId, data.caseId).catch(() => undefined);
      return;
    }

    const menu = MENUS[data.action];
    if (menu !== undefined) {
      if (record.version !== data.version) {
        await rt.record({ actor, action: data.action, caseId: data.caseId, version: data.version, result: "refused", reason: "stale" });
        await answer("desk-refused-stale");
        if (messageId !== undefined) await rt.cards.edit(messageId, record);
        return;
      }
      if (messageId !== undefined) await rt.cards.editKeyboard(messageId, record, menu);
      await ctx.answerCallbackQuery().catch(() => undefined);
      return;
    }

    let action: Exclude<CaseAction, "withdraw">;
    const options: TransitionOptions = { expectedVersion: data.version, actor };
    switch (data.action) {
      case "claim":
        action = "claim";
        // The first name is only ever shown inside the coordinators' group; it is stored sealed.
        options.actorName = query.from.first_name;
        break;
      case "release":
        action = "release";
        break;
      case "escalate": {
        action = "escalate";
        const tier = escalatedTier(record.tier, data.reason);
        if (tier) options.tier = tier;
        options.reason = data.reason;
        break;
      }
      case "resolve":
        action = "resolve";
        options.outcome = data.outcome;
        break;
      default:
        return;
    }

    try {
      const updated = await rt.cases.transition(data.caseId, action, options);
      // Why it was escalated and how it ended stay in the case record (sealed or erased with it), never in the audit.
      await rt.record({ actor, action, caseId: data.caseId, version: updated.version, result: "ok" });
      await answer(DONE_KEYS[action]);
      if (messageId !== undefined) await rt.cards.edit(messageId, updated);
    } catch (error) {
      if (!(error instanceof TransitionRefusedError)) throw error;
      await rt.record({ actor, action, caseId: data.caseId, version: data.version, result: "refused", reason: error.reason });
      await answer(REFUSAL_KEYS[error.reason]);
      const current = await rt.cases.get(data.caseId);
      if (messageId !== undefined && current) await rt.cards.edit(messageId, current);
    }
  });

  /** A press on an unknown token: show the card as it stands now, with working buttons. */
  async function refreshMapped(messageId: number): Promise<void> {
    const caseId = await rt.redis.get(rt.keys.deskMessage(messageId));
    const record = caseId ? await rt.cases.get(caseId) : undefined;
    if (record?.cardMessageId === messageId) await rt.cards.edit(messageId, record).catch(() => undefined);
  }

  return composer;
}
