import { GrammyError } from "grammy";

/**
 * What Telegram's answers mean, shared by the person side and the desk. The
 * Bot API reports these only in its `description` text, so the wording is
 * matched here and nowhere else.
 */

/** Telegram refused an edit that would leave the message as it is: nothing to do (e.g. a double tap, two writers refreshing one card). */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400 && error.description.includes("message is not modified");
}

/**
 * The message is not there any more (someone deleted it): editing or deleting
 * it fails the same way for ever. A message that exists but can no longer be
 * edited ("message can't be edited") is not this.
 */
export function isMessageDeleted(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    error.error_code === 400 &&
    /message to edit not found|message to delete not found|MESSAGE_ID_INVALID/i.test(error.description)
  );
}

/** Telegram's deleteMessages takes at most 100 ids a call. */
export const DELETE_BATCH = 100;

/**
 * Deletes `ids` in calls of at most 100. A call that fails is reported to
 * `onFailed` with its ids and skipped; the others still run. Returns the ids
 * of the calls that went through (Telegram answers true even for ids it could
 * not delete, so these are "asked and answered", which is what callers forget).
 */
export async function deleteInBatches(
  deleteMessages: (ids: number[]) => Promise<unknown>,
  ids: readonly number[],
  onFailed: (error: unknown, batch: readonly number[]) => void,
): Promise<number[]> {
  const deleted: number[] = [];
  for (let i = 0; i < ids.length; i += DELETE_BATCH) {
    const batch = ids.slice(i, i + DELETE_BATCH);
    try {
      await deleteMessages(batch);
      deleted.push(...batch);
    } catch (error) {
      onFailed(error, batch);
    }
  }
  return deleted;
}
