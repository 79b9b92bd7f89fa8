import type { Redis } from "ioredis";
import { defineScript } from "../redis/script.js";
import type { Keys } from "../redis/keys.js";

/**
 * KEYS: case record   ARGV: message id
 * → 1 when the record named that message as its card and no longer does, else 0.
 * Compare-and-delete: a card posted meanwhile (`/case`, another instance) is kept.
 */
const forgetCardScript = defineScript(
  "desk_forget_card",
  `
if redis.call('HGET', KEYS[1], 'cardMessageId') == ARGV[1] then
  redis.call('HDEL', KEYS[1], 'cardMessageId')
  return 1
end
return 0
`,
);

/**
 * The case's card message was deleted in the group (Telegram answered "message
 * to edit not found" or the like): the record stops pointing at it, so the
 * desk's tick posts the card again. Only while the record still holds that id.
 */
export async function forgetCardMessage(redis: Redis, keys: Keys, caseId: string, messageId: number): Promise<boolean> {
  return (await forgetCardScript.run(redis, [keys.caseRecord(caseId)], [String(messageId)])) === 1;
}
