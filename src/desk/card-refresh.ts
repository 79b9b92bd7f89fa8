import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { CaseStore } from "../cases/store.js";
import type { CaseRecord } from "../cases/types.js";
import type { Translator } from "../i18n/translator.js";
import type { Keys } from "../redis/keys.js";
import { defineScript } from "../redis/script.js";
import { PRIORITY, withPriority } from "../transport/outbound/priority.js";
import type { TriageCard } from "../triage/card.js";
import { formatAge } from "../triage/render.js";
import type { CardPublisher } from "./cards.js";

/** A card's age is brought up to date at most this often (the ten minutes). */
export const REFRESH_EVERY_MS = 10 * 60_000;
/**
 * Edits per pass (a pass every 15 s): the group takes 20 calls a minute, and
 * cards and relayed lines come first. Oldest-shown cards go first.
 */
const PER_PASS = 2;
/**
 * KEYS: case record   ARGV: now, version drawn ('' = none) → notes when the card
 * was drawn and raises the version it shows. Only on a live record: a field
 * written after an erase would leave a stray hash behind.
 */
const drawnScript = defineScript(
  "desk_card_drawn",
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'cardShownAt', ARGV[1])
if ARGV[2] ~= '' and tonumber(ARGV[2]) > tonumber(redis.call('HGET', KEYS[1], 'cardShownVersion') or '0') then
  redis.call('HSET', KEYS[1], 'cardShownVersion', ARGV[2])
end
return 1
`,
);

/** How many of the most urgent live cases each pass looks at. */
const SCAN = 200;

export interface CardRefresher {
  /** Notes that a card was just posted or redrawn, so its next refresh is ten minutes away. */
  markShown(caseId: string): Promise<void>;
  /** One pass; returns how many cards were edited. */
  run(): Promise<number>;
}

/**
 * Keeps each live card's age ("12 min ago") and safe-hours state ("opens in
 * 3 h") true without spending the group's budget: a card is redrawn when ten
 * minutes have passed since it was last drawn and what it says has changed
 * (its age label, or a version a failed edit left unshown), as housekeeping,
 * behind every card, relayed line and reminder.
 */
export function createCardRefresher(deps: {
  redis: Redis;
  keys: Keys;
  cases: Pick<CaseStore<TriageCard>, "listOpen">;
  cards: Pick<CardPublisher, "edit">;
  translator: Translator;
  locale: string;
  clock: () => number;
  logger: Logger;
}): CardRefresher {
  const { redis, keys, cases, cards, translator, locale, clock, logger } = deps;
  const age = (ms: number) => formatAge(translator, locale, ms);

  async function due(records: CaseRecord<TriageCard>[], now: number) {
    const pipeline = redis.pipeline();
    for (const r of records) pipeline.hmget(keys.caseRecord(r.id), "cardShownAt", "cardShownVersion");
    const replies = (await pipeline.exec()) ?? [];
    const out: { record: CaseRecord<TriageCard>; shownAt: number }[] = [];
    records.forEach((record, i) => {
      const [shownAtRaw, shownVersionRaw] = (replies[i]?.[1] as (string | null)[] | undefined) ?? [];
      const shownAt = shownAtRaw ? Number(shownAtRaw) : record.createdAt;
      if (now - shownAt < REFRESH_EVERY_MS) return;
      const unshown = shownVersionRaw !== null && shownVersionRaw !== undefined && Number(shownVersionRaw) < record.version;
      if (unshown || age(now - record.createdAt) !== age(shownAt - record.createdAt)) out.push({ record, shownAt });
    });
    return out.sort((a, b) => a.shownAt - b.shownAt).slice(0, PER_PASS);
  }

  async function markShown(caseId: string, at = clock(), version?: number): Promise<void> {
    await drawnScript.run(redis, [keys.caseRecord(caseId)], [at, version ?? ""]);
  }

  return {
    markShown: (caseId) => markShown(caseId),
    async run() {
      const now = clock();
      const live = (await cases.listOpen(SCAN)).filter((r) => r.cardMessageId !== undefined && (r.status === "open" || r.status === "claimed"));
      let edited = 0;
      for (const { record } of await due(live, now)) {
        const messageId = record.cardMessageId as number;
        try {
          await withPriority(PRIORITY.housekeeping, () => cards.edit(messageId, record));
          edited++;
          await markShown(record.id, now, record.version);
          continue;
        } catch (error) {
          // A deleted card is the missing-card pass's to repost; anything else waits for the next pass.
          logger.debug({ caseId: record.id, err: error }, "card refresh failed");
        }
        // Tried: the next try is ten minutes away, so a card Telegram keeps refusing costs nothing meanwhile.
        await markShown(record.id, now);
      }
      return edited;
    },
  };
}
