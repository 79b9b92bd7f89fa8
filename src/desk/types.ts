import type { Api } from "grammy";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Audit } from "../cases/audit.js";
import type { Outbox } from "../cases/outbox.js";
import type { CaseStore } from "../cases/store.js";
import type { Config } from "../config.js";
import type { Pseudonymize } from "../crypto/box.js";
import type { Translator } from "../i18n/translator.js";
import type { ForgetDeleted, MessageTracker } from "../person/message-tracker.js";
import type { PendingDeletes } from "../person/pending-deletes.js";
import type { PrefsStore } from "../person/prefs.js";
import type { Keys } from "../redis/keys.js";
import type { TriageCard } from "../triage/card.js";
import type { FlowSource } from "./cards.js";
import type { GroupBudget } from "./digest-policy.js";

/** Knobs with production defaults; tests turn them. */
export interface DeskOptions {
  /** The desk's consumer group on the cases stream (default `desk`); see `STREAM_GROUPS.deskOf`. */
  streamGroup?: string;
  /** Consumer name in the `desk` group (default: host name and pid). */
  consumer?: string;
  /** Take over pending entries idle this long from a dead consumer (ms, default 60 000). */
  claimIdleMs?: number;
  /** How long one blocking read of the cases stream waits (ms, default 2 000). */
  blockMs?: number;
  /** How often `tick` runs on its own after `start` (ms, default 15 000). */
  tickIntervalMs?: number;
  /** At most one "your message reached the team" note per case per this many ms (default 5 min). */
  ackCooldownMs?: number;
  /** Run the stream dispatcher loop in `start` (default true). */
  dispatch?: boolean;
  /** Least time between two digest calls (ms, default 4 000): under a surge, new cases appear within about this. */
  digestIntervalMs?: number;
  /** Lower-tier cases in the digest get their own cards once no case went into it for this long (ms, default 30 000). */
  digestQuietMs?: number;
  /** Test hook: runs after a card is posted and recorded, before the stream entry is acknowledged. */
  afterPost?: (caseId: string) => void | Promise<void>;
}

/** What `createDesk` needs; app.ts passes these. */
export interface DeskDependencies {
  api: Api;
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  audit: Audit;
  outbox: Outbox;
  prefs: PrefsStore;
  /** The person's message ids (the app's, so it sees what the open update staged). */
  tracker: MessageTracker & ForgetDeleted;
  /** Deletes due later in people's chats; the tick sweeps them, the relay schedules team messages there. */
  pendingDeletes?: PendingDeletes;
  translator: Translator;
  pseudonymize: Pseudonymize;
  config: Pick<Config, "coordinatorChatId" | "coordinatorIds" | "coordinatorLocale" | "coordinatorTimezone" | "reannounceSeconds" | "retentionDays" | "discreetTeamMs">;
  clock: () => number;
  logger: Logger;
  /** Flow versions, for option labels and place names on the card (the flow registry). */
  flows: FlowSource;
  /**
   * The group's budget from the outbound scheduler; with it, a surge goes
   * into a digest instead of a card per case (docs/outbound.md). Without it
   * every case gets its own card at once.
   */
  group?: GroupBudget;
  options?: DeskOptions;
}
