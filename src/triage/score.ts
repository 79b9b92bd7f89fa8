import { flagsOf } from "../flow/engine.js";
import type { Flow, Tier } from "../flow/schema.js";
import type { Answer } from "../flow/types.js";

/** What the answers say about urgency, for the card and the desk queue. */
export interface Score {
  /** Flags of every chosen option, in flow node order, without repeats. */
  flags: string[];
  tier: Tier;
  /** The flags that decided the tier (empty for `normal`). */
  reasons: string[];
  /** ILO forced-labour indicator ids evidenced by the flags, in flow order. */
  indicators: string[];
}

/**
 * Scores a run's answers against the flow's `scoring` block: a flag listed
 * under `critical` (else `high`) lifts the case to that tier.
 */
export function scoreAnswers(flow: Flow, answers: Record<string, Answer>): Score {
  const flags: string[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
    for (const flag of flagsOf(node, answer)) if (!flags.includes(flag)) flags.push(flag);
  }
  const { priority, indicators } = flow.scoring;
  const critical = flags.filter((f) => priority.critical.includes(f));
  const high = flags.filter((f) => priority.high.includes(f));
  const [tier, reasons]: [Tier, string[]] = critical.length > 0 ? ["critical", critical] : high.length > 0 ? ["high", high] : ["normal", []];
  const evidenced = Object.entries(indicators)
    .filter(([, evidence]) => evidence.some((f) => flags.includes(f)))
    .map(([id]) => id);
  return { flags, tier, reasons, indicators: evidenced };
}
