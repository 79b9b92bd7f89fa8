import type { CallbackTokens } from "./callbacks.js";
import type { EnsureOutcome } from "./card-post.js";
import { createDigestStore } from "./digest-store.js";
import { createDigestWriter } from "./digest-writer.js";
import { createDigest, type Digest } from "./digest.js";
import type { DeskDependencies } from "./types.js";

/**
 * The surge digest of the coordinators' group, or undefined without a group
 * or without the outbound scheduler's budget (then every case gets its own
 * card at once, as before). `ensureCard` is the dispatcher's fenced post,
 * bound late: the dispatcher is built after the digest it asks.
 */
export function digestFor(
  deps: Pick<DeskDependencies, "api" | "redis" | "keys" | "cases" | "translator" | "flows" | "clock" | "logger" | "group" | "options" | "config">,
  parts: { tokens: CallbackTokens; holder: string; ensureCard: (caseId: string) => Promise<EnsureOutcome> },
): Digest | undefined {
  const chatId = deps.config.coordinatorChatId;
  if (chatId === undefined || !deps.group) return undefined;
  const store = createDigestStore(deps.redis, deps.keys);
  const logger = deps.logger.child({ component: "digest" });
  const writer = createDigestWriter({
    api: deps.api,
    chatId,
    cases: deps.cases,
    store,
    tokens: parts.tokens,
    translator: deps.translator,
    locale: deps.config.coordinatorLocale,
    flows: deps.flows,
    clock: deps.clock,
    logger,
    holder: parts.holder,
  });
  const options = deps.options ?? {};
  return createDigest({
    chatId,
    group: deps.group,
    cases: deps.cases,
    store,
    writer,
    ensureCard: parts.ensureCard,
    clock: deps.clock,
    logger,
    options: {
      ...(options.digestIntervalMs !== undefined ? { intervalMs: options.digestIntervalMs } : {}),
      ...(options.digestQuietMs !== undefined ? { quietMs: options.digestQuietMs } : {}),
    },
  });
}
