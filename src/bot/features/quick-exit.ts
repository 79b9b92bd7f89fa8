import type { Context } from "grammy";
import type { Logger } from "pino";
import { BeaconError } from "../../errors.js";
import type { Translator } from "../../i18n/translator.js";
import type { ForgetDeleted, MessageTracker } from "../../person/message-tracker.js";
import { withGaps } from "../../person/message-gaps.js";
import { deleteInBatches } from "../../transport/telegram-errors.js";


/** The chat's message ids could not be read, so nothing could be deleted. */
export class QuickExitError extends BeaconError {
  constructor(options?: { cause?: unknown }) {
    super("quick exit could not read the chat's message ids", "quick_exit_failed", options);
  }
}


export interface QuickExit {
  /**
   * Deletes every tracked message of the chat and forgets the person's
   * unfinished conversation. Ids whose delete failed stay tracked, so another
   * exit can still remove them.
   */
  wipe(chatId: number, person: string): Promise<{ deleted: number; failed: number }>;
}

export function createQuickExit(deps: {
  tracker: Pick<MessageTracker, "list"> & ForgetDeleted;
  deleteMessages: (chatId: number, ids: number[]) => Promise<void>;
  /** Clears flow state and the conversations plugin's state. */
  forgetConversation: (person: string) => Promise<void>;
  clock: () => number;
  logger: Logger;
  /**
   * Tells the team, in a line with no content, that the person used quick
   * exit (so no one writes expecting an answer). Best effort, after the wipe.
   */
  onWiped?: (person: string) => Promise<void>;
}): QuickExit {
  const { tracker, logger } = deps;
  return {
    async wipe(chatId, person) {
      const now = deps.clock();
      // The phone comes first: what is on screen is the danger, so deleting runs
      // before (and regardless of) clearing our state.
      // With the small gaps between tracked ids: messages a crash sent before their ids were saved.
      const ids = withGaps(await tracker.list(person, now).catch((cause: unknown) => {
        throw new QuickExitError({ cause });
      }));
      let failedBatches = 0;
      const deleted = await deleteInBatches((batch) => deps.deleteMessages(chatId, batch), ids, (error) => {
        failedBatches++;
        logger.warn({ person, err: error }, "quick exit: a delete batch failed; its ids stay tracked");
      });
      // Best effort from here: the messages are gone, and a failure now must not
      // turn the exit into an error the person would see.
      await tracker.forget(person, deleted, now).catch((error: unknown) => {
        logger.warn({ person, err: error }, "quick exit: deleted ids not forgotten; a later exit retries them");
      });
      await deps.forgetConversation(person).catch((error: unknown) => {
        logger.warn({ person, err: error }, "quick exit: conversation state not cleared");
      });
      await deps.onWiped?.(person).catch((error: unknown) => {
        logger.warn({ person, err: error }, "quick exit: the team was not told");
      });
      logger.info({ person, messages: ids.length, deleted: deleted.length, failedBatches }, "quick exit");
      return { deleted: deleted.length, failed: ids.length - deleted.length };
    },
  };
}
