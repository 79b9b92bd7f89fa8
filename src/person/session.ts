import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Redis } from "ioredis";
import type { CipherBox } from "../crypto/box.js";
import type { FlowState } from "../flow/types.js";
import { packConversation, packFlowState, unpackConversation, unpackFlowState } from "./state-pack.js";

import type { Keys } from "../redis/keys.js";
import { defineScript } from "../redis/script.js";
import { LeaseLostError } from "../errors.js";
import { DELETE_WINDOW_MS } from "./delete-window.js";
import { MARKS_LUA, PERSON_MARKS } from "./update-marks.js";
import { prefsFields, type Prefs } from "./prefs-fields.js";

type Conversation = VersionedState<ConversationData>;

/**
 * KEYS: lease, flow, conversation, message ids, prefs, the person's update markers (hash).
 * ARGV: lease token, idle TTL, prefs TTL, flow op + value, conversation op +
 * value, delete window (ms), newest tracked time, clear prefs ('1'), done TTL
 * ('' = leave the marker) and the update's field, count of tracked ids, then
 * (time, id) pairs, then prefs field/value pairs.
 *
 * Message ids are written before the lease check: those messages are in the
 * chat whoever holds the lease, and an id we forget can never be deleted
 * (adding one twice is harmless). Only state a newer update could have moved
 * on (flow, conversation, prefs) and the "done" marker are fenced.
 */
const FLUSH = defineScript(
  "person-flush",
  MARKS_LUA +
    `
local tracked = tonumber(ARGV[13])
local i = 14
if tracked > 0 then
  local members = {}
  for _ = 1, tracked do
    members[#members + 1] = ARGV[i]
    members[#members + 1] = ARGV[i + 1]
    i = i + 2
  end
  redis.call('ZADD', KEYS[4], unpack(members))
  redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', tonumber(ARGV[9]) - tonumber(ARGV[8]))
  redis.call('PEXPIRE', KEYS[4], ARGV[8])
end
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[4] == 'set' then redis.call('SET', KEYS[2], ARGV[5], 'EX', ARGV[2]) elseif ARGV[4] == 'del' then redis.call('DEL', KEYS[2]) end
if ARGV[6] == 'set' then redis.call('SET', KEYS[3], ARGV[7], 'EX', ARGV[2]) elseif ARGV[6] == 'del' then redis.call('DEL', KEYS[3]) end
if ARGV[10] == '1' then redis.call('DEL', KEYS[5]) end
if i <= #ARGV then
  local fields = {}
  for j = i, #ARGV do fields[#fields + 1] = ARGV[j] end
  redis.call('HSET', KEYS[5], unpack(fields))
  redis.call('EXPIRE', KEYS[5], ARGV[3])
end
if ARGV[11] ~= '' then
  local now = marks_now_ms()
  marks_write(KEYS[6], ARGV[12], '${PERSON_MARKS.done}' .. marks_int(math.floor(now / 1000)), tonumber(ARGV[11]), now)
end
return 1`,
);

/** Marks the update done in the same write as its state (src/person/update-marks.ts). */
export interface UpdateDone {
  /** The person's update markers (`keys.updatesSeen`). */
  key: string;
  /** The update id. */
  field: string;
  /** How long a done mark counts, and the hash's TTL. */
  ttlSeconds: number;
}

/**
 * Everything one update of one person reads and writes in Redis, gathered so
 * the update costs two round trips: one script reads it all (with dedupe and
 * rate limit), one script writes it all at the end. Stores consult the session
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
  private prefsCleared = false;

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

  /** Forgets every setting (the person's /erase); `defaults` is what reads see afterwards. */
  clearPrefs(defaults: Prefs): void {
    this.prefsNow = defaults;
    this.prefsChanges = {};
    this.prefsCleared = true;
  }

  flow(): FlowState | undefined {
    if (this.flowValue === null) {
      const key = this.deps.keys.flowState(this.person);
      // Stored packed (state-pack.ts), opened once per update; states stored plain before are still read.
      this.flowValue = this.flowSealed ? unpackFlowState(JSON.parse(this.deps.box.open(key, this.flowSealed))) : undefined;
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
      this.convValue = this.convSealed ? unpackConversation(JSON.parse(this.deps.box.open(key, this.convSealed))) : undefined;
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

  /**
   * Writes everything staged in one script. With a lease token (webhook mode,
   * several instances), state is written only if this instance still holds
   * the chat's lease: a stale holder cannot overwrite a newer update's state.
   * Message ids are written either way. `done` marks the update handled in
   * the same step, so "handled" and "saved" cannot disagree.
   */
  async flush(redis: Redis, ttl: { idleSeconds: number; prefsSeconds: number }, leaseToken = "", done?: UpdateDone): Promise<void> {
    const { keys, box } = this.deps;
    const fields = prefsFields(this.prefsChanges);
    const staged = this.flowDirty || this.convDirty || this.tracked.length > 0 || fields.length > 0 || this.prefsCleared;
    if (!staged && !done) return;
    const flowKey = keys.flowState(this.person);
    const convKey = keys.conversation(this.person);
    const op = (dirty: boolean, value: unknown, key: string): [string, string] =>
      !dirty ? ["", ""] : value ? ["set", box.seal(key, JSON.stringify(value))] : ["del", ""];
    const newest = this.tracked.length ? Math.max(...this.tracked.map((t) => t.at)) : 0;
    const written = await FLUSH.run(
      redis,
      [keys.chatLock(this.person), flowKey, convKey, keys.chatMessages(this.person), keys.prefs(this.person), done?.key ?? keys.prefs(this.person)],
      [
        leaseToken,
        String(ttl.idleSeconds),
        String(ttl.prefsSeconds),
        // Packed once, as sealed (state-pack.ts).
        ...op(this.flowDirty, this.flowValue && packFlowState(this.flowValue), flowKey),
        ...op(this.convDirty, this.convValue && packConversation(this.convValue), convKey),
        String(DELETE_WINDOW_MS),
        String(newest),
        this.prefsCleared ? "1" : "",
        done ? String(done.ttlSeconds) : "",
        done?.field ?? "",
        String(this.tracked.length),
        ...this.tracked.flatMap((t) => [String(t.at), String(t.id)]),
        ...fields,
      ],
    );
    // The ids are in Redis either way; a retry must not count on them staying staged.
    this.tracked = [];
    if (written !== 1) throw new LeaseLostError();
    this.flowDirty = this.convDirty = this.prefsCleared = false;
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

/** A sealed JSON value per person that goes through the person's session when one is open. */
export interface SealedPersonValue<T> {
  read(person: string): Promise<T | undefined>;
  write(person: string, value: T | undefined): Promise<void>;
}

export function createSealedPersonValue<T, S>(deps: {
  redis: Redis;
  box: CipherBox;
  ttlSeconds: number;
  sessions?: SessionRegistry;
  keyOf: (person: string) => string;
  /** Where the open session keeps this value. */
  inSession: { get(session: PersonSession): T | undefined; set(session: PersonSession, value: T | undefined): void };
  /** The stored form, the same one the session seals (state-pack.ts). */
  codec: { pack(value: T): S; unpack(stored: S | T): T };
}): SealedPersonValue<T> {
  const { redis, box, keyOf, inSession, codec } = deps;
  return {
    async read(person) {
      const session = deps.sessions?.get(person);
      if (session) return inSession.get(session);
      const key = keyOf(person);
      const sealed = await redis.get(key);
      return sealed ? codec.unpack(JSON.parse(box.open(key, sealed)) as S | T) : undefined;
    },
    async write(person, value) {
      const session = deps.sessions?.get(person);
      if (session) return inSession.set(session, value);
      const key = keyOf(person);
      if (value === undefined) await redis.del(key);
      else await redis.set(key, box.seal(key, JSON.stringify(codec.pack(value))), "EX", deps.ttlSeconds);
    },
  };
}
