import { Composer } from "grammy";
import type { CoverMode } from "../../config.js";
import { loosePassphrase, type CoverContent } from "../../i18n/cover.js";
import type { Translator } from "../../i18n/translator.js";
import type { PrefsStore } from "../../person/prefs.js";
import type { BotContext } from "../../transport/context.js";
import { isExitRequest } from "../person-input.js";

export interface CoverDependencies {
  mode: CoverMode;
  passphrases: readonly string[];
  content: CoverContent;
  prefs: PrefsStore;
  translator: Translator;
  /** What `/start` does, with the welcome: the hotline, once the passphrase is typed. */
  openHotline: (ctx: BotContext, welcome: boolean) => Promise<void>;
}

/**
 * Cover mode (COVER_MODE): to anyone without the passphrase, the bot is a
 * harmless service (recipes, weather) and nothing on screen names the
 * hotline. The passphrase (any of COVER_PASSPHRASES, matched loosely) opens
 * it; the exit word wipes the chat as always and leaves one cover item.
 * `/erase` works either way. Sits after the conversations plugin: a person
 * kept out has no triage running.
 */
export function createCover(deps: CoverDependencies): Composer<BotContext> {
  const { mode, content, prefs, translator } = deps;
  const wanted = new Set(deps.passphrases.map(loosePassphrase).filter((p) => p !== ""));
  const composer = new Composer<BotContext>();
  const cover = (ctx: BotContext) => ctx.reply(content.one(ctx.beacon.locale, mode));

  composer.chatType("private").use(async (ctx, next) => {
    const person = ctx.beacon.person;
    if (!person) return next();
    if (isExitRequest(ctx, translator)) {
      await next();
      await prefs.set(person, { opened: false });
      await cover(ctx);
      return;
    }
    if ((await prefs.get(person)).opened) return next();
    if (ctx.hasCommand("erase")) return next();
    const text = ctx.message?.text;
    if (ctx.message && text !== undefined && wanted.has(loosePassphrase(text))) {
      await prefs.set(person, { opened: true });
      // The passphrase itself must not stay on screen either.
      await ctx.api.deleteMessages(ctx.chat.id, [ctx.message.message_id]).catch(() => undefined);
      await deps.openHotline(ctx, true);
      return;
    }
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery().catch(() => undefined);
      return;
    }
    await cover(ctx);
  });
  return composer;
}
