import { Composer } from "grammy";
import type { Translator } from "../../i18n/translator.js";
import type { BotContext } from "../../transport/context.js";

/** Last feature: anything nobody took gets a calm answer, and every button press an answer. */
export function createUnhandled(deps: { translator: Translator }): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
  });
  composer.chatType("private").on("message:text", async (ctx, next) => {
    if (!ctx.message.text.startsWith("/")) return next();
    await ctx.reply(deps.translator.t(ctx.beacon.locale, "help-text"));
  });
  composer.chatType("private").on("message", async (ctx) => {
    await ctx.reply(deps.translator.t(ctx.beacon.locale, "reask-unsupported"));
  });
  return composer;
}
