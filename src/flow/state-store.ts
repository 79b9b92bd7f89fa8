import type { Redis } from "ioredis";
import type { CipherBox } from "../crypto/box.js";
import type { Keys } from "../redis/keys.js";
import type { SessionRegistry } from "../bot/person-session.js";
import type { FlowState } from "./types.js";

/**
 * Sealed storage of a person's flow state. The TTL is the conversation idle
 * timeout: a triage left untouched that long is forgotten.
 */
export interface FlowStateStore {
  load(person: string): Promise<FlowState | undefined>;
  save(person: string, state: FlowState): Promise<void>;
  clear(person: string): Promise<void>;
}

export function createFlowStateStore(deps: { redis: Redis; keys: Keys; box: CipherBox; ttlSeconds: number; sessions?: SessionRegistry }): FlowStateStore {
  const { redis, keys, box, ttlSeconds } = deps;
  return {
    async load(person) {
      const session = deps.sessions?.get(person);
      if (session) return session.flow();
      const key = keys.flowState(person);
      const sealed = await redis.get(key);
      if (!sealed) return undefined;
      return JSON.parse(box.open(key, sealed)) as FlowState;
    },
    async save(person, state) {
      const session = deps.sessions?.get(person);
      if (session) return session.setFlow(state);
      const key = keys.flowState(person);
      await redis.set(key, box.seal(key, JSON.stringify(state)), "EX", ttlSeconds);
    },
    async clear(person) {
      const session = deps.sessions?.get(person);
      if (session) return session.setFlow(undefined);
      await redis.del(keys.flowState(person));
    },
  };
}
