import { Bot, BotError, GrammyError, HttpError, type ApiClientOptions, type Middleware, type Transformer } from "grammy";
import type { Logger } from "pino";
import type { Pseudonymize } from "../crypto/box.js";
import type { Translator } from "../i18n/translator.js";
import type { BotContext } from "../transport/context.js";
import { createContextMiddleware } from "./features/context.js";
import { isExitRequest } from "./person-input.js";
import { PRIORITY, withPriority } from "../transport/outbound/priority.js";
import { createUpdateShapeGuard } from "../transport/update-shape.js";
import { inWebhookDelivery, isWorthRetrying, RetryableUpdateError, UpdateInProgressError } from "../transport/webhook-delivery.js";

/** (update id, text) pairs a person was already told, per instance; enough for Telegram's redelivery span. */
const CALMED_REMEMBERED = 10_000;

export interface BotDependencies {
  token: string;
  client?: ApiClientOptions;
  logger: Logger;
  pseudonymize: Pseudonymize;
  translator: Translator;
  /** The coordinators' groups (COORDINATOR_CHAT_ID and those of DESKS_FILE): no person there. */
  isDeskChat: (chatId: number) => boolean;
  /** Outgoing API transformers (person guard, retries), in order. */
  transformers: Transformer[];
}

export interface BeaconBot {
  bot: Bot<BotContext>;
  /** Updates whose handling finished (failed ones too), so tests and the benchmark know when work is done. */
  handledUpdates(): number;
  /** Adds the features, in order, inside the error boundary; called once, with the pipeline. */
  install(features: Array<Middleware<BotContext>>): void;
}

/**
 * Builds the grammY bot: context first, then (through `install`) the features in order, and a
 * `bot.catch` that logs by id and tells the person something calm (never in
 * reply to a quick exit).
 */
export function createBot(deps: BotDependencies): BeaconBot {
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
  // Before the error boundary: the error handler itself reads the update's fields.
  bot.use(createUpdateShapeGuard({ logger: deps.logger }));
  // A webhook update may fail, be redelivered and fail again: the person hears each line once.
  const calmed = new Set<string>();
  const firstCalm = (updateId: number, key: string): boolean => {
    const said = `${updateId}:${key}`;
    if (calmed.has(said)) return false;
    calmed.add(said);
    if (calmed.size > CALMED_REMEMBERED) calmed.delete(calmed.values().next().value as string);
    return true;
  };
  const onError = async (error: BotError<BotContext>) => {
    const ctx = error.ctx;
    const logger = ctx.beacon?.logger ?? deps.logger;
    const cause = error.error;
    const webhook = inWebhookDelivery();
    if (webhook && cause instanceof UpdateInProgressError) {
      // Not a failure of this update: a copy is (or was, before a crash) being handled. Say nothing.
      logger.info("update still marked as being handled; asking Telegram to deliver it later");
      throw new RetryableUpdateError({ cause });
    }
    logger.error(
      {
        err: cause,
        telegram: cause instanceof GrammyError ? { method: cause.method, code: cause.error_code } : undefined,
        network: cause instanceof HttpError,
      },
      "update failed",
    );
    // Webhook mode: a failure a redelivery can get past leaves the boundary, so the webhook
    // answers non-2xx and Telegram delivers the update again. Long polling cannot redeliver.
    const redelivered = webhook && isWorthRetrying(cause);
    if (ctx.chat?.type === "private") {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
      // Telegram's copy will be applied: a person who also sent it again would have their
      // resend answer this question and the copy the next one. Only a lost update asks them.
      const key = redelivered ? "error-delay" : "error-try-again";
      if (isExitRequest(ctx, deps.translator)) {
        // An exit must leave nothing behind: no calming line, and at least the exit itself goes.
        const { chat, message } = ctx;
        if (message) await withPriority(PRIORITY.quickExit, () => ctx.api.deleteMessage(chat.id, message.message_id), { detached: false }).catch(() => undefined);
      } else if (!webhook || firstCalm(ctx.update.update_id, key)) {
        await ctx.api.sendMessage(ctx.chat.id, deps.translator.t(ctx.beacon?.locale ?? "en", key)).catch(() => undefined);
      }
    }
    if (redelivered) throw new RetryableUpdateError({ cause });
  };
  // Inside the boundary, so an update counts as handled only once the person has been answered.
  const guarded = bot.errorBoundary(onError);
  guarded.use(
    createContextMiddleware({
      logger: deps.logger,
      pseudonymize: deps.pseudonymize,
      isDeskChat: deps.isDeskChat,
      negotiate: (code) => deps.translator.negotiate(code),
    }),
  );
  bot.catch(onError);
  return {
    bot,
    handledUpdates: () => handled,
    install(features) {
      for (const feature of features) guarded.use(feature);
    },
  };
}
