import { InlineKeyboard } from "grammy";
import { outcomes, type CaseRecord } from "../cases/types.js";
import type { Tier } from "../flow/schema.js";
import type { Translator } from "../i18n/translator.js";
import { escalationReasons, keyPart, type EscalationReason } from "../triage/render.js";
import type { CallbackTokens, TokenData } from "./callbacks.js";

/** Which keyboard a card shows: the actions, or one of the two pick lists. */
export type KeyboardMode = "main" | "escalate" | "resolve";

/**
 * The tier an escalation lifts a case to: what makes a case critical in the
 * flow's scoring (a child, a medical need, acute danger) goes straight to
 * critical; anything else one step up. A critical case stays critical: its
 * escalation records the new reason (worse now, moved or sold) on the card.
 */
export function escalatedTier(current: Tier, reason: EscalationReason): Tier {
  if (current === "critical") return "critical";
  if (reason === "worse_now" || reason === "minor_confirmed" || reason === "medical") return "critical";
  return current === "normal" ? "high" : "critical";
}

type Actionable = Pick<CaseRecord<unknown>, "id" | "status" | "tier" | "version">;

/** The buttons that are legal on the case as it stands; none once it is closed. */
export async function cardKeyboard(
  record: Actionable,
  mode: KeyboardMode,
  deps: { tokens: CallbackTokens; translator: Translator; locale: string },
): Promise<InlineKeyboard | undefined> {
  const { tokens, translator, locale } = deps;
  const live = record.status === "open" || record.status === "claimed";
  if (!live) return undefined;
  const data = (action: TokenData) => tokens.issue(action);
  const base = { caseId: record.id, version: record.version };
  const keyboard = new InlineKeyboard();

  if (mode === "escalate") {
    for (const reason of escalationReasons) {
      keyboard.text(translator.t(locale, `desk-escalate-${keyPart(reason)}`), await data({ ...base, action: "escalate", reason })).row();
    }
    keyboard.text(translator.t(locale, "desk-btn-back"), await data({ ...base, action: "back" }));
    return keyboard;
  }
  if (mode === "resolve") {
    for (const outcome of outcomes) {
      keyboard.text(translator.t(locale, `desk-outcome-${keyPart(outcome)}`), await data({ ...base, action: "resolve", outcome })).row();
    }
    keyboard.text(translator.t(locale, "desk-btn-back"), await data({ ...base, action: "back" }));
    return keyboard;
  }

  if (record.status === "open") keyboard.text(translator.t(locale, "desk-btn-claim"), await data({ ...base, action: "claim" }));
  if (record.status === "claimed") keyboard.text(translator.t(locale, "desk-btn-release"), await data({ ...base, action: "release" }));
  // Escalate on every live card: a critical case can still get worse, or be moved or sold.
  keyboard.text(translator.t(locale, "desk-btn-escalate"), await data({ ...base, action: "escalate_menu" }));
  keyboard.text(translator.t(locale, "desk-btn-resolve"), await data({ ...base, action: "resolve_menu" }));
  return keyboard;
}
