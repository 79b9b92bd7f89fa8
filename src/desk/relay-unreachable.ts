import { GrammyError } from "grammy";
import { BeaconError } from "../errors.js";

/** Why Telegram will not take a message for the person, whatever we retry. */
export type UnreachableReason = "blocked" | "deactivated";

/**
 * Telegram's 403 descriptions for a private chat that is gone for good: the
 * person blocked the bot, or deleted their account. Other 403s (a group the
 * bot left, a chat never started) are not about a person of a filed case.
 */
const UNREACHABLE: ReadonlyArray<[RegExp, UnreachableReason]> = [
  [/bot was blocked by the user/i, "blocked"],
  [/user is deactivated/i, "deactivated"],
];

/** The reason when `error` (or what it wraps) is Telegram refusing the person's chat for good; else undefined. */
export function unreachableReason(error: unknown): UnreachableReason | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    if (e instanceof PersonUnreachableError) return e.reason;
    if (e instanceof GrammyError && e.error_code === 403) return UNREACHABLE.find(([pattern]) => pattern.test(e.description))?.[1];
  }
  return undefined;
}

/**
 * A message for the person cannot be delivered now or later: they blocked the
 * bot or deleted their account. Retrying is pointless (Telegram answers the
 * same until they unblock and write again), so the relay tells the team and
 * stops instead of holding the words.
 */
export class PersonUnreachableError extends BeaconError {
  constructor(
    readonly reason: UnreachableReason,
    /** Parts of the message that went out before Telegram refused the rest. */
    readonly delivered: number,
    options: { cause: unknown },
  ) {
    super(`the person cannot receive messages (${reason})`, `person_${reason}`, options);
  }
}
