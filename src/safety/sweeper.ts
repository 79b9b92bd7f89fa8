import type { Logger } from "pino";

/**
 * Retention: purges closed cases older than RETENTION_DAYS (their relay
 * messages and mappings go with them) and stream entries as old, unless a
 * consumer group still needs them. Everything else personal expires by
 * TTL: flow and conversation state after the idle time, message ids after 48 h,
 * settings after the retention period.
 */
export function startRetentionSweeper(deps: {
  sweep: (now: number) => Promise<number>;
  trimStreams: (now: number) => Promise<number>;
  clock: () => number;
  logger: Logger;
  everyMs?: number;
}): () => void {
  const run = async () => {
    try {
      const now = deps.clock();
      const purged = await deps.sweep(now);
      const trimmed = await deps.trimStreams(now);
      if (purged > 0 || trimmed > 0) deps.logger.info({ purged, trimmed }, "retention sweep purged closed cases and old stream entries");
    } catch (error) {
      deps.logger.warn({ err: error }, "retention sweep failed");
    }
  };
  void run();
  const timer = setInterval(() => void run(), deps.everyMs ?? 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
