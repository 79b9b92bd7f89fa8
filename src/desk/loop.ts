import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Dispatcher } from "./dispatcher.js";

/** The desk's two background jobs: the cases stream dispatcher and the periodic tick. */
export interface DeskLoop {
  /** Starts both (the dispatcher only when `dispatch`); a second call does nothing. */
  start(): void;
  /** Stops both and waits for a pass in flight. */
  stop(): Promise<void>;
}

/**
 * Runs the dispatcher on a Redis connection of its own (a blocked read holds
 * its connection) and the tick on a timer that never overlaps itself.
 */
export function createDeskLoop(deps: {
  redis: Redis;
  logger: Logger;
  dispatcher: Pick<Dispatcher, "pollOnce">;
  /** One pass of the desk's periodic work; its failures are logged here. */
  tick: () => Promise<void>;
  /** How long one blocking read of the cases stream waits (ms). */
  blockMs: number;
  /** How often `tick` runs (ms). */
  tickIntervalMs: number;
  /** Run the stream dispatcher loop. */
  dispatch: boolean;
}): DeskLoop {
  const { logger, dispatcher } = deps;
  let running = false;
  let loop: Promise<void> | undefined;
  let blocking: Redis | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> | undefined;

  async function dispatchLoop(connection: Redis): Promise<void> {
    while (running) {
      try {
        await dispatcher.pollOnce({ blockMs: deps.blockMs, connection });
      } catch (error) {
        if (!running) return;
        logger.warn({ err: error }, "desk dispatcher pass failed");
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      if (deps.dispatch) {
        // A blocked read holds its connection; it must not be the one everything else uses.
        blocking = deps.redis.duplicate();
        // Reconnects are retried by ioredis; the dispatch loop logs failed passes itself.
        blocking.on("error", (error: Error) => logger.debug({ err: error }, "desk redis connection error"));
        loop = dispatchLoop(blocking);
      }
      timer = setInterval(() => {
        if (ticking) return;
        ticking = deps
          .tick()
          .catch((error: unknown) => logger.warn({ err: error }, "desk tick failed"))
          .finally(() => {
            ticking = undefined;
          });
      }, deps.tickIntervalMs);
      timer.unref();
    },
    async stop() {
      running = false;
      if (timer) clearInterval(timer);
      timer = undefined;
      // Disconnecting ends the blocked read at once instead of waiting out BLOCK.
      blocking?.disconnect();
      await loop;
      await ticking;
      blocking = undefined;
      loop = undefined;
    },
  };
}
