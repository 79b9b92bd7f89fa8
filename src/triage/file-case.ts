import type { CaseStore } from "../cases/store.js";
import type { CaseFiler } from "../cases/ports.js";
import { buildCard, type TriageCard } from "./card.js";
import { contactWindowOf } from "./contact.js";

/**
 * Turns a completed flow into a case: card (scored, validated), sealed contact
 * with the safe-contact window, one atomic write. The flow's session id is the
 * case id, so a retried confirmation files the same case once.
 */
export function createCaseFiler(deps: {
  cases: CaseStore<TriageCard>;
  clock: () => number;
  /** The desk of DESKS_FILE the case goes to, read off its first card (src/desk/routes.ts `routeOf`); none: the main group. */
  route?: (card: TriageCard) => string | undefined;
}): CaseFiler {
  return {
    async file({ chatId, person, locale, bundle, state, later }) {
      const card = buildCard(bundle, state, { caseId: state.sessionId, lang: locale, now: deps.clock() });
      // After filing: the same case and card get the answer. A replica wait per answer would cost
      // seconds each right after a failover, and the case was confirmed when it was filed.
      if (later) {
        await deps.cases.enrich(state.sessionId, card, card.tier);
        return { caseId: state.sessionId };
      }
      const country = card.answers.find((a) => a.field === "country")?.answer;
      const window = contactWindowOf(bundle, card.flags, country?.kind === "place" ? country.id : undefined);
      const desk = deps.route?.(card);
      const { created } = await deps.cases.create({
        caseId: state.sessionId,
        tier: card.tier,
        card,
        contact: { chatId, person, lang: locale, window },
        ...(desk !== undefined ? { desk } : {}),
      });
      // Filed earlier in the run (a `file_case` step): this is a later answer, for the same card.
      if (!created) await deps.cases.enrich(state.sessionId, card, card.tier);
      return { caseId: state.sessionId };
    },
  };
}
