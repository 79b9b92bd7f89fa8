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
const entity = z.looseObject({ type: z.string(), offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() });
const message = z
  .looseObject({
    message_id: id,
    chat,
    from: user.optional(),
    text: z.string().optional(),
    caption: z.string().optional(),
    entities: z.array(entity).optional(),
    caption_entities: z.array(entity).optional(),
    reply_to_message: z.looseObject({ message_id: id }).optional(),
    location: z.looseObject({ latitude: z.number(), longitude: z.number() }).optional(),
  })
  // Telegram sends entities only with the text they mark (grammY's command matching reads that text).
  .refine((m) => (m.entities === undefined || m.text !== undefined) && (m.caption_entities === undefined || m.caption !== undefined));
const callbackQuery = z.looseObject({ id: z.string(), from: user, data: z.string().optional(), message: z.looseObject({ message_id: id, chat }).optional() });
/** The kinds Beacon asks Telegram for (allowed_updates in app/lifecycle.ts); an update carries exactly one kind. */
const KINDS = ["message", "edited_message", "callback_query"];
const update = z
  .looseObject({
    update_id: id.nonnegative(),
    message: message.optional(),
    edited_message: message.optional(),
    callback_query: callbackQuery.optional(),
  })
  // Any other kind (my_chat_member, poll_answer, ...) was never asked for, and grammY would read its `from` unchecked.
  .refine((u) => {
    const kinds = Object.keys(u).filter((k) => k !== "update_id");
    return kinds.length === 1 && KINDS.includes(kinds[0] as string);
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
