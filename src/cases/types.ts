import { z } from "zod";
import { tiers, type Tier } from "../flow/schema.js";

/** Where a case stands. `open` and `claimed` are live; `resolved` and `withdrawn` are closed for good. */
export const caseStatuses = ["open", "claimed", "resolved", "withdrawn"] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** How a case ended, recorded when it is resolved or withdrawn. */
export const outcomes = [
  "rescued",
  "referred_embassy",
  "referred_ngo",
  "referred_police",
  "unreachable",
  "duplicate",
  "withdrawn",
] as const;
export type Outcome = (typeof outcomes)[number];

/** Coordinator actions (and the person's withdrawal) that move a case. */
export const caseActions = ["claim", "release", "escalate", "resolve", "withdraw"] as const;
export type CaseAction = (typeof caseActions)[number];

/** The actor name used when the person themself withdraws their case. */
export const PERSON_ACTOR = "person";

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM");

/**
 * When it is safe to write to the person. A message to someone whose phone is
 * checked by guards can get them hurt, so the relay holds anything outside this.
 */
export const contactWindowSchema = z.discriminatedUnion("mode", [
  z.strictObject({ mode: z.literal("when_i_write") }),
  z.strictObject({ mode: z.literal("any") }),
  z.strictObject({
    mode: z.literal("hours"),
    /** Local times in `timezone`; a window may wrap midnight (22:00–03:00). */
    windows: z.array(z.strictObject({ from: hhmm, to: hhmm })).min(1),
    timezone: z.string().min(1),
  }),
]);
export type ContactWindow = z.infer<typeof contactWindowSchema>;

/** How to reach the person behind a case. Only ever stored sealed. */
export const caseContactSchema = z.strictObject({
  chatId: z.number().int(),
  /** The person's pseudonym (HMAC of the chat id), never the chat id itself. */
  person: z.string().min(1),
  lang: z.string().min(1),
  window: contactWindowSchema,
});
export type CaseContact = z.infer<typeof caseContactSchema>;

/** A case as the desk sees it, with the card already opened. Times are epoch milliseconds. */
export interface CaseRecord<Card> {
  /** Public reference, `XXXX-XXXX`. */
  id: string;
  status: CaseStatus;
  tier: Tier;
  /** Fencing token: +1 on every change; a transition must name the version it saw. */
  version: number;
  createdAt: number;
  updatedAt: number;
  /** Set when the case was resolved or withdrawn; retention counts from here. */
  closedAt?: number;
  /** Pseudonym of the coordinator who claimed the case. */
  assignee?: string;
  /** Display name of that coordinator (stored sealed). */
  assigneeName?: string;
  outcome?: Outcome;
  /** Message id of the card in the coordinators' chat. */
  cardMessageId?: number;
  /** The desk (DESKS_FILE) whose group has the case; none: the main group. Set at filing, never moved. */
  desk?: string;
  /** Why the case was escalated last (stored sealed: coordinators may quote the person). */
  escalationReason?: string;
  card: Card;
}

/** Parsers for the plain fields of a stored record. */
export const tierSchema = z.enum(tiers);
/** @see tierSchema */
export const outcomeSchema = z.enum(outcomes);
/** @see tierSchema */
export const caseStatusSchema = z.enum(caseStatuses);
