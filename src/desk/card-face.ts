import type { Redis } from "ioredis";
import type { Keys } from "../redis/keys.js";
import { defineScript } from "../redis/script.js";

/**
 * KEYS: case record   ARGV: version → 1 when this caller is the first to
 * show that version of the case on its card, else 0. A press and the cases
 * stream both learn of a claim; only one of them may spend a call of the
 * group's 20 a minute on it.
 */
const takeScript = defineScript(
  "desk_card_face_take",
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local shown = tonumber(redis.call('HGET', KEYS[1], 'cardShownVersion') or '0')
if tonumber(ARGV[1]) <= shown then return 0 end
redis.call('HSET', KEYS[1], 'cardShownVersion', ARGV[1])
return 1
`,
);

/** KEYS: case record   ARGV: version → gives the version back after a failed edit, unless a newer one was taken since. */
const giveBackScript = defineScript(
  "desk_card_face_give_back",
  `
if redis.call('HGET', KEYS[1], 'cardShownVersion') == ARGV[1] then
  redis.call('HSET', KEYS[1], 'cardShownVersion', tostring(tonumber(ARGV[1]) - 1))
end
return 1
`,
);

/** Which version of each case its card shows, so each change edits the card once. */
export interface CardFace {
  /**
   * Runs `edit` when no one has shown this version (or a newer one) yet; false
   * when it was skipped. A failed edit gives the version back, so the next
   * attempt (a retried stream entry) edits.
   */
  show(caseId: string, version: number, edit: () => Promise<void>): Promise<boolean>;
  /**
   * Runs `edit` for a version the caller already holds as shown (taken in the
   * case transition itself); a failed edit gives it back for the refresh tick.
   */
  showTaken(caseId: string, version: number, edit: () => Promise<void>): Promise<void>;
}

export function createCardFace(deps: { redis: Redis; keys: Keys }): CardFace {
  const { redis, keys } = deps;
  async function showTaken(caseId: string, version: number, edit: () => Promise<void>): Promise<void> {
    try {
      await edit();
    } catch (error) {
      await giveBackScript.run(redis, [keys.caseRecord(caseId)], [version]).catch(() => undefined);
      throw error;
    }
  }
  return {
    async show(caseId, version, edit) {
      if ((await takeScript.run(redis, [keys.caseRecord(caseId)], [version])) !== 1) return false;
      await showTaken(caseId, version, edit);
      return true;
    },
    showTaken,
  };
}
