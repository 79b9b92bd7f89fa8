import { Bot, BotError, GrammyError, HttpError, type Api, type ApiClientOptions, type Middleware, type Transformer } from "grammy";
import type { Logger } from "pino";
import type { Pseudonymize } from "../crypto/box.js";
import type { Translator } from "../i18n/translator.js";
import type { BotContext } from "./context.js";
import { createContextMiddleware } from "./features/context.js";

export interface BotDependencies {
  token: string;
  client?: ApiClientOptions;
  logger: Logger;
  pseudonymize: Pseudonymize;
  translator: Translator;
  deskChatId: number | undefined;
  /** Outgoing API transformers (person guard, retries), in order. */
  transformers: Transformer[];
  /**
   * Features in order; built after the bot exists because they need its Api.
   * The unhandled feature goes last.
   */
  features: (api: Api) => Array<Middleware<BotContext>>;
}

/**
 * Builds the grammY bot: context first, then the features in order, and a
 * `bot.catch` that logs by id and tells the person something calm.
 */
export function createBot(deps: BotDependencies): { bot: Bot<BotContext>; handledUpdates: () => number } {
  const bot = new Bot<BotContext>(deps.token, { client: deps.client });
  for (const transformer of deps.transformers) bot.api.config.use(transformer);
  // Counts finished updates (failed ones too), so tests and the benchmark know when work is done.
  let handled = 0;
  bot.use(async (_ctx, next) => {
    try {
      await next();
    } finally {
      handled++;
    }
  });
  const onError = async (error: BotError<BotContext>) => {
    const ctx = error.ctx;
    const logger = ctx.beacon?.logger ?? deps.logger;
    const cause = error.error;
    logger.error(
      {
        err: cause,
        telegram: cause instanceof GrammyError ? { method: cause.method, code: cause.error_code } : undefined,
        network: cause instanceof HttpError,
      },
      "update failed",
    );
    if (ctx.chat?.type === "private") {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      await ctx.api
        .sendMessage(ctx.chat.id, deps.translator.t(ctx.beacon?.locale ?? "en", "error-try-again"))
        .catch(() => undefined);
    }
  };
  // Inside the boundary, so an update counts as handled only once the person has been answered.
  const guarded = bot.errorBoundary(onError);
  guarded.use(
    createContextMiddleware({
      logger: deps.logger,
      pseudonymize: deps.pseudonymize,
      deskChatId: deps.deskChatId,
      negotiate: (code) => deps.translator.negotiate(code),
    }),
  );
  for (const feature of deps.features(bot.api)) guarded.use(feature);
  bot.catch(onError);
  return { bot, handledUpdates: () => handled };
}
