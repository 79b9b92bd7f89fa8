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
  let running = false;
  /** Each job alone: a sweep that keeps failing must not stop the streams from being trimmed. */
  const job = async (name: "sweep" | "trim", work: () => Promise<number>): Promise<number> => {
    try {
      return await work();
    } catch (error) {
      deps.logger.warn({ err: error, job: name }, "retention sweep failed");
      return 0;
    }
  };
  const run = async () => {
    // A slow run (many cases, slow Redis) must not overlap the next one.
    if (running) return;
    running = true;
    try {
      const now = deps.clock();
      const purged = await job("sweep", () => deps.sweep(now));
      const trimmed = await job("trim", () => deps.trimStreams(now));
      if (purged > 0 || trimmed > 0) deps.logger.info({ purged, trimmed }, "retention sweep purged closed cases and old stream entries");
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), deps.everyMs ?? 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
