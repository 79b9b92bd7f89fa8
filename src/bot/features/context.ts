import type { Logger } from "pino";
import type { MiddlewareFn } from "grammy";
import type { Pseudonymize } from "../../crypto/box.js";
import type { BotContext } from "../../transport/context.js";

/**
 * First middleware: the per-update child logger and the pseudonym. Only the
 * update id, the update type and the pseudonym are logged — never text or ids.
 */
export function createContextMiddleware(deps: {
  logger: Logger;
  pseudonymize: Pseudonymize;
  isDeskChat: (chatId: number) => boolean;
  /** Until the person's stored choice is read, Telegram's language is the best guess (and all we have if Redis is down). */
  negotiate: (languageCode: string | undefined) => string;
}): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chatId = ctx.chatId;
    const fromDesk = chatId !== undefined && deps.isDeskChat(chatId);
    const person = chatId !== undefined && !fromDesk ? deps.pseudonymize("chat", chatId) : undefined;
    const kind = Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
    // Most updates log nothing: the child logger is made on first use.
    let child: Logger | undefined;
    const bindings = { updateId: ctx.update.update_id, kind, ...(person ? { person } : { desk: fromDesk }) };
    ctx.beacon = {
      get logger() {
        child ??= deps.logger.child(bindings);
        return child;
      },
      person,
      fromDesk,
      locale: deps.negotiate(ctx.from?.language_code),
      firstContact: false,
    };
    await next();
  };
}
