import type { AuditEntry } from "../cases/audit.js";
import { PRIORITY, withPriority } from "../transport/outbound/priority.js";
import type { Api } from "grammy";
import type { Redis } from "ioredis";
import type { CaseStore } from "../cases/store.js";
import type { Translator } from "../i18n/translator.js";
import type { Keys } from "../redis/keys.js";
import { defineScript } from "../redis/script.js";
import type { TriageCard } from "../triage/card.js";
import { formatAge } from "../triage/render.js";
import type { DeskText } from "./desk-text.js";

/**
 * KEYS: announced, case record   ARGV: caseId, score read before ('' = none), now
 * → 1 when this caller won the right to announce now, else 0. Two instances
 * ticking together announce a case once; an erased case is not re-added.
 */
const announceScript = defineScript(
  "desk_announce",
  `
if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
local s = redis.call('ZSCORE', KEYS[1], ARGV[1])
if (s == false and ARGV[2] ~= '') or (s ~= false and s ~= ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
return 1
`,
);

/** How many of the most urgent open cases each pass looks at. */
const SCAN = 200;

export interface Reannouncer {
  /** Notes when a card was (re)posted, so the clock for its next reminder starts now. */
  markPosted(caseId: string): Promise<void>;
  /** One pass: a "still unclaimed" reply under each critical card nobody took for `intervalMs`. Returns how many. */
  run(): Promise<number>;
}

/**
 * Critical cases must not scroll away unclaimed in a busy group: after the
 * interval, a short reply to the card brings it back to everyone's screen.
 */
export function createReannouncer(
  deps: {
    api: Pick<Api, "sendMessage">;
    redis: Redis;
    keys: Keys;
    cases: CaseStore<TriageCard>;
    /** The coordinators' chat; undefined when none is configured (nothing is announced). */
    chatId: number | undefined;
    t: DeskText;
    /** For the case's age, in the coordinators' locale. */
    translator: Translator;
    locale: string;
    clock: () => number;
    /** The timeline of a case (the dashboard's) shows each reminder. */
    record?: (entry: AuditEntry) => Promise<void>;
  },
  options: { intervalMs: number },
): Reannouncer {
  const { redis, keys, cases, chatId } = deps;
  return {
    async markPosted(caseId) {
      await redis.zadd(keys.announced, deps.clock(), caseId);
    },

    async run() {
      if (chatId === undefined) return 0;
      const now = deps.clock();
      let sent = 0;
      // Most urgent first: once a non-critical case shows up, the rest are not critical either.
      for (const record of await cases.listOpen(SCAN)) {
        if (record.tier !== "critical") break;
        if (record.status !== "open" || record.cardMessageId === undefined) continue;
        const score = await redis.zscore(keys.announced, record.id);
        const last = score === null ? record.createdAt : Number(score);
        if (now - last < options.intervalMs) continue;
        const won = await announceScript.run(redis, [keys.announced, keys.caseRecord(record.id)], [record.id, score ?? "", now]);
        if (won !== 1) continue;
        const cardMessageId = record.cardMessageId;
        // A critical case nobody took: its reminder goes with the critical cards, ahead of the rest.
        const message = await withPriority(PRIORITY.critical, () =>
          deps.api.sendMessage(
            chatId,
            deps.t("desk-still-unclaimed", { ref: record.id, age: formatAge(deps.translator, deps.locale, now - record.createdAt) }),
            { reply_parameters: { message_id: cardMessageId, allow_sending_without_reply: true } },
          ),
        );
        // Replying to the reminder reaches the person like a reply to the card.
        await cases.trackDeskMessage(record.id, message.message_id);
        await deps.record?.({ actor: "desk", action: "reannounce", caseId: record.id, version: record.version, result: "ok" });
        sent++;
      }
      return sent;
    },
  };
}
