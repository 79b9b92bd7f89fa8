import type { Redis } from "ioredis";
import { createSealedPersonValue, type SessionRegistry } from "./session.js";
import type { CipherBox } from "../crypto/box.js";
import type { Keys } from "../redis/keys.js";
import type { FlowState } from "../flow/types.js";
import { packFlowState, unpackFlowState } from "./state-pack.js";

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
  const value = createSealedPersonValue({
    ...deps,
    keyOf: deps.keys.flowState,
    inSession: { get: (s) => s.flow(), set: (s, v) => s.setFlow(v) },
    // Sealed packed; states stored plain before are still read.
    codec: { pack: packFlowState, unpack: unpackFlowState },
  });
  return {
    load: (person) => value.read(person),
    save: (person, state) => value.write(person, state),
    clear: (person) => value.write(person, undefined),
  };
}
