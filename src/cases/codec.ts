import { z } from "zod";
import { fieldAad, openBound } from "../crypto/aad.js";
import type { CipherBox } from "../crypto/box.js";
import { StorageError } from "../errors.js";
import type { Keys } from "../redis/keys.js";
import { caseContactSchema, caseStatusSchema, outcomeSchema, tierSchema, type CaseContact, type CaseRecord } from "./types.js";

/** Record hash fields that hold sealed values (the rest are plain, for the Lua scripts and indexes to read). */
export const SEALED_FIELDS = ["enc", "assigneeName", "escalationReason", "outcome"] as const;

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
  desk: z.string().optional(),
  escalationReason: z.string().optional(),
});

/** Reads stored cases back: checks the plain fields and opens the sealed ones. */
export interface CaseCodec<Card> {
  /** A record hash as stored → the case with its card opened. Throws `StorageError` when malformed, `DecryptionError` on a tampered value. */
  openRecord(caseId: string, fields: Map<string, string>): CaseRecord<Card>;
  /** The sealed contact stored under `key` → the contact. */
  openContact(key: string, sealed: string): CaseContact;
}

/**
 * Every sealed value is opened with its own Redis key as associated data, so
 * a value copied under another case's key does not open.
 */
export function createCaseCodec<Card>(deps: { keys: Keys; box: CipherBox; parseCard: (value: unknown) => Card }): CaseCodec<Card> {
  const { keys, box, parseCard } = deps;
  return {
    openRecord(caseId, fields) {
      const parsed = rawRecord.safeParse(Object.fromEntries(fields));
      if (!parsed.success) throw new StorageError(`case record ${caseId} is malformed`, { cause: parsed.error });
      const raw = parsed.data;
      const aad = keys.caseRecord(caseId);
      // Each field is bound to its own name; values from before that binding open under the record key.
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
      if (raw.desk !== undefined) record.desk = raw.desk;
      if (raw.escalationReason !== undefined) record.escalationReason = open("escalationReason", raw.escalationReason);
      return record;
    },
    openContact: (key, sealed) => caseContactSchema.parse(JSON.parse(box.open(key, sealed))),
  };
}
