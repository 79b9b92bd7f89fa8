import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { TELEGRAM_BUTTONS } from "../bot/flow/callback-codec.js";
import { createAudit } from "../cases/audit.js";
import { createOutbox } from "../cases/outbox.js";
import { createCaseStore } from "../cases/store.js";
import type { Config } from "../config.js";
import { createCipherBox, createPseudonymizer } from "../crypto/box.js";
import { createFlowRegistry } from "../flow/registry.js";
import { createTranslator } from "../i18n/translator.js";
import { createAofCompactor } from "../maintenance/aof-compactor.js";
import { createSealedConversationStorage } from "../person/conversation-storage.js";
import { createFlowStateStore } from "../person/flow-state-store.js";
import { createMessageTracker } from "../person/message-tracker.js";
import { createPrefsStore } from "../person/prefs.js";
import { createSessionRegistry } from "../person/session.js";
import { createKeys, type Keys } from "../redis/keys.js";
import { packCard, unpackCard } from "../triage/card-pack.js";
import type { TriageCard } from "../triage/card.js";

/** Everything the bot, the desk and the jobs share: built once, with no Telegram in it. */
export type Stores = ReturnType<typeof createStores>;

/**
 * Builds the stores of one Beacon instance over one Redis. Each person update
 * reads its state in one script and writes it in one fenced script: the
 * session registry is what lets the person's stores stage their writes there.
 *
 * @example
 * const stores = createStores({ config, redis, logger, clock: Date.now });
 * await stores.registry.load();
 */
export function createStores(options: { config: Config; redis: Redis; logger: Logger; clock: () => number; namespace?: string }) {
  const { config, redis, logger, clock } = options;
  const keys = createKeys(options.namespace, { cluster: config.redisCluster !== undefined });
  const box = createCipherBox(config.dataKeys);
  const translator = createTranslator({ localesDir: config.localesDir });
  const idle = config.conversationIdleSeconds;
  const sessions = createSessionRegistry();
  const prefsSeconds = config.retentionDays * 86400;
  const caseStoreFor = (storeKeys: Keys) =>
    createCaseStore<TriageCard>({
      redis,
      keys: storeKeys,
      box,
      clock,
      retentionDays: config.retentionDays,
      // Packed (answers as tuples): the card is most of what a case keeps for the whole retention period.
      parseCard: unpackCard,
      encodeCard: packCard,
      durability: { replicas: config.redisWaitReplicas, timeoutMs: 2_000 },
      onDegraded: (shortfall) => logger.error(shortfall, "case filed with fewer Redis replicas connected than REDIS_WAIT_REPLICAS asks"),
    });
  return {
    keys,
    box,
    sessions,
    ttl: { idleSeconds: idle, prefsSeconds },
    pseudonymize: createPseudonymizer(config.pseudonymSecret ?? ""),
    translator,
    registry: createFlowRegistry({ flowsDir: config.flowsDir, localesDir: config.localesDir, redis, keys, versionTtlSeconds: idle + 3600, logger, buttons: TELEGRAM_BUTTONS, onTexts: (texts) => translator.pin(texts) }),
    states: createFlowStateStore({ redis, keys, box, ttlSeconds: idle, sessions }),
    prefs: createPrefsStore({ redis, keys, ttlSeconds: prefsSeconds, sessions }),
    tracker: createMessageTracker({ redis, keys, sessions }),
    conversationStorage: createSealedConversationStorage({ redis, keys, box, ttlSeconds: idle, sessions }),
    compactor: createAofCompactor({ redis, logger }),
    cases: caseStoreFor(keys),
    /** The same case store over a desk's own keys (DESKS_FILE: its card message ids and digest), see `deskKeys`. */
    caseStoreFor,
    audit: createAudit({ redis, keys, clock }),
    outbox: createOutbox({ redis, keys, box, clock }),
  };
}
