/**
 * Every Redis key Beacon uses is named here and nowhere else. Every name
 * starts with the namespace and a colon (`beacon:` by default; the sandbox
 * uses `sandbox:`, tests a fresh one each).
 *
 * Person keys are built from a pseudonym (HMAC of the chat id), never from a
 * Telegram id. Case keys share a `{caseId}` hash tag and person keys a
 * `{pseudonym}` tag, so each group lands in one cluster slot.
 */
export function createKeys(namespace = "beacon") {
  const ns = namespace;
  return {
    namespace: ns,
    /** Pattern matching every key of this namespace (for sweeps and key rotation). */
    all: `${ns}:*`,

    // ── person side, by pseudonym ──────────────────────────────────────────
    /** Encrypted flow state (node, answers, flow hash). */
    flowState: (person: string) => `${ns}:flow:{${person}}`,
    /** Encrypted @grammyjs/conversations replay state. */
    conversation: (person: string) => `${ns}:conv:{${person}}`,
    /** Hash: lang, discreet, lastInboundAt (the person's own settings). */
    prefs: (person: string) => `${ns}:prefs:{${person}}`,
    /** Sorted set of message ids in the person's chat (score = sent at, ms), for quick exit. */
    chatMessages: (person: string) => `${ns}:msgs:{${person}}`,
    /** Sorted set of the relay's team messages and acknowledgements in the person's chat (kind + id), for discreet mode. */
    relayTrail: (person: string) => `${ns}:msgs:{${person}}:relay`,
    /** Sorted set (score = when, ms) of sealed (chat id, pseudonym, message id): deletes due later in people's chats. */
    pendingDeletes: `${ns}:pdel`,
    /** Set once a person's update has been relayed to the group, so a webhook redelivery does not post it again. */
    relayedUpdate: (updateId: number) => `${ns}:relayed:${updateId}`,
    /** Id of the person's open case, if any. */
    personCase: (person: string) => `${ns}:pcase:{${person}}`,
    /** The person's flood-guard token bucket (hash: `t` tokens left, `at` last refill, ms). */
    rateBucket: (person: string) => `${ns}:rate:{${person}}`,
    /** Set while a flood notice has been sent, so a flood gets one notice. */
    floodNotice: (person: string) => `${ns}:flood:{${person}}`,
    /** Per-chat processing lease, renewed while an update runs (several instances behind one webhook). */
    chatLock: (person: string) => `${ns}:lock:{${person}}`,

    // ── updates ────────────────────────────────────────────────────────────
    /** SET NX marker so a redelivered update has one effect. */
    updateSeen: (updateId: number) => `${ns}:upd:${updateId}`,

    // ── flows ──────────────────────────────────────────────────────────────
    /** Source of a flow version by content hash, kept while conversations use it. */
    flowVersion: (hash: string) => `${ns}:flowver:${hash}`,

    // ── cases, by case id ──────────────────────────────────────────────────
    /** Hash: enc (sealed TriageCard), status, tier, version, timestamps, assignee (pseudonym). */
    caseRecord: (caseId: string) => `${ns}:case:{${caseId}}`,
    /** Sealed contact: chat id, the person's pseudonym, language, safe-contact window. */
    caseContact: (caseId: string) => `${ns}:case:{${caseId}}:contact`,
    /** List of sealed messages held for the person until their window opens. */
    caseOutbox: (caseId: string) => `${ns}:case:{${caseId}}:outbox`,
    /** Set of coordinators' chat message ids that map to this case (so erasing a case can drop every `deskMessage` key). */
    caseDeskMessages: (caseId: string) => `${ns}:case:{${caseId}}:deskmsgs`,
    /** Sorted set of open cases; score = tier then age. */
    casesOpen: `${ns}:cases:open`,
    /** Sorted set of every case id by creation time (retention, rotation). */
    casesAll: `${ns}:cases:all`,
    /** Set of case ids whose outbox holds messages, for the relay to find them. */
    casesWithHeld: `${ns}:cases:held`,
    /** Sorted set of case ids per coordinator pseudonym. */
    casesByAssignee: (coordinator: string) => `${ns}:cases:by:${coordinator}`,
    /** Stream: one entry per new, changed or withdrawn case; trimmed to the retention age, never past what a group still needs. */
    casesStream: `${ns}:cases:stream`,
    /** Stream of cases whose card could not be posted, with the reason. */
    casesDeadLetter: `${ns}:cases:dead`,
    /** Append-only stream of coordinator actions. */
    auditStream: `${ns}:audit`,

    // ── desk ───────────────────────────────────────────────────────────────
    /** Coordinators' chat message id → case id (cards and relayed messages). */
    deskMessage: (messageId: number) => `${ns}:deskmsg:${messageId}`,
    /** Opaque callback token → {caseId, action, version} (no personal data; expires with retention). */
    callbackToken: (token: string) => `${ns}:cb:${token}`,
    /** Set of the callback tokens issued for a case's buttons, so erasing the case can delete every `callbackToken` naming it. */
    caseCallbackTokens: (caseId: string) => `${ns}:case:{${caseId}}:cbtokens`,
    /** Sorted set: case id → when it was last announced (re-announce of unclaimed critical cases). */
    announced: `${ns}:desk:announced`,
    /** Short lock while one desk instance posts a case's card, so two instances never post it twice. */
    deskPostLock: (caseId: string) => `${ns}:case:{${caseId}}:postlock`,
    /** Set while a card post is under way and until its message id is saved: a later post may be a repeat. */
    deskPosting: (caseId: string) => `${ns}:case:{${caseId}}:posting`,
    /** Set for a few minutes after the person was told their message reached the team (one calm note, not one per message). */
    relayAck: (caseId: string) => `${ns}:case:{${caseId}}:ack`,
    /** The reason of the case's last dead letter (e.g. `sendMessage:400`), so a refusal repeated at every retry is written once; TTL = retention. */
    deadLetterMark: (caseId: string) => `${ns}:case:{${caseId}}:deadmark`,
    ...digestKeys(ns),
  } as const;
}

/** The surge digest of the coordinators' group (src/desk/digest-store.ts); no personal data, case ids only. */
function digestKeys(ns: string) {
  return {
    /** Sorted set: cases listed in the digest and still waiting for their own card; score = tier then age (as `casesOpen`). */
    digestWaiting: `${ns}:desk:digest:waiting`,
    /** Hash: case id → JSON {m: digest message id, cb: callback data of its button}; a case is listed once. */
    digestLines: `${ns}:desk:digest:lines`,
    /** Hash: digest message id → what it last showed (ages left out), so an unchanged digest is not edited. */
    digestShown: `${ns}:desk:digest:shown`,
    /** The digest message new cases join while it still has room and waiting cases. */
    digestCurrent: `${ns}:desk:digest:current`,
    /** Short lock while one desk instance writes the digest, so two never post a digest message each. */
    digestLock: `${ns}:desk:digest:lock`,
  } as const;
}

export type Keys = ReturnType<typeof createKeys>;

/** Consumer group names on the cases stream. */
export const STREAM_GROUPS = { desk: "desk" } as const;
