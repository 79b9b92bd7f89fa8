import type { Redis } from "ioredis";
import { createCaseDeskReads, type CaseDeskReads } from "./desk-reads.js";
import { fieldAad } from "../crypto/aad.js";
import type { CipherBox } from "../crypto/box.js";
import { StorageError, TransitionRefusedError } from "../errors.js";
import type { Tier } from "../flow/schema.js";
import type { Keys } from "../redis/keys.js";
import { pairs } from "../redis/script.js";
import { createCaseCodec } from "./codec.js";
import { newCaseId } from "./id.js";
import { resealCases, type Reseal, type ResealReport } from "./reseal.js";
import { createCaseDestroyer } from "./destroy.js";
import { createScript, deskMessageScript, enrichScript, SCRIPT_ATTEMPTS, transitionScript } from "./scripts.js";
import { caseContactSchema, type CaseAction, type CaseContact, type CaseRecord, type Outcome } from "./types.js";

/** What the case store needs; `Card` is the opened card type (the triage card in production). */
export interface CaseStoreDependencies<Card> {
  redis: Redis;
  keys: Keys;
  box: CipherBox;
  /** Epoch milliseconds; injected so tests and retention can move time. */
  clock: () => number;
  /** Closed cases are purged this many days after `closedAt`. */
  retentionDays: number;
  /**
   * Checks an opened card (e.g. `TriageCard.parse`). Without it the card is
   * trusted as stored, which is only safe because it is authenticated by the box.
   */
  parseCard?: (value: unknown) => Card;
  /** The card's stored form (sealed as JSON); `parseCard` reads it back. Default: the card itself. */
  encodeCard?: (card: Card) => unknown;
  /**
   * Replicas that must hold a new case before filing counts as done (`WAIT`):
   * with Sentinel, a failover right after "received" must not lose the case.
   */
  durability?: { replicas: number; timeoutMs: number };
  /** Filing went ahead with fewer replicas connected than `durability` asks (logged by the app). */
  onDegraded?: (shortfall: { wanted: number; connected: number }) => void;
}

/** What the person's finished triage files. */
export interface NewCase<Card> {
  caseId: string;
  tier: Tier;
  card: Card;
  contact: CaseContact;
  /** The coordinators' group the case goes to (a desk of DESKS_FILE); none: the main group. Fixed at filing. */
  desk?: string;
}

/** Who acts, on which version, and what the action needs (tier and reason to escalate, outcome to resolve). */
export interface TransitionOptions {
  /** The version the actor last saw; anything else is refused as `stale`. */
  expectedVersion: number;
  /** Coordinator pseudonym, or `"person"` for the person's own withdrawal. */
  actor: string;
  /** Coordinator display name, stored sealed on claim. */
  actorName?: string;
  /** Escalate: the new, strictly more urgent tier. */
  tier?: Tier;
  /** Escalate: why (stored sealed). */
  reason?: string;
  /** Resolve: how the case ended. */
  outcome?: Outcome;
  /**
   * The caller edits the card itself (a press, which a coordinator waits on):
   * the new version is marked as shown in the same step, so the desk's stream
   * reader does not edit the card a second time.
   */
  callerShowsCard?: boolean;
}

/** Sealed case records with atomic creation, fenced transitions and erasure. */
export interface CaseStore<Card> extends CaseDeskReads {
  /** A fresh public reference, `XXXX-XXXX` in Crockford base32 (40 random bits, nothing derived). */
  newCaseId(): string;
  /**
   * Files a case in one atomic step: sealed record, sealed contact, open and
   * all indexes, the person's case pointer and a `created` stream entry.
   * Idempotent per `caseId`: a retried completion with the same id changes
   * nothing and answers `created: false`.
   */
  create(input: NewCase<Card>): Promise<{ created: boolean }>;
  /**
   * The person added answers after filing: replaces the card (tier only rises) and
   * emits `changed`, so the desk edits the card it posted. False when the case is
   * gone or closed.
   */
  enrich(caseId: string, card: Card, tier: Tier): Promise<boolean>;
  /** The case with its card opened, or undefined. Throws `DecryptionError` on a tampered value. */
  get(caseId: string): Promise<CaseRecord<Card> | undefined>;
  getContact(caseId: string): Promise<CaseContact | undefined>;
  /** Live (open and claimed) cases, most urgent tier first, oldest first within a tier. */
  listOpen(limit: number): Promise<CaseRecord<Card>[]>;
  /** Cases a coordinator currently holds claimed (released and closed ones leave the list). */
  listByAssignee(coordinator: string): Promise<CaseRecord<Card>[]>;
  /** Records the card's message id in the coordinators' chat. Returns false when the case is gone. */
  setCardMessage(caseId: string, messageId: number): Promise<boolean>;
  /**
   * Maps another coordinators' chat message (e.g. a relayed message) to the
   * case, so replies find it and erasing the case removes the mapping too.
   */
  trackDeskMessage(caseId: string, messageId: number): Promise<boolean>;
  /** The person's live case id, if any (cleared when the case closes). */
  caseOfPerson(person: string): Promise<string | undefined>;
  /**
   * One fenced state change. Throws `TransitionRefusedError` with `not_found`,
   * `stale` (expectedVersion is not current), `illegal` (not allowed from this
   * state, or missing tier/reason/outcome) or `not_owner`.
   */
  transition(caseId: string, action: CaseAction, options: TransitionOptions): Promise<CaseRecord<Card>>;
  /**
   * The person's /erase: destroys every key and index entry of the case and
   * emits `event withdrawn`. The data is unreadable afterwards because the
   * sealed values only lived in the deleted keys. Returns whether a case existed.
   */
  erase(caseId: string): Promise<boolean>;
  /** Purges cases closed more than `retentionDays` before `now`; returns how many. */
  sweep(now: number): Promise<number>;
  /**
   * Offers every sealed value of every case to `rotate` (record fields `enc`,
   * `assigneeName`, `escalationReason`, `outcome` under `fieldAad(record key, field)`;
   * the contact under its key; each outbox item under `fieldAad(outbox key, item id)`,
   * or the outbox key for an item without id) and writes back what it
   * returns, compare-and-set, so a concurrent change is never overwritten.
   * A `keys rotate` CLI passes
   * `(aad, sealed) => box.keyIdOf(sealed) === box.currentKeyId ? sealed : box.seal(aad, box.open(aad, sealed))`
   * with a box whose first key is the new one; values returned unchanged are not written.
   */
  reseal(rotate: Reseal): Promise<ResealReport>;
}

/** Creates the case store. See docs/architecture.md for the key plan. */
export function createCaseStore<Card>(deps: CaseStoreDependencies<Card>): CaseStore<Card> {
  const { redis, keys, box, clock } = deps;
  const codec = createCaseCodec<Card>({ keys, box, parseCard: deps.parseCard ?? ((value: unknown) => value as Card) });
  const encode = deps.encodeCard ?? ((card: Card): unknown => card);

  async function get(caseId: string): Promise<CaseRecord<Card> | undefined> {
    const fields = await redis.hgetall(keys.caseRecord(caseId));
    if (Object.keys(fields).length === 0) return undefined;
    return codec.openRecord(caseId, new Map(Object.entries(fields)));
  }

  async function getContact(caseId: string): Promise<CaseContact | undefined> {
    const key = keys.caseContact(caseId);
    const sealed = await redis.get(key);
    if (sealed === null) return undefined;
    return codec.openContact(key, sealed);
  }

  /** The person's pseudonym for index clean-up; a missing or unreadable contact only means there is less to clean. */
  async function personOf(caseId: string): Promise<string | undefined> {
    try {
      return (await getContact(caseId))?.person;
    } catch {
      return undefined;
    }
  }

  const destroyer = createCaseDestroyer({ redis, keys, personOf, retentionDays: deps.retentionDays });

  async function many(ids: string[]): Promise<CaseRecord<Card>[]> {
    const records = await Promise.all(ids.map((id) => get(id)));
    return records.filter((r): r is CaseRecord<Card> => r !== undefined);
  }

  async function trackMessage(caseId: string, messageId: number, isCard: boolean): Promise<boolean> {
    const done = await deskMessageScript.run(
      redis,
      [keys.caseRecord(caseId), keys.caseDeskMessages(caseId), keys.deskMessage(messageId)],
      [caseId, messageId, isCard ? "1" : "0"],
    );
    return done === 1;
  }

  function refuse(reason: "illegal", why: string): never {
    throw new TransitionRefusedError(reason, { cause: new Error(why) });
  }

  /**
   * A replica that is connected but has not taken the case fails the filing (the
   * person's retry files it again, idempotently). With fewer replicas connected
   * than asked, as right after a failover, waiting cannot help: the case stands on
   * the primary's fsynced AOF and the shortfall is reported instead of stopping the hotline.
   */
  async function replicated(caseId: string, durability: { replicas: number; timeoutMs: number }): Promise<void> {
    const acked = await redis.wait(durability.replicas, durability.timeoutMs);
    if (acked >= durability.replicas) return;
    const connected = Number(/^connected_slaves:(\d+)/m.exec(await redis.info("replication"))?.[1] ?? 0);
    if (connected < durability.replicas) {
      deps.onDegraded?.({ wanted: durability.replicas, connected });
      return;
    }
    throw new StorageError(`case ${caseId} reached ${acked} of ${durability.replicas} replica(s) in time; not confirmed`, { code: "replica_wait_failed" });
  }

  return {
    newCaseId,

    async create({ caseId, tier, card, contact, desk }) {
      const recordKey = keys.caseRecord(caseId);
      const contactKey = keys.caseContact(caseId);
      const checked = caseContactSchema.parse(contact);
      const reply = await createScript.run(
        redis,
        [recordKey, contactKey, keys.casesOpen, keys.casesAll, keys.personCase(checked.person), keys.casesStream],
        [caseId, box.seal(fieldAad(recordKey, "enc"), JSON.stringify(encode(card))), tier, clock(), box.seal(contactKey, JSON.stringify(checked)), desk ?? ""],
      );
      // Also for a case that already existed: the retry of a filing whose WAIT failed must wait again.
      if (deps.durability && deps.durability.replicas > 0) await replicated(caseId, deps.durability);
      return { created: reply === 1 };
    },

    async enrich(caseId, card, tier) {
      const recordKey = keys.caseRecord(caseId);
      const sealed = box.seal(fieldAad(recordKey, "enc"), JSON.stringify(encode(card)));
      const reply = await enrichScript.run(redis, [recordKey, keys.casesOpen, keys.casesStream], [caseId, sealed, tier, clock()]);
      return reply === 1;
    },

    get,
    getContact,

    async listOpen(limit) {
      if (limit <= 0) return [];
      return many(await redis.zrange(keys.casesOpen, "0", String(limit - 1)));
    },

    async listByAssignee(coordinator) {
      const records = await many(await redis.zrange(keys.casesByAssignee(coordinator), "0", "-1"));
      return records.filter((r) => r.assignee === coordinator && r.status === "claimed");
    },

    setCardMessage: (caseId, messageId) => trackMessage(caseId, messageId, true),
    trackDeskMessage: (caseId, messageId) => trackMessage(caseId, messageId, false),

    caseOfPerson: async (person) => (await redis.get(keys.personCase(person))) ?? undefined,
    ...createCaseDeskReads(redis, keys),

    async transition(caseId, action, options) {
      const { expectedVersion, actor } = options;
      if (action === "escalate" && (!options.tier || !options.reason)) refuse("illegal", "escalate needs a tier and a reason");
      if (action === "resolve" && !options.outcome) refuse("illegal", "resolve needs an outcome");
      const outcome: Outcome | "" = action === "withdraw" ? "withdrawn" : action === "resolve" ? (options.outcome ?? "") : "";

      const recordKey = keys.caseRecord(caseId);
      const closing = action === "resolve" || action === "withdraw";
      const person = closing ? await personOf(caseId) : undefined;
      const sealedName = action === "claim" && options.actorName ? box.seal(fieldAad(recordKey, "assigneeName"), options.actorName) : "";
      const sealedReason = action === "escalate" && options.reason ? box.seal(fieldAad(recordKey, "escalationReason"), options.reason) : "";
      const sealedOutcome = outcome ? box.seal(fieldAad(recordKey, "outcome"), outcome) : "";

      for (let attempt = 0; attempt < SCRIPT_ATTEMPTS; attempt++) {
        const assignee = (await redis.hget(recordKey, "assignee")) ?? "";
        const reply = await transitionScript.run(
          redis,
          [
            recordKey,
            keys.casesOpen,
            keys.casesStream,
            keys.casesByAssignee(actor),
            keys.casesByAssignee(assignee || actor),
            person ? keys.personCase(person) : recordKey,
          ],
          [
            caseId,
            action,
            expectedVersion,
            actor,
            clock(),
            assignee,
            sealedName,
            options.tier ?? "",
            sealedReason,
            sealedOutcome,
            person ? "1" : "0",
            options.callerShowsCard ? "1" : "0",
          ],
        );
        if (!Array.isArray(reply)) throw new StorageError("unexpected reply from case_transition");
        const [head, ...rest] = reply.map(String);
        if (head === "ok") return codec.openRecord(caseId, pairs(rest));
        if (head === "refused") {
          const reason = rest[0];
          if (reason === "stale" || reason === "illegal" || reason === "not_owner" || reason === "not_found") {
            throw new TransitionRefusedError(reason);
          }
          throw new StorageError(`unknown refusal ${reason ?? ""}`);
        }
        // "retry": the assignee changed between our read and the script; read again.
      }
      throw new StorageError(`case ${caseId} kept changing during ${action}`);
    },

    erase: (caseId) => destroyer.erase(caseId),
    sweep: (now) => destroyer.sweep(now),
    reseal: (rotate) => resealCases({ redis, keys }, rotate),
  };
}
