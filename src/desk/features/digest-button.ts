import { Composer } from "grammy";
import type { BotContext } from "../../transport/context.js";
import { PRIORITY, withPriority } from "../../transport/outbound/priority.js";
import type { CallbackTokens } from "../callbacks.js";
import type { Coordinators } from "../coordinators.js";
import type { RecordAudit } from "../desk-audit.js";
import type { DeskText } from "../desk-text.js";
import type { Digest } from "../digest.js";

/**
 * The button on a digest line: posts that case's full card at once (a
 * coordinator who tapped is waiting, so it leaves ahead of other cards).
 * Any other press, and any press by someone not on the allowlist, goes on
 * to the card buttons, which answer and audit refusals.
 */
export function createDigestButton(deps: {
  tokens: Pick<CallbackTokens, "resolve">;
  digest: Pick<Digest, "open">;
  coordinators: Coordinators;
  t: DeskText;
  record: RecordAudit;
}): Composer<BotContext> {
  const { tokens, digest, coordinators, t } = deps;
  const composer = new Composer<BotContext>();

  composer.on("callback_query:data", async (ctx, next) => {
    const query = ctx.callbackQuery;
    const data = await tokens.resolve(query.data);
    if (data?.action !== "card" || !coordinators.isCoordinator(query.from.id)) return next();
    await withPriority(PRIORITY.waiting, async () => {
      const outcome = await digest.open(data.caseId);
      const actor = coordinators.actorOf(query.from.id);
      if (outcome === "gone") {
        await deps.record({ actor, action: "card", caseId: data.caseId, result: "refused", reason: "not_found" });
        await ctx.answerCallbackQuery({ text: t("desk-refused-not-found") }).catch(() => undefined);
        return;
      }
      await deps.record({ actor, action: "card", caseId: data.caseId, result: "ok" });
      const key = outcome === "posted" ? "desk-digest-ans-posted" : outcome === "later" ? "desk-digest-ans-coming" : "desk-digest-ans-below";
      await ctx.answerCallbackQuery({ text: t(key) }).catch(() => undefined);
    });
  });

  return composer;
}
