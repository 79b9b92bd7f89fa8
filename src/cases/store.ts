import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import { z } from "zod";
import { fieldAad, openBound, splitItem } from "../crypto/aad.js";
import type { CipherBox } from "../crypto/box.js";
import { StorageError, SweepIncompleteError, TransitionRefusedError } from "../errors.js";
import { tiers, type Tier } from "../flow/schema.js";
import type { Keys } from "../redis/keys.js";
import { pairs } from "./lua.js";
import { compareAndSetScript, createScript, deskMessageScript, destroyScript, transitionScript } from "./scripts.js";
import {
  caseContactSchema,
  caseStatusSchema,
  outcomeSchema,
  tierSchema,
  type CaseAction,
  type CaseContact,
  type CaseRecord,
  type Outcome,
} from "./types.js";

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
}

/** What the person's finished triage files. */
export interface NewCase<Card> {
  caseId: string;
  tier: Tier;
  card: Card;
  contact: CaseContact;
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
}

/** Given a sealed value and the associated data it was sealed under, returns it sealed under the new key (or unchanged). */
export type Reseal = (associatedData: string, sealed: string) => string;

/** What one `reseal` pass did. */
export interface ResealReport {
  cases: number;
  /** Values rewritten. */
  resealed: number;
  /** Values that changed under us between read and write; a second run picks them up. */
  skipped: number;
}

/** Sealed case records with atomic creation, fenced transitions and erasure. */
export interface CaseStore<Card> {
  /** A fresh public reference, `XXXX-XXXX` in Crockford base32 (40 random bits, nothing derived). */
  newCaseId(): string;
  /**
   * Files a case in one atomic step: sealed record, sealed contact, open and
   * all indexes, the person's case pointer and a `created` stream entry.
   * Idempotent per `caseId`: a retried completion with the same id changes
   * nothing and answers `created: false`.
   */
  create(input: NewCase<Card>): Promise<{ created: boolean }>;
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

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const DAY_MS = 86_400_000;
const MAX_ATTEMPTS = 5;
const SEALED_FIELDS = ["enc", "assigneeName", "escalationReason", "outcome"] as const;

/** Priority score in `casesOpen`: tier rank (critical = 0) then creation time. Mirrors the Lua `open_score`. */
export function priorityScore(tier: Tier, createdAt: number): number {
  return tiers.indexOf(tier) * 1e13 + createdAt;
}

const rawRecord = z.object({
  enc: z.string(),
  status: caseStatusSchema,
  tier: tierSchema,
  version: z.coerce.number().int().positive(),
  createdAt: z.coerce.number(),
  updatedAt: z.coerce.number(),
  closedAt: z.coerce.number().optional(),
  assignee: z.string().optional(),
  assigneeName: z.string().optional(),
  /** Sealed ("referred to police" says too much); records written before it was sealed hold it plain. */
  outcome: z.string().optional(),
  cardMessageId: z.coerce.number().int().optional(),
  escalationReason: z.string().optional(),
});

/** Creates the case store. See docs/architecture.md for the key plan. */
export function createCaseStore<Card>(deps: CaseStoreDependencies<Card>): CaseStore<Card> {
  const { redis, keys, box, clock } = deps;
  const parseCard = deps.parseCard ?? ((value: unknown) => value as Card);

  function openRecord(caseId: string, fields: Map<string, string>): CaseRecord<Card> {
    const parsed = rawRecord.safeParse(Object.fromEntries(fields));
    if (!parsed.success) throw new StorageError(`case record ${caseId} is malformed`, { cause: parsed.error });
    const raw = parsed.data;
    const aad = keys.caseRecord(caseId);
    const open = (field: (typeof SEALED_FIELDS)[number], sealed: string) => openBound(box, fieldAad(aad, field), aad, sealed);
    const record: CaseRecord<Card> = {
      id: caseId,
      status: raw.status,
      tier: raw.tier,
      version: raw.version,
      createdAt: raw.createdAt,
      updatedAt: raw.updatedAt,
      card: parseCard(JSON.parse(open("enc", raw.enc))),
    };
    if (raw.closedAt !== undefined) record.closedAt = raw.closedAt;
    if (raw.assignee !== undefined) record.assignee = raw.assignee;
    if (raw.assigneeName !== undefined) record.assigneeName = open("assigneeName", raw.assigneeName);
    if (raw.outcome !== undefined) {
      const plain = outcomeSchema.safeParse(raw.outcome);
      record.outcome = plain.success ? plain.data : outcomeSchema.parse(open("outcome", raw.outcome));
    }
    if (raw.cardMessageId !== undefined) record.cardMessageId = raw.cardMessageId;
    if (raw.escalationReason !== undefined) record.escalationReason = open("escalationReason", raw.escalationReason);
    return record;
  }

  async function get(caseId: string): Promise<CaseRecord<Card> | undefined> {
    const fields = await redis.hgetall(keys.caseRecord(caseId));
    if (Object.keys(fields).length === 0) return undefined;
    return openRecord(caseId, new Map(Object.entries(fields)));
  }

  async function getContact(caseId: string): Promise<CaseContact | undefined> {
    const key = keys.caseContact(caseId);
    const sealed = await redis.get(key);
    if (sealed === null) return undefined;
    return caseContactSchema.parse(JSON.parse(box.open(key, sealed)));
  }

  /** The person's pseudonym for index clean-up; a missing or unreadable contact only means there is less to clean. */
  async function personOf(caseId: string): Promise<string | undefined> {
    try {
      return (await getContact(caseId))?.person;
    } catch {
      return undefined;
    }
  }

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

  async function destroy(caseId: string, mode: "erase" | "sweep", cutoff: number): Promise<boolean> {
    const recordKey = keys.caseRecord(caseId);
    const person = await personOf(caseId);
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [assignee, messageIds] = await Promise.all([
        redis.hget(recordKey, "assignee"),
        redis.smembers(keys.caseDeskMessages(caseId)),
      ]);
      const reply = await destroyScript.run(
        redis,
        [
          recordKey,
          keys.caseContact(caseId),
          keys.caseOutbox(caseId),
          keys.caseDeskMessages(caseId),
          keys.casesOpen,
          keys.casesAll,
          keys.casesWithHeld,
          keys.announced,
          keys.casesStream,
          assignee ? keys.casesByAssignee(assignee) : recordKey,
          person ? keys.personCase(person) : recordKey,
          ...messageIds.map((id) => keys.deskMessage(Number(id))),
        ],
        [caseId, mode, cutoff, assignee ?? "", person ? "1" : "0", ...messageIds],
      );
      if (!Array.isArray(reply)) return reply === 1;
    }
    throw new StorageError(`case ${caseId} kept changing during ${mode}`);
  }

  function refuse(reason: "illegal", why: string): never {
    throw new TransitionRefusedError(reason, { cause: new Error(why) });
  }

  return {
    newCaseId() {
      const bytes = randomBytes(5);
      let bits = 0n;
      for (const b of bytes) bits = (bits << 8n) | BigInt(b);
      let out = "";
      for (let i = 7; i >= 0; i--) out += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
      return `${out.slice(0, 4)}-${out.slice(4)}`;
    },

    async create({ caseId, tier, card, contact }) {
      const recordKey = keys.caseRecord(caseId);
      const contactKey = keys.caseContact(caseId);
      const checked = caseContactSchema.parse(contact);
      const reply = await createScript.run(
        redis,
        [recordKey, contactKey, keys.casesOpen, keys.casesAll, keys.personCase(checked.person), keys.casesStream],
        [caseId, box.seal(fieldAad(recordKey, "enc"), JSON.stringify(card)), tier, clock(), box.seal(contactKey, JSON.stringify(checked))],
      );
      return { created: reply === 1 };
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

    async caseOfPerson(person) {
      return (await redis.get(keys.personCase(person))) ?? undefined;
    },

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

      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
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
          ],
        );
        if (!Array.isArray(reply)) throw new StorageError("unexpected reply from case_transition");
        const [head, ...rest] = reply.map(String);
        if (head === "ok") return openRecord(caseId, pairs(rest));
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

    async erase(caseId) {
      return destroy(caseId, "erase", 0);
    },

    async sweep(now) {
      const cutoff = now - deps.retentionDays * DAY_MS;
      // closedAt >= createdAt, so only cases created before the cutoff can be due.
      const candidates = await redis.zrangebyscore(keys.casesAll, "-inf", `(${cutoff}`);
      let purged = 0;
      let failed = 0;
      let firstFailure: unknown;
      for (const caseId of candidates) {
        // One case that cannot be destroyed now must not keep every later one past retention.
        try {
          if (await destroy(caseId, "sweep", cutoff)) purged++;
        } catch (error) {
          failed++;
          firstFailure ??= error;
        }
      }
      if (failed > 0) throw new SweepIncompleteError(purged, failed, { cause: firstFailure });
      return purged;
    },

    async reseal(rotate) {
      const report: ResealReport = { cases: 0, resealed: 0, skipped: 0 };
      const write = async (aad: string, key: string, kind: "hash" | "string" | "list", at: string | number, old: string, wrap = (v: string) => v, sealed = old) => {
        const fresh = rotate(aad, sealed);
        if (fresh === sealed) return;
        const next = wrap(fresh);
        const done = await compareAndSetScript.run(redis, [key], [kind, at, old, next]);
        if (done === 1) report.resealed++;
        else report.skipped++;
      };
      for (const caseId of await redis.zrange(keys.casesAll, "0", "-1")) {
        report.cases++;
        const recordKey = keys.caseRecord(caseId);
        const fields = await redis.hmget(recordKey, ...SEALED_FIELDS);
        for (const [i, field] of SEALED_FIELDS.entries()) {
          const value = fields[i];
          if (value) await write(fieldAad(recordKey, field), recordKey, "hash", field, value);
        }
        const contactKey = keys.caseContact(caseId);
        const contact = await redis.get(contactKey);
        if (contact !== null) await write(contactKey, contactKey, "string", "", contact);
        const outboxKey = keys.caseOutbox(caseId);
        const held = await redis.lrange(outboxKey, 0, -1);
        for (const [i, value] of held.entries()) {
          const { id, sealed } = splitItem(value);
          const aad = id === undefined ? outboxKey : fieldAad(outboxKey, id);
          await write(aad, outboxKey, "list", i, value, (next) => (id === undefined ? next : `${id}~${next}`), sealed);
        }
      }
      return report;
    },
  };
}
