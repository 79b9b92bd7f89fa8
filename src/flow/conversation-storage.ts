import type { ConversationData, VersionedStateStorage, VersionedState } from "@grammyjs/conversations";
import type { Redis } from "ioredis";
import type { CipherBox } from "../crypto/box.js";
import type { Keys } from "../redis/keys.js";
import type { SessionRegistry } from "../bot/person-session.js";

/**
 * Storage adapter for @grammyjs/conversations. The replay log holds the update
 * that entered the conversation (with the person's name and id), so it is
 * sealed like every other personal value, and keyed by pseudonym.
 */
export function createSealedConversationStorage(deps: {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  ttlSeconds: number;
  sessions?: SessionRegistry;
}): VersionedStateStorage<string, ConversationData> {
  const { redis, keys, box, ttlSeconds } = deps;
  return {
    async read(person) {
      const session = deps.sessions?.get(person);
      if (session) return session.conversation();
      const key = keys.conversation(person);
      const sealed = await redis.get(key);
      return sealed ? (JSON.parse(box.open(key, sealed)) as VersionedState<ConversationData>) : undefined;
    },
    async write(person, state) {
      const session = deps.sessions?.get(person);
      if (session) return session.setConversation(state);
      const key = keys.conversation(person);
      await redis.set(key, box.seal(key, JSON.stringify(state)), "EX", ttlSeconds);
    },
    async delete(person) {
      const session = deps.sessions?.get(person);
      if (session) return session.setConversation(undefined);
      await redis.del(keys.conversation(person));
    },
  };
}
