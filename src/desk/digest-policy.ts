/**
 * What the desk may know of the outbound scheduler (src/transport/outbound):
 * how many more calls the coordinators' group can take, and how many wait.
 * app.ts passes the scheduler itself; tests pass figures.
 */
export interface GroupBudget {
  /** Calls the chat can still take in the next `withinMs` (its limit and any 429 pause, minus what waits). */
  budget(chatId: number, withinMs: number): number;
  /** Calls waiting for the chat. */
  pending(chatId: number): number;
}

/** Telegram's window for a group's limit (20 messages a minute, edits and deletes included). */
export const GROUP_WINDOW_MS = 60_000;

/**
 * Calls a lower-tier card must leave free besides the digest's share, so a
 * critical case arriving next still gets its own card at once: a surge's
 * first cases are as likely critical as not.
 */
export const CRITICAL_RESERVE = 3;

/**
 * Whether one more card can go out now and still leave the digest a call
 * every `intervalMs` for the next minute. A group's limit is a sliding
 * window: what is spent in a burst comes back in a burst a minute later, so
 * twenty cards in the first seconds of a surge would leave nothing for the
 * digest for the rest of that minute, and every later case would be seen
 * late. So for each k, the calls the group can take within k intervals must
 * cover this card, k digest calls and `reserve` more (kept for critical
 * cards when a lower-tier card asks).
 */
export function roomKeepingDigest(group: GroupBudget, chatId: number, intervalMs: number, reserve = 0): boolean {
  for (let k = 1; k * intervalMs < GROUP_WINDOW_MS; k++) {
    if (group.budget(chatId, k * intervalMs) < k + 1 + reserve) return false;
  }
  return true;
}

/**
 * Whether a card can go out now with nothing else waiting for the group and
 * one more call (a digest edit) still free soon: the test once no surge is
 * going on, which spends the whole budget on waiting cards.
 */
export function roomNow(group: GroupBudget, chatId: number, intervalMs: number): boolean {
  return group.pending(chatId) === 0 && group.budget(chatId, intervalMs) >= 2;
}
