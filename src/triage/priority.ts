import { tiers, type Tier } from "../flow/schema.js";

/**
 * Priority score in `casesOpen`: tier rank (critical = 0) then creation time,
 * so the desk's queue reads most urgent first, oldest first within a tier.
 * Mirrors the Lua `open_score` in cases/scripts.ts, which writes the index.
 */
export function priorityScore(tier: Tier, createdAt: number): number {
  return tiers.indexOf(tier) * 1e13 + createdAt;
}
