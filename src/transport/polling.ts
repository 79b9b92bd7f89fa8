import { createConcurrentSink, createRunner, createSource, type RunnerHandle, type UpdateSupplier } from "@grammyjs/runner";
import { GrammyError, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { BotContext } from "./context.js";

/** Keeps fetched updates before Telegram is told they arrived (the next getUpdates confirms them). */
export interface FetchedUpdateKeeper {
  keep(updates: readonly Update[]): Promise<void>;
  /** The update was handled (or failed and its error handler ran). */
  forget(updateId: number): Promise<void>;
}

export interface PollingOptions {
  bot: Bot<BotContext>;
  logger: Logger;
  allowedUpdates: readonly string[];
  /** Without one, a fetched update is confirmed before it is handled (lost if the process dies). */
  keeper?: FetchedUpdateKeeper;
  /** Pause after the first failed fetch, doubled each time up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** Long-poll timeout in seconds (Telegram's default here: 30). */
  timeoutSeconds?: number;
}

/** The runner's and grammY's AbortSignal type (a shim's, not Node's own). */
type ShimSignal = Parameters<UpdateSupplier<Update>["supply"]>[1];

type FetchFailure =
  | { kind: "webhook_active" }
  | { kind: "other_poller" }
  | { kind: "throttled"; retryAfterMs: number }
  | { kind: "token_refused" }
  | { kind: "transient" };

export function classifyFetchFailure(error: unknown): FetchFailure {
  if (!(error instanceof GrammyError)) return { kind: "transient" };
  if (error.error_code === 409) return /webhook/i.test(error.description) ? { kind: "webhook_active" } : { kind: "other_poller" };
  if (error.error_code === 429) return { kind: "throttled", retryAfterMs: (error.parameters.retry_after ?? 1) * 1000 };
  if (error.error_code === 401) return { kind: "token_refused" };
  return { kind: "transient" };
}

/**
 * Long polling that never dies of Telegram's answers: @grammyjs/runner's own
 * fetcher throws on every 409, which ends polling with an unhandled rejection.
 * Here a webhook found active (a deployment that once ran in webhook mode, a
 * page that called setWebhook on the sandbox) is deleted, and any other failure
 * (another getUpdates, 429, 5xx, network, a refused token) is logged and tried
 * again with a pause doubling up to `maxRetryMs`. The offset (which confirms a batch
 * to Telegram) advances only after the keeper was asked to hold the batch.
 */
export function startPolling(options: PollingOptions): RunnerHandle {
  const { bot, logger } = options;
  const firstRetryMs = options.firstRetryMs ?? 100;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  let offset = 0;

  const fetchOnce = async (batchSize: number, signal: ShimSignal): Promise<Update[]> => {
    const limit = Math.max(1, Math.min(batchSize, 100));
    const updates = await bot.api.getUpdates({ offset, limit, timeout: options.timeoutSeconds ?? 30, allowed_updates: [...options.allowedUpdates] as never }, signal);
    if (updates.length > 0) {
      // With Redis down the update cannot be saved anyway, but it can still be answered
      // (the calm "short delay" word): handled unkept rather than held back.
      await options.keeper?.keep(updates).catch((error: unknown) => logger.warn({ err: error, updates: updates.length }, "fetched updates not journaled; handling them anyway"));
      offset = (updates.at(-1)?.update_id ?? offset - 1) + 1;
    }
    return updates;
  };

  const supply = async (batchSize: number, signal: ShimSignal): Promise<Update[]> => {
    let retryMs = firstRetryMs;
    for (;;) {
      try {
        return await fetchOnce(batchSize, signal);
      } catch (error) {
        if (signal.aborted) return [];
        const failure = classifyFetchFailure(error);
        if (failure.kind === "webhook_active") {
          logger.warn({ err: error }, "polling found a webhook set on this bot; deleting it to keep polling");
          const deleted = await bot.api.deleteWebhook().then(
            () => true,
            (deleteError: unknown) => {
              logger.warn({ err: deleteError, retryInMs: retryMs }, "deleting the webhook failed; trying again");
              return false;
            },
          );
          if (deleted) continue;
          await pause(retryMs, signal as unknown as AbortSignal);
          retryMs = Math.min(retryMs * 2, maxRetryMs);
          continue;
        }
        const pauseMs = failure.kind === "throttled" ? failure.retryAfterMs : retryMs;
        const line = failure.kind === "other_poller" ? "another getUpdates is polling this bot (a second instance?); trying again" : failure.kind === "token_refused" ? "Telegram refused the bot token (BOT_TOKEN); trying again" : "fetching updates failed; trying again";
        logger[failure.kind === "token_refused" ? "error" : "warn"]({ err: error, retryInMs: pauseMs }, line);
        await pause(pauseMs, signal as unknown as AbortSignal);
        retryMs = Math.min(retryMs * 2, maxRetryMs);
      }
    }
  };

  const source = createSource({ supply });
  const consume = async (update: Update) => {
    try {
      await bot.handleUpdate(update);
    } finally {
      await options.keeper?.forget(update.update_id);
    }
  };
  const sink = createConcurrentSink<Update>({ consume }, async (error) => {
    try {
      await bot.errorHandler(error as never);
    } catch (handlerError) {
      logger.error({ err: handlerError }, "the error handler itself failed");
    }
  });
  const runner = createRunner(source, sink);
  runner.start();
  runner.task()?.catch((error: unknown) => logger.error({ err: error }, "polling stopped unexpectedly"));
  return runner;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done);
  });
}
