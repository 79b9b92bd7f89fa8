import type { Redis } from "ioredis";
import type { Logger } from "pino";

export interface AofCompactor {
  /** Asks for a rewrite soon; several requests within the cooldown make one rewrite. */
  request(): void;
  /** Cancels a rewrite that is waiting for its cooldown. */
  stop(): void;
}

/**
 * Deleting a key does not take its old value out of Redis's append-only file:
 * the file keeps every write until Redis rewrites it. After an erase or a
 * retention purge we ask for that rewrite, so what was deleted is gone from the
 * live file too (backups are the operator's to keep short-lived). Best effort:
 * a server without AOF, or one that refuses the command (managed Redis), is
 * left alone.
 */
export function createAofCompactor(deps: { redis: Redis; logger: Logger; cooldownMs?: number; clock?: () => number }): AofCompactor {
  const cooldownMs = deps.cooldownMs ?? 60_000;
  const clock = deps.clock ?? Date.now;
  let lastAt = -Infinity;
  let timer: NodeJS.Timeout | undefined;

  async function rewrite(): Promise<void> {
    timer = undefined;
    lastAt = clock();
    try {
      const info = await deps.redis.info("persistence");
      if (!/^aof_enabled:1\s*$/m.test(info)) return;
      if (/^aof_rewrite_in_progress:1\s*$/m.test(info)) {
        // The rewrite running now may have started before the delete: ask again after it.
        schedule();
        return;
      }
      await deps.redis.bgrewriteaof();
      deps.logger.info("asked Redis to rewrite its append-only file after deleting personal data");
    } catch (error) {
      deps.logger.warn({ err: error }, "could not ask Redis to rewrite its append-only file");
    }
  }

  function schedule(): void {
    if (timer) return;
    const wait = Math.max(0, lastAt + cooldownMs - clock());
    timer = setTimeout(() => void rewrite(), wait);
    timer.unref();
  }

  return {
    request: schedule,
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
