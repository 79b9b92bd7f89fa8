import type { Logger } from "pino";

/**
 * Retention: purges closed cases older than RETENTION_DAYS (their relay
 * messages and mappings go with them). Everything else personal expires by
 * TTL: flow and conversation state after the idle time, message ids after 48 h,
 * settings after the retention period.
 */
export function startRetentionSweeper(deps: {
  sweep: (now: number) => Promise<number>;
  clock: () => number;
  logger: Logger;
  everyMs?: number;
}): () => void {
  const run = async () => {
    try {
      const purged = await deps.sweep(deps.clock());
      if (purged > 0) deps.logger.info({ purged }, "retention sweep purged closed cases");
    } catch (error) {
      deps.logger.warn({ err: error }, "retention sweep failed");
    }
  };
  void run();
  const timer = setInterval(() => void run(), deps.everyMs ?? 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
