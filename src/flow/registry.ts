import { watch as fsWatch, type FSWatcher } from "node:fs";
import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { BeaconError, FlowValidationError } from "../errors.js";
import type { Keys } from "../redis/keys.js";
import { parseFlowBundle, type FlowSourceNames } from "./load.js";
import type { PinnedTexts } from "../i18n/translator.js";
import type { FlowBundle } from "./types.js";
import { decodeStoredVersion, encodeStoredVersion } from "./stored-version.js";
import { textsOfVersion } from "./version-texts.js";
import { formatProblem, validateProject , type ButtonEncoding } from "./validate.js";

/** Current flows by id, plus every version a conversation may still be on. */
export interface FlowRegistry {
  /**
   * Reads and validates every flow and locale, and makes them current.
   * @throws FlowValidationError when anything is invalid (nothing is made current).
   */
  load(): Promise<void>;
  /** The live version of a flow. @throws BeaconError `flow_unknown` when no such flow is loaded. */
  current(flowId: string): FlowBundle;
  /** A version by hash: from memory, else from the sources kept in Redis (after a restart). */
  byHash(hash: string): Promise<FlowBundle | undefined>;
  /** Keeps a version's sources in Redis for another TTL; call whenever a conversation on it moves. */
  touch(hash: string): Promise<void>;
  /** Re-reads the files; an invalid edit leaves the last good version live. */
  reload(): Promise<{ ok: boolean; problems: string[] }>;
  /** Reloads on file changes (debounced) for `npm run dev`; returns a function that stops watching. */
  watch(onReload: (result: { ok: boolean; problems: string[] }) => void): () => void;
}

/** Dependencies of {@link createFlowRegistry}. */
export interface FlowRegistryDependencies {
  flowsDir: string;
  localesDir: string;
  /** Where old versions outlive a restart; without it only this process's versions are known. */
  redis?: Redis;
  keys?: Keys;
  /** How long a version's sources stay in Redis after last use. */
  versionTtlSeconds: number;
  logger?: Logger;
  /** Keys code uses (default: src/i18n/catalog.ts); tests pass a small set. */
  codeKeys?: Record<string, readonly string[]>;
  /** The channel's button encoding: a flow whose buttons it would refuse does not load. */
  buttons?: ButtonEncoding;
  /** Quiet time after a file change before reloading (ms). */
  debounceMs?: number;
  /** Given the texts of every version loaded or restored (the translator keeps them for keys later edits drop). */
  onTexts?: (texts: PinnedTexts) => void;
}

interface Loaded {
  bundle: FlowBundle;
  names: FlowSourceNames;
  texts: PinnedTexts;
}

/**
 * Creates the flow registry. Versions are content hashes of the flow and its
 * data files; each loaded version's sources go to Redis so a conversation
 * started before an edit or a restart finishes on the version it began with.
 */
export function createFlowRegistry(deps: FlowRegistryDependencies): FlowRegistry {
  const { redis, keys, logger } = deps;
  let currentById = new Map<string, FlowBundle>();
  const touchedAt = new Map<string, number>();
  const byHashMemory = new Map<string, FlowBundle>();
  const namesByHash = new Map<string, FlowSourceNames>();
  const textsByHash = new Map<string, PinnedTexts>();
  const storeKey = (hash: string) => (keys ? keys.flowVersion(hash) : undefined);

  async function store(bundle: FlowBundle, names: FlowSourceNames, texts: PinnedTexts | undefined): Promise<void> {
    const key = storeKey(bundle.hash);
    if (!redis || !key) return;
    await redis.set(key, encodeStoredVersion({ v: 1, sources: bundle.sources, names, ...(texts ? { texts } : {}) }), "EX", deps.versionTtlSeconds);
  }

  async function readAll(): Promise<{ ok: true; bundles: Loaded[] } | { ok: false; problems: string[] }> {
    const check = await validateProject({
      flowsDir: deps.flowsDir,
      localesDir: deps.localesDir,
      ...(deps.codeKeys ? { codeKeys: deps.codeKeys } : {}),
      ...(deps.buttons ? { buttons: deps.buttons } : {}),
    });
    if (check.problems.length > 0) return { ok: false, problems: check.problems.map(formatProblem) };
    const bundles = check.flows.flatMap((f) => (f.bundle ? [{ bundle: f.bundle, names: f.names, texts: textsOfVersion(f, check.locales) }] : []));
    const ids = new Set<string>();
    for (const { bundle } of bundles) {
      if (ids.has(bundle.flow.id)) return { ok: false, problems: [`two flow files have the id "${bundle.flow.id}"`] };
      ids.add(bundle.flow.id);
    }
    return { ok: true, bundles };
  }

  async function activate(bundles: Loaded[]): Promise<void> {
    // Store first: a version must be recoverable before any conversation can start on it.
    await Promise.all(bundles.map(({ bundle, names, texts }) => store(bundle, names, texts)));
    for (const { bundle, texts } of bundles) {
      textsByHash.set(bundle.hash, texts);
      deps.onTexts?.(texts);
    }
    const next = new Map<string, FlowBundle>();
    for (const { bundle } of bundles) {
      next.set(bundle.flow.id, bundle);
      byHashMemory.set(bundle.hash, bundle);
    }
    for (const { bundle, names } of bundles) namesByHash.set(bundle.hash, names);
    currentById = next;
    for (const { bundle } of bundles) logger?.info({ flow: bundle.flow.id, version: bundle.hash }, "flow loaded");
  }

  /**
   * After a restart: the texts of every version still kept, for the cards of cases
   * filed on it and for runs begun on it. Only the texts: the version itself is
   * read when a run needs it (`byHash`), so one gone from Redis is gone.
   */
  async function pinStoredTexts(): Promise<void> {
    if (!redis || !keys || !deps.onTexts) return;
    let cursor = "0";
    do {
      const [next, found] = await redis.scan(cursor, "MATCH", `${keys.flowVersion("")}*`, "COUNT", "100");
      cursor = next;
      // One GET each (auto-pipelined), not MGET: version keys have no common hash tag.
      const values = await Promise.all(found.map((key) => redis.getBuffer(key)));
      for (const raw of values) {
        const texts = raw === null ? undefined : decodeStoredVersion(raw)?.texts;
        if (texts) deps.onTexts(texts);
      }
    } while (cursor !== "0");
  }

  const registry: FlowRegistry = {
    async load() {
      const result = await readAll();
      if (!result.ok) throw new FlowValidationError(result.problems);
      await activate(result.bundles);
      await pinStoredTexts();
    },

    current(flowId) {
      const bundle = currentById.get(flowId);
      if (!bundle) throw new BeaconError(`no flow with id "${flowId}" is loaded`, "flow_unknown");
      return bundle;
    },

    async byHash(hash) {
      const known = byHashMemory.get(hash);
      if (known) return known;
      const key = storeKey(hash);
      if (!redis || !key) return undefined;
      const raw = await redis.getBuffer(key);
      if (raw === null) return undefined;
      const stored = decodeStoredVersion(raw);
      // Locales are not rechecked: texts may have moved on, and the version was valid when it went live.
      const result = stored ? parseFlowBundle(stored.sources, stored.names) : undefined;
      if (!stored || !result?.bundle || result.bundle.hash !== hash) {
        logger?.warn({ version: hash }, "stored flow version could not be restored");
        return undefined;
      }
      byHashMemory.set(hash, result.bundle);
      namesByHash.set(hash, stored.names);
      if (stored.texts) {
        textsByHash.set(hash, stored.texts);
        deps.onTexts?.(stored.texts);
      }
      return result.bundle;
    },

    async touch(hash) {
      const key = storeKey(hash);
      if (!redis || !key) return;
      // One refresh a minute per version is plenty against a TTL of hours, and keeps it off the hot path.
      const now = Date.now();
      if ((touchedAt.get(hash) ?? 0) > now - 60_000) return;
      touchedAt.set(hash, now);
      const refreshed = await redis.expire(key, deps.versionTtlSeconds);
      if (refreshed === 0) {
        // Expired or never stored (e.g. Redis was flushed): put it back while it is still in memory.
        const bundle = byHashMemory.get(hash);
        if (bundle) await store(bundle, namesByHash.get(hash) ?? { flow: `${bundle.flow.id}.yaml` }, textsByHash.get(hash));
      }
    },

    async reload() {
      const result = await readAll();
      if (!result.ok) {
        logger?.warn({ problems: result.problems.length }, "flow reload refused; keeping the last good version");
        return { ok: false, problems: result.problems };
      }
      await activate(result.bundles);
      return { ok: true, problems: [] };
    },

    watch(onReload) {
      let timer: NodeJS.Timeout | undefined;
      let running = Promise.resolve();
      const fire = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          // Chain reloads so two quick saves never race each other.
          running = running.then(async () => {
            try {
              onReload(await registry.reload());
            } catch (error) {
              logger?.error({ err: error }, "flow reload failed");
              onReload({ ok: false, problems: [error instanceof Error ? error.message : String(error)] });
            }
          });
        }, deps.debounceMs ?? 150);
      };
      const watchers: FSWatcher[] = [deps.flowsDir, deps.localesDir].map((dir) => fsWatch(dir, fire));
      return () => {
        clearTimeout(timer);
        for (const watcher of watchers) watcher.close();
      };
    },
  };
  return registry;
}
