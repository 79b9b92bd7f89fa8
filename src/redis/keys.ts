/**
 * Every Redis key Beacon uses is named here and nowhere else. Every name
 * starts with the namespace and a colon (`beacon:` by default; the sandbox
 * uses `sandbox:`, tests a fresh one each).
 *
 * Person keys are built from a pseudonym (HMAC of the chat id), never from a
 * Telegram id, and carry a `{pseudonym}` hash tag: a person's keys share one
 * cluster slot, whatever the layout.
 *
 * On Redis Cluster (`cluster: true`) every other key — cases, the desk's
 * indexes, streams, tokens, the person → case index — also carries the one
 * tag `{desk}`, because the case scripts change a case and the indexes it is
 * listed in atomically (src/cases/scripts.ts): they must share a slot. A person's
 * update markers are one hash in the person's slot (`updatesSeen`), as the
 * gate and the session flush write them with the person's keys. On one Redis
 * the other names are unchanged.
 */
export function createKeys(namespace = "beacon", options: { cluster?: boolean } = {}) {
  const ns = namespace;
  const cluster = options.cluster ?? false;
  // The prefix of every non-person key: the namespace, plus the desk's hash tag on a cluster.
  const d = cluster ? `${ns}:{desk}` : ns;
  return {
    /** Whether the names are laid out for Redis Cluster (see above). */
    cluster,
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
    pendingDeletes: `${d}:pdel`,
    /** Set once a person's update has been relayed to the group, so a webhook redelivery does not post it again. */
    relayedUpdate: (updateId: number) => `${d}:relayed:${updateId}`,
    /** Id of the person's open case, if any. */
    personCase: (person: string) => `${d}:pcase:{${person}}`,
    /** The person's flood-guard token bucket (hash: `t` tokens left, `at` last refill, ms). */
    rateBucket: (person: string) => `${ns}:rate:{${person}}`,
    /** Set while a flood notice has been sent, so a flood gets one notice. */
    floodNotice: (person: string) => `${ns}:flood:{${person}}`,
    /** Per-chat processing lease, renewed while an update runs (several instances behind one webhook). */
    chatLock: (person: string) => `${ns}:lock:{${person}}`,

    // ── updates ────────────────────────────────────────────────────────────
    /**
     * SET NX marker so a redelivered update has one effect: the updates of the
     * coordinators' chat and of anything that is not a person's chat.
     */
    updateSeen: (updateId: number) => `${d}:upd:${updateId}`,
    /**
     * Hash: update id → `p:<expires at, ms>` while the person's update runs, `d:<done at, s>` once handled
     * (src/person/update-marks.ts). One key per person instead of one per update; TTL 24 h from the last write.
     */
    updatesSeen: (person: string) => `${ns}:upd:{${person}}`,
    /** Hash: update id → sealed update fetched by long polling and not yet handled (replayed after a crash). */
    updateJournal: () => `${d}:inflight`,

    // ── flows ──────────────────────────────────────────────────────────────
    /** Source of a flow version by content hash, kept while conversations use it. */
    flowVersion: (hash: string) => `${d}:flowver:${hash}`,

    ...caseKeys(d),
    ...digestKeys(d),
  } as const;
}

/** Cases and the desk's indexes: all under `d`, the desk's prefix (its hash tag on a cluster). */
function caseKeys(d: string) {
  return {
    // ── cases, by case id ──────────────────────────────────────────────────
    /** Hash: enc (sealed TriageCard), status, tier, version, timestamps, assignee (pseudonym). */
    caseRecord: (caseId: string) => `${d}:case:{${caseId}}`,
    /** Sealed contact: chat id, the person's pseudonym, language, safe-contact window. */
    caseContact: (caseId: string) => `${d}:case:{${caseId}}:contact`,
    /** List of sealed messages held for the person until their window opens. */
    caseOutbox: (caseId: string) => `${d}:case:{${caseId}}:outbox`,
    /** Set of coordinators' chat message ids that map to this case (so erasing a case can drop every `deskMessage` key). */
    caseDeskMessages: (caseId: string) => `${d}:case:{${caseId}}:deskmsgs`,
    /** Sorted set of open cases; score = tier then age. */
    casesOpen: `${d}:cases:open`,
    /** Sorted set of every case id by creation time (retention, rotation). */
    casesAll: `${d}:cases:all`,
    /** Set of case ids whose outbox holds messages, for the relay to find them. */
    casesWithHeld: `${d}:cases:held`,
    /** Sorted set of case ids per coordinator pseudonym. */
    casesByAssignee: (coordinator: string) => `${d}:cases:by:${coordinator}`,
    /** Stream: one entry per new, changed or withdrawn case; trimmed to the retention age, never past what a group still needs. */
    casesStream: `${d}:cases:stream`,
    /** Stream of cases whose card could not be posted, with the reason. */
    casesDeadLetter: `${d}:cases:dead`,
    /** Append-only stream of coordinator actions. */
    auditStream: `${d}:audit`,

    // ── desk ───────────────────────────────────────────────────────────────
    /** Coordinators' chat message id → case id (cards and relayed messages). */
    deskMessage: (messageId: number) => `${d}:deskmsg:${messageId}`,
    /** Opaque callback token → {caseId, action, version} (no personal data; expires with retention). */
    callbackToken: (token: string) => `${d}:cb:${token}`,
    /** Set of the callback tokens issued for a case's buttons, so erasing the case can delete every `callbackToken` naming it. */
    caseCallbackTokens: (caseId: string) => `${d}:case:{${caseId}}:cbtokens`,
    /** Sorted set: case id → when it was last announced (re-announce of unclaimed critical cases). */
    announced: `${d}:desk:announced`,
    /** Short lock while one desk instance posts a case's card, so two instances never post it twice. */
    deskPostLock: (caseId: string) => `${d}:case:{${caseId}}:postlock`,
    /** Set while a card post is under way and until its message id is saved: a later post may be a repeat. */
    deskPosting: (caseId: string) => `${d}:case:{${caseId}}:posting`,
    /** Set for a few minutes after the person was told their message reached the team (one calm note, not one per message). */
    relayAck: (caseId: string) => `${d}:case:{${caseId}}:ack`,
    /** The reason of the case's last dead letter (e.g. `sendMessage:400`), so a refusal repeated at every retry is written once; TTL = retention. */
    deadLetterMark: (caseId: string) => `${d}:case:{${caseId}}:deadmark`,
    ...dashboardKeys(d),
  } as const;
}

/** The coordinators' dashboard (src/dashboard/sign-in.ts): keyed by a hash of the secret, never the secret itself. */
function dashboardKeys(d: string) {
  return {
    /** One-time sign-in link → sealed {actor, name}; TTL 10 min, taken with GETDEL on redemption. */
    dashboardLink: (tokenHash: string) => `${d}:dash:link:${tokenHash}`,
    /** Session → sealed {actor, name}; TTL 8 h. */
    dashboardSession: (tokenHash: string) => `${d}:dash:session:${tokenHash}`,
  } as const;
}

/** The surge digest of the coordinators' group (src/desk/digest-store.ts); no personal data, case ids only. */
function digestKeys(d: string) {
  return {
    /** Sorted set: cases listed in the digest and still waiting for their own card; score = tier then age (as `casesOpen`). */
    digestWaiting: `${d}:desk:digest:waiting`,
    /** Hash: case id → JSON {m: digest message id, cb: callback data of its button}; a case is listed once. */
    digestLines: `${d}:desk:digest:lines`,
    /** Hash: digest message id → what it last showed (ages left out), so an unchanged digest is not edited. */
    digestShown: `${d}:desk:digest:shown`,
    /** The digest message new cases join while it still has room and waiting cases. */
    digestCurrent: `${d}:desk:digest:current`,
    /** Short lock while one desk instance writes the digest, so two never post a digest message each. */
    digestLock: `${d}:desk:digest:lock`,
  } as const;
}

export type Keys = ReturnType<typeof createKeys>;

/** Consumer group names on the cases stream: the main desk's, and one per desk of DESKS_FILE. */
export const STREAM_GROUPS = { desk: "desk", deskOf: (name: string) => `desk_${name}` } as const;

/**
 * The keys of a second coordinators' group (DESKS_FILE): message ids are per chat and the
 * digest is per group, so those are the desk's own; cases and everything per case stay
 * shared (a case belongs to one desk). Same prefix, so the `{desk}` hash tag of a cluster holds.
 */
export function deskKeys(keys: Keys, desk: string): Keys {
  const own = (key: string, part: string) => key.replace(`:${part}`, `:desk:${desk}:${part}`);
  return {
    ...keys,
    deskMessage: (messageId: number) => own(keys.deskMessage(messageId), "deskmsg:"),
    digestWaiting: own(keys.digestWaiting, "desk:digest:"),
    digestLines: own(keys.digestLines, "desk:digest:"),
    digestShown: own(keys.digestShown, "desk:digest:"),
    digestCurrent: own(keys.digestCurrent, "desk:digest:"),
    digestLock: own(keys.digestLock, "desk:digest:"),
  } as Keys;
}
