import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Redis } from "ioredis";
import type { CipherBox } from "../crypto/box.js";
import type { FlowState } from "../flow/types.js";
import type { Keys } from "../redis/keys.js";
import { DELETE_WINDOW_MS } from "../safety/message-tracker.js";
import type { Prefs } from "./prefs.js";

type Conversation = VersionedState<ConversationData>;

/**
 * Everything one update of one person reads and writes in Redis, gathered so
 * the update costs two round trips: one script reads it all (with dedupe and
 * rate limit), one MULTI writes it all at the end. Stores consult the session
 * of the person when one is open, so every write path is staged alike and
 * later reads in the same update see earlier writes.
 */
export class PersonSession {
  private flowValue: FlowState | undefined | null = null;
  private convValue: Conversation | undefined | null = null;
  private flowDirty = false;
  private convDirty = false;
  private tracked: Array<{ id: number; at: number }> = [];
  private prefsChanges: Partial<Prefs> = {};

  constructor(
    readonly person: string,
    private prefsNow: Prefs,
    private flowSealed: string | undefined,
    private convSealed: string | undefined,
    private readonly deps: { keys: Keys; box: CipherBox },
  ) {}

  prefs(): Prefs {
    return { ...this.prefsNow, ...this.prefsChanges };
  }

  setPrefs(changes: Partial<Prefs>): void {
    this.prefsChanges = { ...this.prefsChanges, ...changes };
  }

  flow(): FlowState | undefined {
    if (this.flowValue === null) {
      const key = this.deps.keys.flowState(this.person);
      this.flowValue = this.flowSealed ? (JSON.parse(this.deps.box.open(key, this.flowSealed)) as FlowState) : undefined;
    }
    return this.flowValue;
  }

  setFlow(state: FlowState | undefined): void {
    this.flowValue = state;
    this.flowDirty = true;
  }

  conversation(): Conversation | undefined {
    if (this.convValue === null) {
      const key = this.deps.keys.conversation(this.person);
      this.convValue = this.convSealed ? (JSON.parse(this.deps.box.open(key, this.convSealed)) as Conversation) : undefined;
    }
    return this.convValue;
  }

  setConversation(state: Conversation | undefined): void {
    this.convValue = state;
    this.convDirty = true;
  }

  track(ids: readonly number[], at: number): void {
    for (const id of ids) this.tracked.push({ id, at });
  }

  /** Staged message ids, for a wipe or a tidy in the same update. */
  stagedIds(): number[] {
    return this.tracked.map((t) => t.id);
  }

  /** Removes staged ids matching `drop` (they were deleted in this update). */
  dropStaged(drop: (id: number) => boolean): number[] {
    const dropped = this.tracked.filter((t) => drop(t.id)).map((t) => t.id);
    this.tracked = this.tracked.filter((t) => !drop(t.id));
    return dropped;
  }

  /** Writes everything staged in one MULTI. */
  async flush(redis: Redis, ttl: { idleSeconds: number; prefsSeconds: number }): Promise<void> {
    const { keys, box } = this.deps;
    const prefsChanged = Object.keys(this.prefsChanges).length > 0;
    if (!this.flowDirty && !this.convDirty && this.tracked.length === 0 && !prefsChanged) return;
    const multi = redis.multi();
    if (this.flowDirty) {
      const key = keys.flowState(this.person);
      if (this.flowValue) multi.set(key, box.seal(key, JSON.stringify(this.flowValue)), "EX", ttl.idleSeconds);
      else multi.del(key);
    }
    if (this.convDirty) {
      const key = keys.conversation(this.person);
      if (this.convValue) multi.set(key, box.seal(key, JSON.stringify(this.convValue)), "EX", ttl.idleSeconds);
      else multi.del(key);
    }
    if (this.tracked.length > 0) {
      const key = keys.chatMessages(this.person);
      const newest = Math.max(...this.tracked.map((t) => t.at));
      multi.zadd(key, ...this.tracked.flatMap((t) => [t.at, String(t.id)]));
      multi.zremrangebyscore(key, "-inf", newest - DELETE_WINDOW_MS).pexpire(key, DELETE_WINDOW_MS);
    }
    const fields: Record<string, string> = {};
    if (this.prefsChanges.lang !== undefined) fields.lang = this.prefsChanges.lang;
    if (this.prefsChanges.discreet !== undefined) fields.discreet = this.prefsChanges.discreet ? "1" : "0";
    if (this.prefsChanges.lastInboundAt !== undefined) fields.lastInboundAt = String(this.prefsChanges.lastInboundAt);
    if (prefsChanged) multi.hset(keys.prefs(this.person), fields).expire(keys.prefs(this.person), ttl.prefsSeconds);
    await multi.exec();
    this.flowDirty = this.convDirty = false;
    this.tracked = [];
    this.prefsChanges = {};
  }
}

/** Open sessions by pseudonym. Updates of one chat never overlap (sequentialize / chat lease). */
export interface SessionRegistry {
  get(person: string): PersonSession | undefined;
  open(session: PersonSession): void;
  close(person: string): void;
}

export function createSessionRegistry(): SessionRegistry {
  const open = new Map<string, PersonSession>();
  return {
    get: (person) => open.get(person),
    open: (session) => void open.set(session.person, session),
    close: (person) => void open.delete(person),
  };
}
