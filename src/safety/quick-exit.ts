import type { Logger } from "pino";
import type { MessageTracker } from "./message-tracker.js";

/** Telegram's deleteMessages takes at most 100 ids a call. */
const BATCH = 100;

export interface QuickExit {
  /** Deletes every tracked message of the chat and forgets the person's unfinished conversation. */
  wipe(chatId: number, person: string): Promise<{ deleted: number }>;
}

export function createQuickExit(deps: {
  tracker: MessageTracker;
  deleteMessages: (chatId: number, ids: number[]) => Promise<void>;
  /** Clears flow state and the conversations plugin's state. */
  forgetConversation: (person: string) => Promise<void>;
  clock: () => number;
  logger: Logger;
}): QuickExit {
  return {
    async wipe(chatId, person) {
      // Forget first: even if Telegram fails below, nothing of the triage remains with us.
      await deps.forgetConversation(person);
      const ids = await deps.tracker.list(person, deps.clock());
      let failed = 0;
      for (let i = 0; i < ids.length; i += BATCH) {
        await deps.deleteMessages(chatId, ids.slice(i, i + BATCH)).catch((error: unknown) => {
          failed++;
          deps.logger.warn({ person, err: error }, "quick exit: a delete batch failed");
        });
      }
      await deps.tracker.clear(person);
      deps.logger.info({ person, messages: ids.length, failedBatches: failed }, "quick exit");
      return { deleted: ids.length };
    },
  };
}
