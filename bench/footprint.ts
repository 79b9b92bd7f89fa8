import type { Redis } from "ioredis";

/** What one namespace holds in Redis, by kind of key (the segment after the namespace). */
export interface Footprint {
  totalBytes: number;
  keys: number;
  byKind: Record<string, { keys: number; bytes: number }>;
}

/**
 * MEMORY USAGE of every key of a namespace, streams and the 24 h update
 * markers included: what a surge of filed people really leaves behind, rather
 * than the keys of one person.
 */
export async function footprint(redis: Redis, namespace: string): Promise<Footprint> {
  const byKind: Footprint["byKind"] = {};
  let totalBytes = 0;
  let keys = 0;
  let cursor = "0";
  do {
    const [next, batch] = await redis.scan(cursor, "MATCH", `${namespace}:*`, "COUNT", 1000);
    cursor = next;
    const sizes = await Promise.all(batch.map((key) => redis.memory("USAGE", key, "SAMPLES", 0)));
    batch.forEach((key, i) => {
      const bytes = Number(sizes[i]) || 0;
      const kind = kindOf(key.slice(namespace.length + 1));
      const entry = (byKind[kind] ??= { keys: 0, bytes: 0 });
      entry.keys++;
      entry.bytes += bytes;
      totalBytes += bytes;
      keys++;
    });
  } while (cursor !== "0");
  return { totalBytes, keys, byKind };
}

/** `case:{id}:contact` stays as it is; a segment holding digits (an update id, a token) becomes `<id>`. */
function kindOf(rest: string): string {
  return rest.replace(/\{[^}]*\}/g, "{}").split(":").map((part, i) => (i > 0 && /\d/.test(part) ? "<id>" : part)).join(":");
}

/** The breakdown as rows, largest first, per filed person. */
export function footprintRows(print: Footprint, people: number): string[] {
  return Object.entries(print.byKind)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([kind, { keys, bytes }]) => `  ${kind.padEnd(34)} ${String(Math.round(bytes / people)).padStart(6)} B/person  (${keys} keys)`);
}
