import type { MiddlewareFn } from "grammy";
import type { Logger } from "pino";
import { z } from "zod";

/*
 * The fields Beacon reads from an update, with the types Telegram gives them.
 * Telegram never sends anything else in them; an update that does (a fuzzer,
 * a forged webhook body) would make handlers, and the error handler itself,
 * throw on a `.startsWith` of a number. Other fields pass untouched.
 */
const id = z.number().int().safe();
const user = z.looseObject({ id, is_bot: z.boolean().optional(), first_name: z.string().optional(), language_code: z.string().optional() });
const chat = z.looseObject({ id, type: z.string() });
const message = z.looseObject({
  message_id: id,
  chat,
  from: user.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  location: z.looseObject({ latitude: z.number(), longitude: z.number() }).optional(),
});
const callbackQuery = z.looseObject({ id: z.string(), from: user, data: z.string().optional(), message: z.looseObject({ message_id: id, chat }).optional() });
const update = z.looseObject({
  update_id: id.nonnegative(),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: callbackQuery.optional(),
});

/** Whether an update has the shape Telegram gives the fields Beacon reads. */
export function hasTelegramShape(value: unknown): boolean {
  return update.safeParse(value).success;
}

/**
 * First in the pipeline: an update of a shape Telegram never sends is dropped
 * with one warning (no stack: it is bad input, not a fault), counted, so a
 * flood of garbage neither fills the error log nor reaches a handler.
 */
export function createUpdateShapeGuard(deps: { logger: Logger }): MiddlewareFn {
  let dropped = 0;
  return async (ctx, next) => {
    if (hasTelegramShape(ctx.update)) return next();
    dropped++;
    deps.logger.warn({ updateId: typeof ctx.update.update_id === "number" ? ctx.update.update_id : undefined, dropped }, "update of a shape Telegram never sends dropped");
  };
}
