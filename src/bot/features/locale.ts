import type { MiddlewareFn } from "grammy";
import type { Translator } from "../../i18n/translator.js";
import type { PrefsStore } from "../prefs.js";
import type { BotContext } from "../context.js";

/** Resolves the person's locale: their stored choice, else Telegram's `language_code`, negotiated. */
export function createLocaleMiddleware(deps: { prefs: PrefsStore; translator: Translator }): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const person = ctx.beacon.person;
    if (person) {
      const prefs = await deps.prefs.get(person);
      if (prefs.lang && deps.translator.locales.includes(prefs.lang)) {
        ctx.beacon.locale = prefs.lang;
      } else {
        ctx.beacon.locale = deps.translator.negotiate(ctx.from?.language_code);
        ctx.beacon.firstContact = true;
        await deps.prefs.set(person, { lang: ctx.beacon.locale });
      }
    }
    await next();
  };
}
