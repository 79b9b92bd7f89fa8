import { tiers, type Tier } from "../flow/schema.js";
import type { EscalationReason } from "./render-text.js";

/**
 * Priority score in `casesOpen`: tier rank (critical = 0) then creation time,
 * so the desk's queue reads most urgent first, oldest first within a tier.
 * Mirrors the Lua `open_score` in cases/scripts.ts, which writes the index.
 */
export function priorityScore(tier: Tier, createdAt: number): number {
  return tiers.indexOf(tier) * 1e13 + createdAt;
}

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
