import { chosenIds } from "../flow/engine.js";
import type { CardField, FlowNode, Scoring } from "../flow/schema.js";
import type { FlowBundle } from "../flow/types.js";
import type { TriageCard } from "./card.js";

/**
 * Every reason for urgency the person reported, most serious first: the
 * flow's critical flags in the order the flow lists them, then its high ones.
 * A coordinator scanning a busy group decides from this line alone, so no
 * reported reason may hide behind the one that set the tier.
 *
 * @example
 * headlineReasons(card, bundle.flow.scoring) // ["minor", "injured", "locked_in", "beaten", "passport_retained"]
 */
export function headlineReasons(card: Pick<TriageCard, "flags" | "reasons">, scoring: Scoring | undefined): string[] {
  // Without the filed flow version there is no ranking to read; the deciding reasons still hold.
  if (!scoring) return card.reasons;
  const ranked = [...scoring.priority.critical, ...scoring.priority.high];
  return ranked.filter((flag, i) => card.flags.includes(flag) && ranked.indexOf(flag) === i);
}

/** One answer that evidences an indicator: the question's card field (or node) and the options chosen that did. */
export interface EvidenceAnswer {
  node: string;
  field: CardField | undefined;
  options: string[];
}

/** An ILO forced-labour indicator and the answers that reported it. */
export interface IndicatorEvidence {
  indicator: string;
  answers: EvidenceAnswer[];
}

function optionsOf(node: FlowNode | undefined): readonly { id: string; flags?: string[] | undefined }[] {
  return node && "options" in node && node.options ? node.options : [];
}

/**
 * The indicators the answers evidence, each with the answers that did, in
 * the flow's order. An indicator no answer reported never appears: a card
 * handed to police or an embassy must not say more than the person said.
 * Without the filed flow version, the stored indicator ids stand alone.
 */
export function indicatorEvidence(card: Pick<TriageCard, "answers" | "indicators">, bundle: FlowBundle | undefined): IndicatorEvidence[] {
  if (!bundle) return card.indicators.map((indicator) => ({ indicator, answers: [] }));
  const out: IndicatorEvidence[] = [];
  for (const [indicator, evidence] of Object.entries(bundle.flow.scoring.indicators)) {
    const answers: EvidenceAnswer[] = [];
    for (const entry of card.answers) {
      const node = Object.hasOwn(bundle.flow.nodes, entry.node) ? bundle.flow.nodes[entry.node] : undefined;
      const chosen = new Set(chosenIds(entry.answer));
      const options = optionsOf(node)
        .filter((o) => chosen.has(o.id) && (o.flags ?? []).some((f) => evidence.includes(f)))
        .map((o) => o.id);
      if (options.length > 0) answers.push({ node: entry.node, field: entry.field, options });
    }
    if (answers.length > 0) out.push({ indicator, answers });
  }
  return out;
}
