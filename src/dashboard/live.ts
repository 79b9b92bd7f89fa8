import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Keys } from "../redis/keys.js";

/** One change on the cases stream, as the pages are told it: ids and codes only. */
export interface LiveEvent {
  caseId: string;
  event: string;
  action?: string;
}

export interface LiveFeed {
  subscribe(listener: (event: LiveEvent) => void): () => void;
  start(): void;
  stop(): Promise<void>;
}

/**
 * Reads the same cases stream the desk reads, but as a plain reader from
 * "now" (XREAD from `$`), not in the desk's consumer group: the dashboard must
 * never take an entry the desk still has to turn into a card.
 */
export function createLiveFeed(deps: { redis: Redis; keys: Keys; logger: Logger; blockMs?: number }): LiveFeed {
  const listeners = new Set<(event: LiveEvent) => void>();
  // A blocked connection serves nobody else.
  let reader: Redis | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  async function loop(connection: Redis): Promise<void> {
    let last = "$";
    while (!stopped) {
      try {
        const reply = (await connection.xread("COUNT", 100, "BLOCK", deps.blockMs ?? 2000, "STREAMS", deps.keys.casesStream, last)) as
          | Array<[string, Array<[string, string[]]>]>
          | null;
        for (const [, entries] of reply ?? []) {
          for (const [id, flat] of entries) {
            last = id;
            publish(flat);
          }
        }
      } catch (error) {
        if (stopped) return;
        deps.logger.warn({ err: error }, "dashboard live feed read failed; retrying");
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  function publish(flat: string[]): void {
    const f = new Map<string, string>();
    for (let i = 0; i + 1 < flat.length; i += 2) f.set(flat[i] ?? "", flat[i + 1] ?? "");
    const caseId = f.get("caseId");
    const event = f.get("event");
    if (!caseId || !event) return;
    const action = f.get("action");
    const live: LiveEvent = action ? { caseId, event, action } : { caseId, event };
    for (const listener of listeners) listener(live);
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (running) return;
      stopped = false;
      reader = deps.redis.duplicate();
      running = loop(reader);
    },
    async stop() {
      stopped = true;
      reader?.disconnect();
      await running;
      running = undefined;
      reader = undefined;
    },
  };
}
