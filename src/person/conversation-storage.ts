import type { ConversationData, VersionedStateStorage, VersionedState } from "@grammyjs/conversations";
import type { Redis } from "ioredis";
import { createSealedPersonValue, type SessionRegistry } from "./session.js";
import { pruneConversation } from "./state-pack.js";
import type { CipherBox } from "../crypto/box.js";
import type { Keys } from "../redis/keys.js";

/**
 * Storage adapter for @grammyjs/conversations. The replay log holds the update
 * that entered the conversation, pruned to its chat (state-pack.ts), sealed
 * like every other personal value, and keyed by pseudonym.
 */
export function createSealedConversationStorage(deps: {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  ttlSeconds: number;
  sessions?: SessionRegistry;
}): VersionedStateStorage<string, ConversationData> {
  const value = createSealedPersonValue<VersionedState<ConversationData>>({
    ...deps,
    keyOf: deps.keys.conversation,
    inSession: { get: (s) => s.conversation(), set: (s, v) => s.setConversation(v) },
  });
  return {
    read: (person) => value.read(person),
    write: (person, state) => value.write(person, pruneConversation(state)),
    delete: (person) => value.write(person, undefined),
  };
}
