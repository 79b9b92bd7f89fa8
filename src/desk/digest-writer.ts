import type { Api } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Logger } from "pino";
import type { CaseStore } from "../cases/store.js";
import type { CaseRecord } from "../cases/types.js";
import type { FlowBundle } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import { PRIORITY, withPriority } from "../transport/outbound/priority.js";
import { isMessageDeleted, isNotModified } from "../transport/telegram-errors.js";
import type { TriageCard } from "../triage/card.js";
import type { CallbackTokens } from "./callbacks.js";
import type { FlowSource } from "./cards.js";
import { digestEntry, goneEntry, layoutDigest, renderDigestPage, type DigestEntry } from "./digest-text.js";
import type { DigestStore, Listing } from "./digest-store.js";

/** What one pass did: one Bot API call, nothing (the digest shows everything), or nothing because another instance writes. */
export type PassOutcome = "called" | "idle" | "busy";

export interface DigestWriter {
  /**
   * Makes at most ONE Bot API call into the group, the most useful one: new
   * waiting cases onto the current digest message (or a new one when they
   * do not fit), else the edit of a message whose lines changed.
   */
  pass(): Promise<PassOutcome>;
}

/** A digest message and the cases it lists. */
interface Shown {
  messageId: number;
  entries: DigestEntry[];
}

/**
 * The digest is how a surge is seen at all. At priority 2 it lost the bot's
 * global 30/s to the people's own chats (priority 1) for as long as the surge
 * lasted: the surge benchmark saw it 25-40 s late. It goes with them instead,
 * round-robin; one call per interval is under 1 % of the global budget.
 */
const DIGEST_PRIORITY = PRIORITY.waiting;

/** Ages change every minute; a digest is edited for what happened to its cases, and ages ride along. */
const signatureOf = (entries: DigestEntry[]) =>
  entries
    .map((e) => `${e.caseId}:${e.state}:${e.status ?? ""}`)
    .sort()
    .join("|");

const markupOf = (buttons: ReturnType<typeof renderDigestPage>["buttons"]): InlineKeyboardMarkup => ({
  inline_keyboard: buttons.map((row) => row.map((b) => ({ text: b.text, callback_data: b.data }))),
});

/** Writes the digest messages: one current message per group, edited as cases come and change. */
export function createDigestWriter(deps: {
  api: Pick<Api, "sendMessage" | "editMessageText">;
  chatId: number;
  cases: Pick<CaseStore<TriageCard>, "get">;
  store: DigestStore;
  tokens: Pick<CallbackTokens, "issue">;
  translator: Translator;
  locale: string;
  flows: FlowSource;
  clock: () => number;
  logger: Logger;
  /** Who holds the writer lock (the desk's consumer name). */
  holder: string;
}): DigestWriter {
  const { api, chatId, store, translator, locale, logger } = deps;
  const textOptions = () => ({ translator, locale, now: deps.clock() });

  async function entriesOf(ids: string[], listings: Map<string, Listing>, waiting: Set<string>): Promise<Map<string, DigestEntry>> {
    const bundles = new Map<string, Promise<FlowBundle | undefined>>();
    const bundleOf = (record: CaseRecord<TriageCard>) => {
      const hash = record.card.flow.hash;
      if (!bundles.has(hash)) bundles.set(hash, deps.flows.byHash(hash).catch(() => undefined));
      return bundles.get(hash)!;
    };
    const one = async (caseId: string): Promise<[string, DigestEntry]> => {
      const record = await deps.cases.get(caseId);
      if (!record) return [caseId, goneEntry(caseId)];
      const listing = listings.get(caseId);
      const bundle = await bundleOf(record);
      return [caseId, digestEntry(record, { waiting: waiting.has(caseId), ...(listing ? { button: listing.button } : {}) }, { ...textOptions(), bundle })];
    };
    return new Map(await Promise.all(ids.map(one)));
  }

  async function send(entries: DigestEntry[]): Promise<number> {
    const page = renderDigestPage(entries, textOptions());
    const sent = await withPriority(
      DIGEST_PRIORITY,
      () => api.sendMessage(chatId, page.text, { link_preview_options: { is_disabled: true }, reply_markup: markupOf(page.buttons) }),
      { ahead: true },
    );
    return sent.message_id;
  }

  /** False when the message is gone (a coordinator deleted it): its cases are listed anew. */
  async function edit(messageId: number, entries: DigestEntry[]): Promise<boolean> {
    const page = renderDigestPage(entries, textOptions());
    try {
      await withPriority(
        DIGEST_PRIORITY,
        () => api.editMessageText(chatId, messageId, page.text, { link_preview_options: { is_disabled: true }, reply_markup: markupOf(page.buttons) }),
        { ahead: true },
      );
    } catch (error) {
      if (isNotModified(error)) return true;
      if (!isMessageDeleted(error)) throw error;
      logger.warn({ messageId }, "digest message deleted in the group; its waiting cases are listed again");
      await store.unlist(entries.map((e) => e.caseId));
      await store.setShown(messageId, undefined);
      if ((await store.current()) === messageId) await store.setCurrent(undefined);
      return false;
    }
    return true;
  }

  /**
   * New waiting cases: onto the current message while it has waiting lines and room for all
   * of them, else a new message. One call per pass: when the current message took only some,
   * the rest waited a whole interval more for a page of their own (bench:surge, 150 people:
   * cases seen up to 8 s after filing).
   */
  async function addNew(added: DigestEntry[], current: Shown | undefined): Promise<void> {
    const live = current && current.entries.some((e) => e.state === "waiting") ? current : undefined;
    const onLive = live ? layoutDigest(live.entries, added, textOptions()) : undefined;
    const { joined, pages } = onLive && onLive.pages.length === 0 ? onLive : { joined: [], pages: layoutDigest([], added, textOptions()).pages };
    const withButtons = async (entries: DigestEntry[]) => {
      for (const e of entries) e.button = await deps.tokens.issue({ caseId: e.caseId, version: 1, action: "card" });
      return entries;
    };
    if (live && joined.length > 0) {
      const all = [...live.entries, ...(await withButtons(joined))];
      if (!(await edit(live.messageId, all))) return;
      await store.list(joined.map((e) => ({ caseId: e.caseId, listing: { messageId: live.messageId, button: e.button! } })));
      await store.setShown(live.messageId, signatureOf(all));
      return;
    }
    const page = await withButtons(pages[0]!);
    const messageId = await send(page);
    await store.list(page.map((e) => ({ caseId: e.caseId, listing: { messageId, button: e.button! } })));
    await store.setShown(messageId, signatureOf(page));
    await store.setCurrent(messageId);
  }

  /**
   * A message whose cases are all claimed, closed or gone has no news left
   * to show: after its last edit it leaves the digest's state. Until then a
   * claim still edits it, so the group sees who took which case.
   */
  async function retireIfDone(shown: Shown, current: number | undefined): Promise<void> {
    if (shown.entries.some((e) => e.state === "waiting" || e.state === "carded")) return;
    await store.unlist(shown.entries.map((e) => e.caseId));
    await store.setShown(shown.messageId, undefined);
    if (current === shown.messageId) await store.setCurrent(undefined);
  }

  async function passLocked(): Promise<PassOutcome> {
    const [listings, waitingIds, current] = await Promise.all([store.listings(), store.waiting(), store.current()]);
    const waiting = new Set(waitingIds);
    const entries = await entriesOf([...new Set([...listings.keys(), ...waitingIds])], listings, waiting);
    // A case erased or closed while it waited needs no card any more.
    for (const id of waitingIds) if (["gone", "closed", "carded"].includes(entries.get(id)?.state ?? "gone")) await store.release(id);
    const byMessage = new Map<number, Shown>();
    for (const [caseId, listing] of listings) {
      const shown = byMessage.get(listing.messageId) ?? { messageId: listing.messageId, entries: [] };
      shown.entries.push(entries.get(caseId)!);
      byMessage.set(listing.messageId, shown);
    }
    const added = waitingIds.filter((id) => !listings.has(id) && entries.get(id)?.state === "waiting").map((id) => entries.get(id)!);
    if (added.length > 0) {
      await addNew(added, current === undefined ? undefined : byMessage.get(current));
      return "called";
    }
    // The current message first (new cases are read there), then older ones, oldest first.
    const order = [...byMessage.values()].sort((a, b) => (a.messageId === current ? -1 : b.messageId === current ? 1 : a.messageId - b.messageId));
    for (const shown of order) {
      const signature = signatureOf(shown.entries);
      if ((await store.shown(shown.messageId)) === signature) {
        await retireIfDone(shown, current);
        continue;
      }
      if (await edit(shown.messageId, shown.entries)) {
        await store.setShown(shown.messageId, signature);
        await retireIfDone(shown, current);
      }
      return "called";
    }
    return "idle";
  }

  return {
    async pass() {
      if (!(await store.lock(deps.holder))) return "busy";
      try {
        return await passLocked();
      } finally {
        await store.unlock(deps.holder).catch((error: unknown) => logger.warn({ err: error }, "digest lock not released; it expires"));
      }
    },
  };
}
