import type { Redis } from "ioredis";
import type { Logger } from "pino";
import { primariesOf } from "../redis/connection.js";

export interface AofCompactor {
  /** Asks for a rewrite soon; several requests within the cooldown make one rewrite. */
  request(): void;
  /** Asks now for a rewrite still waiting for its cooldown (an erase just before shutdown must reach the file too). */
  stop(): Promise<void>;
}

/**
 * Deleting a key does not take its old value out of Redis's append-only file:
 * the file keeps every write until Redis rewrites it. After an erase or a
 * retention purge we ask for that rewrite, so what was deleted is gone from the
 * live file too (backups are the operator's to keep short-lived). Best effort:
 * a server without AOF, or one that refuses the command (managed Redis), is
 * left alone.
 */
const flag = (info: string, name: string) => new RegExp(`^${name}:1\\s*$`, "m").test(info);

/** How long a stop waits for a rewrite already in progress. */
const STOP_WAIT_MS = 5_000;

export function createAofCompactor(deps: { redis: Redis; logger: Logger; cooldownMs?: number; clock?: () => number }): AofCompactor {
  const cooldownMs = deps.cooldownMs ?? 60_000;
  const clock = deps.clock ?? Date.now;
  let lastAt = -Infinity;
  let timer: NodeJS.Timeout | undefined;

  /** `busy`: a rewrite that may predate the delete is running; ask again after it. */
  async function rewrite(): Promise<"asked" | "busy" | "skipped"> {
    timer = undefined;
    lastAt = clock();
    // On a cluster the deleted keys lived on any primary: each rewrites its own file.
    const outcomes = await Promise.all(primariesOf(deps.redis).map((node) => rewriteOne(node)));
    return outcomes.includes("busy") ? "busy" : outcomes.includes("asked") ? "asked" : "skipped";
  }

  async function rewriteOne(node: Redis): Promise<"asked" | "busy" | "skipped"> {
    try {
      const info = await node.info("persistence");
      if (!flag(info, "aof_enabled")) return "skipped";
      if (flag(info, "aof_rewrite_in_progress")) return "busy";
      await node.bgrewriteaof();
      deps.logger.info("asked Redis to rewrite its append-only file after deleting personal data");
      return "asked";
    } catch (error) {
      deps.logger.warn({ err: error }, "could not ask Redis to rewrite its append-only file");
      return "skipped";
    }
  }

  const run = async () => {
    if ((await rewrite()) === "busy") schedule();
  };

  function schedule(): void {
    if (timer) return;
    const wait = Math.max(0, lastAt + cooldownMs - clock());
    timer = setTimeout(() => void run(), wait);
    timer.unref();
  }

  return {
    request: schedule,
    async stop() {
      if (!timer) return;
      clearTimeout(timer);
      // Shutting down: wait a little for a rewrite in progress rather than leave the delete in the file.
      const deadline = Date.now() + STOP_WAIT_MS;
      while ((await rewrite()) === "busy" && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}

/** `no_aof`: the server keeps no append-only file; `refused`: it would not rewrite (managed Redis); `failed`: the rewrite ran and failed. */
export type CompactionResult = "rewritten" | "no_aof" | "refused" | "failed" | "timed_out";

/**
 * Rewrites the append-only file now and resolves once the new file is in
 * place, for a caller that must know old values are gone from it (key
 * rotation: until then the file still holds every value under the old key).
 * A rewrite already running may predate our writes, so it waits for that one
 * and asks for its own.
 */
export async function compactAofNow(redis: Redis, options: { timeoutMs?: number; pollMs?: number } = {}): Promise<CompactionResult> {
  // Every primary of a cluster; the first that did not rewrite is the answer.
  const results = await Promise.all(primariesOf(redis).map((node) => compactOne(node, options)));
  return results.find((r) => r !== "rewritten") ?? "rewritten";
}

async function compactOne(redis: Redis, options: { timeoutMs?: number; pollMs?: number }): Promise<CompactionResult> {
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  let asked = false;
  while (Date.now() < deadline) {
    const info = await redis.info("persistence");
    if (!flag(info, "aof_enabled")) return "no_aof";
    // `scheduled`: asked while a snapshot was being saved; it starts after that.
    const running = flag(info, "aof_rewrite_in_progress") || flag(info, "aof_rewrite_scheduled");
    if (!running && asked) return /^aof_last_bgrewrite_status:ok\s*$/m.test(info) ? "rewritten" : "failed";
    if (!running) {
      try {
        await redis.bgrewriteaof();
        asked = true;
      } catch {
        // Another rewrite may have started since our look; only a server still idle refused us.
        if (!/^aof_rewrite_in_progress:1\s*$/m.test(await redis.info("persistence"))) return "refused";
      }
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 50));
  }
  return "timed_out";
}
