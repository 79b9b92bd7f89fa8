import { Composer } from "grammy";
import type { BotContext } from "../transport/context.js";
import type { Pseudonymize } from "../crypto/box.js";
import type { Translator } from "../i18n/translator.js";
import { LINK_TTL_SECONDS, type SignedIn } from "./sign-in.js";

/**
 * `/dashboard`, from an allowlisted coordinator in the group or privately:
 * the link goes to their private chat only, never into the group. Anyone
 * else's `/dashboard` passes on untouched (to a person it is just a word).
 */
export function createDashboardCommand(deps: {
  issueLink(who: SignedIn): Promise<string>;
  coordinatorIds: ReadonlySet<number>;
  deskChatId: number | undefined;
  pseudonymize: Pseudonymize;
  translator: Translator;
  locale: string;
}): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const t = (key: string, args?: Record<string, string | number>) => deps.translator.t(deps.locale, key, args);
  composer.command("dashboard", async (ctx, next) => {
    const from = ctx.from;
    const inDesk = ctx.chat.id === deps.deskChatId;
    if (!from || !deps.coordinatorIds.has(from.id) || (!inDesk && ctx.chat.type !== "private")) return next();
    const link = await deps.issueLink({ actor: deps.pseudonymize("user", from.id), name: from.first_name });
    try {
      await ctx.api.sendMessage(from.id, `${t("desk-dashboard-link", { minutes: LINK_TTL_SECONDS / 60 })}\n${link}`, {
        // A preview would make Telegram fetch the page; it changes nothing, but the link is nobody else's business.
        link_preview_options: { is_disabled: true },
        protect_content: true,
      });
      if (inDesk) await ctx.reply(t("desk-dashboard-sent"), { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } });
    } catch {
      // Telegram refuses a private message to someone who never opened a chat with the bot.
      if (inDesk) await ctx.reply(t("desk-dashboard-no-private"));
    }
  });
  return composer;
}
