import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Marks the async work of an update handled a second time because the run
 * that first took it died part-way: the polling journal's replay, or a webhook
 * copy whose `processing` mark outlived its run (the person gate). That run
 * may have sent the person something whose id it never saved: the flow looks
 * for such a message before sending a question again (see the presenter's
 * `adoptAfter`), so a crash does not show the person the same question twice.
 */
const replaying = new AsyncLocalStorage<true>();

export function runAsReplay<T>(work: () => Promise<T>): Promise<T> {
  return replaying.run(true, work);
}

export function inReplay(): boolean {
  return replaying.getStore() === true;
}
