import type { Redis } from "ioredis";
import { z } from "zod";
import { openItem, sealItem } from "../crypto/aad.js";
import type { CipherBox } from "../crypto/box.js";
import { DecryptionError, StorageError } from "../errors.js";
import type { Keys } from "../redis/keys.js";
import { defineScript } from "../redis/script.js";

export interface OutboxDependencies {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  /** Epoch milliseconds. */
  clock: () => number;
}

/** A coordinator's message waiting for the person's safe-contact window. */
export interface HeldMessage {
  text: string;
  /** When it was held, epoch milliseconds. */
  heldAt: number;
}

export interface Outbox {
  /** Holds a message, sealed. Returns false (and holds nothing) when the case no longer exists. */
  hold(caseId: string, text: string): Promise<boolean>;
  /** The held messages, oldest first, without taking them. */
  pending(caseId: string): Promise<HeldMessage[]>;
  /** Takes every held message at once, oldest first; a second drain gets none of them. */
  drain(caseId: string): Promise<HeldMessage[]>;
  /** Case ids with at least one held message. */
  casesWithHeld(): Promise<string[]>;
}

const heldSchema = z.strictObject({ text: z.string(), heldAt: z.number() });

/**
 * KEYS: record, outbox, casesWithHeld   ARGV: caseId, sealed message
 * Checks the record in the same step so a message for an erased case is never
 * stored (it would outlive the erase).
 */
const holdScript = defineScript(
  "outbox_hold",
  `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[1])
return 1
`,
);

/**
 * Messages coordinators wrote while the person was outside their chosen
 * window (a phone checked by guards must not light up). The relay drains a
 * case's outbox once the window opens.
 */
export function createOutbox(deps: OutboxDependencies): Outbox {
  const { redis, keys, box, clock } = deps;

  function openAll(caseId: string, sealed: string[]): HeldMessage[] {
    const key = keys.caseOutbox(caseId);
    const seen = new Set<string>();
    return sealed.map((value) => {
      const { id, plaintext } = openItem(box, key, value);
      // Each item is sealed under its own id: the same id twice is an item copied by someone with write access.
      if (id !== undefined && seen.has(id)) throw new DecryptionError(`outbox of ${caseId} holds a duplicated item`);
      if (id !== undefined) seen.add(id);
      return heldSchema.parse(JSON.parse(plaintext));
    });
  }

  return {
    async hold(caseId, text) {
      const key = keys.caseOutbox(caseId);
      const sealed = sealItem(box, key, JSON.stringify({ text, heldAt: clock() }));
      const done = await holdScript.run(redis, [keys.caseRecord(caseId), key, keys.casesWithHeld], [caseId, sealed]);
      return done === 1;
    },

    async pending(caseId) {
      return openAll(caseId, await redis.lrange(keys.caseOutbox(caseId), 0, -1));
    },

    async drain(caseId) {
      const key = keys.caseOutbox(caseId);
      const replies = await redis.multi().lrange(key, 0, -1).del(key).srem(keys.casesWithHeld, caseId).exec();
      const taken = replies?.[0];
      if (!taken || taken[0] || !Array.isArray(taken[1])) {
        throw new StorageError(`outbox drain of ${caseId} failed`, { cause: taken?.[0] ?? undefined });
      }
      return openAll(caseId, taken[1].map(String));
    },

    async casesWithHeld() {
      return redis.smembers(keys.casesWithHeld);
    },
  };
}
