import { Composer, type Context } from "grammy";
import type { Redis } from "ioredis";
import type { BotContext } from "../../transport/context.js";
import { parseCaseRef } from "../../cases/id.js";
import type { CaseStore } from "../../cases/store.js";
import type { CaseRecord } from "../../cases/types.js";
import type { Translator } from "../../i18n/translator.js";
import type { Keys } from "../../redis/keys.js";
import type { TriageCard } from "../../triage/card.js";
import { escapeHtml, formatAge, statusText, TIER_BADGES } from "../../triage/render.js";
import type { CardPublisher } from "../cards.js";
import type { Coordinators } from "../coordinators.js";
import type { RecordAudit } from "../desk-audit.js";
import type { DeskText } from "../desk-text.js";
import type { RelayToPerson } from "../relay-to-person.js";

/** Lines per list message; a queue longer than this says so. */
const LIST_LIMIT = 30;

/**
 * Commands in the coordinators' chat — `/queue`, `/case REF`, `/mine`,
 * `/reply REF text` — and replies to a card or a relayed message, which go
 * to the person. Only allowlisted coordinators; anyone else is refused and
 * the attempt audited.
 */
export function createDeskCommands(deps: {
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  cards: Pick<CardPublisher, "post">;
  coordinators: Coordinators;
  t: DeskText;
  /** For ages and status lines, in the coordinators' locale. */
  translator: Translator;
  locale: string;
  clock: () => number;
  record: RecordAudit;
  /** Where a coordinator's words for the person go. */
  relay: Pick<RelayToPerson, "fromCoordinator">;
}): Composer<BotContext> {
  const { redis, keys, cases, cards, coordinators, t, translator, locale, clock, relay } = deps;
  const audit = deps.record;
  const composer = new Composer<BotContext>();

  const reply = (ctx: Context, html: string) =>
    ctx.reply(html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {}),
    });

  /** The allowlist gate; refusals are audited under the command's name. */
  const allowed = async (ctx: Context, action: string, caseId?: string): Promise<boolean> => {
    const userId = ctx.from?.id;
    if (coordinators.isCoordinator(userId)) return true;
    await audit({ actor: userId === undefined ? "unknown" : coordinators.actorOf(userId), action, caseId, result: "refused", reason: "not_allowed" });
    await reply(ctx, escapeHtml(t("desk-refused-not-allowed")));
    return false;
  };

  const listLine = (r: CaseRecord<TriageCard>) =>
    `${TIER_BADGES[r.tier]} <code>${escapeHtml(r.id)}</code> · ${escapeHtml(t(`desk-tier-${r.tier}`))} · ${escapeHtml(formatAge(translator, locale, clock() - r.createdAt))} · ${escapeHtml(statusText(r, translator, locale))}`;

  composer.command("queue", async (ctx) => {
    if (!(await allowed(ctx, "queue"))) return;
    const open = await cases.listOpen(LIST_LIMIT + 1);
    await audit({ actor: coordinators.actorOf(ctx.from?.id ?? 0), action: "queue", result: "ok" });
    if (open.length === 0) return void (await reply(ctx, escapeHtml(t("desk-queue-empty"))));
    const lines = open.slice(0, LIST_LIMIT).map(listLine);
    if (open.length > LIST_LIMIT) lines.push(escapeHtml(t("desk-list-more")));
    await reply(ctx, `<b>${escapeHtml(t("desk-queue-title", { count: Math.min(open.length, LIST_LIMIT) }))}</b>\n${lines.join("\n")}`);
  });

  composer.command("mine", async (ctx) => {
    if (!(await allowed(ctx, "mine"))) return;
    const actor = coordinators.actorOf(ctx.from?.id ?? 0);
    const mine = await cases.listByAssignee(actor);
    await audit({ actor, action: "mine", result: "ok" });
    if (mine.length === 0) return void (await reply(ctx, escapeHtml(t("desk-mine-empty"))));
    await reply(ctx, `<b>${escapeHtml(t("desk-mine-title", { count: mine.length }))}</b>\n${mine.slice(0, LIST_LIMIT).map(listLine).join("\n")}`);
  });

  composer.command("case", async (ctx) => {
    const ref = parseCaseRef(ctx.match);
    if (!(await allowed(ctx, "case", ref))) return;
    if (!ref) return void (await reply(ctx, escapeHtml(t("desk-case-usage"))));
    const record = await cases.get(ref);
    const actor = coordinators.actorOf(ctx.from?.id ?? 0);
    if (!record) {
      await audit({ actor, action: "case", caseId: ref, result: "refused", reason: "not_found" });
      return void (await reply(ctx, escapeHtml(t("desk-case-unknown", { ref }))));
    }
    const messageId = await cards.post(record, ctx.msg ? { replyTo: ctx.msg.message_id } : {});
    // The repost becomes the card: edits, buttons and replies follow it from now on.
    await cases.setCardMessage(ref, messageId);
    await audit({ actor, action: "case", caseId: ref, version: record.version, result: "ok" });
  });

  composer.command("reply", async (ctx) => {
    // The reference, then the coordinator's words with their line breaks kept.
    const parts = /^\s*(\S+)\s+([\s\S]*\S)\s*$/.exec(ctx.match ?? "");
    const ref = parseCaseRef(parts?.[1]);
    const text = parts?.[2] ?? "";
    if (!(await allowed(ctx, "reply", ref))) return;
    if (!ref || !text) return void (await reply(ctx, escapeHtml(t("desk-reply-usage"))));
    await relay.fromCoordinator({ userId: ctx.from?.id ?? 0, caseId: ref, text, replyTo: ctx.msg?.message_id ?? 0 });
  });

  // A reply to a card or to a relayed message of the person: the words go to that person.
  composer.on("message", async (ctx) => {
    const target = ctx.message.reply_to_message?.message_id;
    if (target === undefined) return;
    const caseId = await redis.get(keys.deskMessage(target));
    if (!caseId) return;
    if (ctx.message.text === undefined) {
      if (!(await allowed(ctx, "reply", caseId))) return;
      await audit({ actor: coordinators.actorOf(ctx.from.id), action: "reply", caseId, result: "refused", reason: "not_text" });
      return void (await reply(ctx, escapeHtml(t("desk-relay-text-only"))));
    }
    if (ctx.message.text.startsWith("/")) return;
    await relay.fromCoordinator({ userId: ctx.from.id, caseId, text: ctx.message.text, replyTo: ctx.message.message_id });
  });

  return composer;
}
