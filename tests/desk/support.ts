import { Api } from "grammy";
import type { EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { createAudit } from "../../src/cases/audit.js";
import { createMessageTracker } from "../../src/person/message-tracker.js";
import { createOutbox } from "../../src/cases/outbox.js";
import { createPrefsStore } from "../../src/person/prefs.js";
import { createCipherBox, createPseudonymizer } from "../../src/crypto/box.js";
import type { FlowSource } from "../../src/desk/cards.js";
import { createDesk, type Desk } from "../../src/desk/desk.js";
import type { DeskOptions } from "../../src/desk/types.js";
import { createFlowRegistry } from "../../src/flow/registry.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import type { TriageCard } from "../../src/triage/card.js";
import { BOT_TOKEN, type Harness } from "../helpers/harness.js";
import { loadBundleFile } from "../helpers/flow-fixtures.js";

/** The triage flow as the desk reads labels from it. */
export const triageBundle = () => loadBundleFile("flows/triage.yaml");

/**
 * The flow registry another process would build (src/flow/registry.ts), on
 * the harness's flow and locale folders and its Redis namespace: a version is
 * found by hash in memory once loaded, else from the sources the app stored
 * in Redis; an unknown hash is `undefined` (and the card falls back to
 * `current`). Loading starts at once; `createDesk` is synchronous, so the
 * first lookup waits for it rather than the caller.
 */
export function registryOn(h: Harness): FlowSource {
  const registry = createFlowRegistry({
    flowsDir: h.config.flowsDir,
    localesDir: h.config.localesDir,
    redis: h.redis,
    keys: h.keys,
    versionTtlSeconds: h.config.conversationIdleSeconds + 3600,
  });
  const loaded = registry.load();
  // Reported by the first lookup; without this an early failure would be an unhandled rejection.
  loaded.catch(() => undefined);
  return {
    byHash: async (hash) => {
      await loaded;
      return registry.byHash(hash);
    },
    current: (flowId) => registry.current(flowId),
  };
}

/**
 * A second desk on the harness's Redis namespace and emulator, as another
 * process would run it: its own Api client, its own consumer name, no timers.
 * Stop the app's own desk first when the test needs to own the stream.
 */
export function standaloneDesk(h: Harness, options: DeskOptions & { clock?: () => number } = {}): Desk {
  const clock = options.clock ?? Date.now;
  const box = createCipherBox(h.config.dataKeys);
  return createDesk({
    api: new Api(BOT_TOKEN, { apiRoot: h.emulator.apiRoot }),
    redis: h.redis,
    keys: h.keys,
    cases: h.app.cases,
    audit: createAudit({ redis: h.redis, keys: h.keys, clock }),
    outbox: createOutbox({ redis: h.redis, keys: h.keys, box, clock }),
    prefs: createPrefsStore({ redis: h.redis, keys: h.keys, ttlSeconds: 3600 }),
    tracker: createMessageTracker({ redis: h.redis, keys: h.keys }),
    translator: createTranslator({ localesDir: h.config.localesDir }),
    pseudonymize: createPseudonymizer(h.config.pseudonymSecret ?? ""),
    config: h.config,
    clock,
    logger: createLogger({ level: process.env.DESK_TEST_LOG ?? "silent" }),
    flows: registryOn(h),
    options: { dispatch: false, ...options },
  });
}

/** A small valid card for cases filed straight into the store (no flow run). */
export function minimalCard(caseId: string, overrides: Partial<TriageCard> = {}): TriageCard {
  return {
    schemaVersion: 1,
    caseId,
    flow: { id: "triage", hash: "not-a-known-version" },
    lang: "en",
    startedAt: 1_000,
    completedAt: 2_000,
    tier: "critical",
    reasons: ["minor"],
    flags: ["minor"],
    indicators: ["abuse_of_vulnerability"],
    answers: [{ node: "notes", field: "notes", answer: { kind: "text", text: "CARD-NOTE", lang: "en" } }],
    ...overrides,
  };
}

/** Cards of one case visible in the coordinators' chat. */
export function cardsOf(h: Harness, caseId: string): EmulatedMessage[] {
  return h.deskMessages().filter((m) => m.from.is_bot && (m.text ?? "").includes(`Case ${caseId}`));
}

/** Callback data of the button whose label matches. */
export function buttonData(message: EmulatedMessage | undefined, label: RegExp): string {
  const button = message?.reply_markup?.inline_keyboard.flat().find((b) => label.test(b.text));
  if (!button || !("callback_data" in button)) {
    throw new Error(`no button ${label} on message: ${message?.reply_markup?.inline_keyboard.flat().map((b) => b.text).join(", ")}`);
  }
  return button.callback_data;
}
