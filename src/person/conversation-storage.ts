import type { ConversationData, VersionedStateStorage, VersionedState } from "@grammyjs/conversations";
import type { Redis } from "ioredis";
import { createSealedPersonValue, type SessionRegistry } from "./session.js";
import { packConversation, unpackConversation } from "./state-pack.js";
import type { CipherBox } from "../crypto/box.js";
import type { Keys } from "../redis/keys.js";

/**
 * Storage adapter for @grammyjs/conversations. The replay log holds the update
 * that entered the conversation, pruned to its chat and packed (state-pack.ts), sealed
 * like every other personal value, and keyed by pseudonym.
 */
export function createSealedConversationStorage(deps: {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  ttlSeconds: number;
  sessions?: SessionRegistry;
}): VersionedStateStorage<string, ConversationData> {
  const value = createSealedPersonValue({
    ...deps,
    keyOf: deps.keys.conversation,
    inSession: { get: (s) => s.conversation(), set: (s, v) => s.setConversation(v) },
    codec: { pack: packConversation, unpack: unpackConversation },
  });
  return {
    read: (person) => value.read(person),
    write: (person, state) => value.write(person, state),
    delete: (person) => value.write(person, undefined),
  };
}
