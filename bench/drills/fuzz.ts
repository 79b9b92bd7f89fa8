/**
 * 100,000 fuzzed updates at the webhook (every update type, odd unicode, huge
 * ids, bad callback data, wrong types, redeliveries): 0 crashes and 0 answers
 * of 500, 0 stack traces and 0 planted words in the logs, memory flat (RSS
 * after a warm-up and at the end), no key left without an expiry that the
 * layout does not keep for good.
 */
import { readFileSync } from "node:fs";
import { freePort } from "../../src/redis/embedded.js";
import { pool } from "../people.js";
import { type Drill, sleep, withStack } from "./drill.js";
import { CANARY, fuzzedBodies } from "./fuzz-updates.js";

const SECRET = "drill-webhook-secret-0123456789";

const rssMb = (pid: number | undefined) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;

export const fuzz: Drill = {
  name: "fuzzed updates at the webhook",
  async run(options) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/hook`;
    // The flood guard at its defaults: a fuzzer is a flood.
    const env = { PORT: String(port), WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET, RATE_LIMIT_PER_SECOND: "2", RATE_LIMIT_BURST: "8" };
    return withStack("fuzz", async (stack) => {
      const total = options.short ? 10_000 : 100_000;
      const bodies = fuzzedBodies(total, 14);
      const statuses = new Map<number, number>();
      const post = async (body: string) => {
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body }).catch(() => undefined);
        const status = res?.status ?? 0;
        await res?.arrayBuffer().catch(() => undefined);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      };
      const warmup = Math.floor(total / 10);
      const started = Date.now();
      await pool(bodies.slice(0, warmup), 16, post);
      await sleep(2_000);
      const before = rssMb(stack.beacon.pid);
      await pool(bodies.slice(warmup), 16, post);
      const seconds = (Date.now() - started) / 1000;
      await sleep(3_000);
      const after = rssMb(stack.beacon.pid);
      const lines = readFileSync(stack.beacon.logFile, "utf8").split("\n").filter(Boolean);
      const stacks = lines.filter((l) => /"stack"|\n\s+at |^\s+at /.test(l) || !l.startsWith("{")).length;
      const canary = lines.filter((l) => l.includes(CANARY)).length;
      const garbage = await keysWithoutExpiry(stack);
      const errorLines = lines.filter((l) => /"level":(50|60)/.test(l));
      const errors = errorLines.length;
      // What failed, by message, error class and code (the fields the logger keeps for errors).
      const kinds = new Map<string, number>();
      for (const l of errorLines) {
        const parsed = JSON.parse(l) as { msg?: string; err?: { type?: string; code?: string; at?: string; cause?: { type?: string; at?: string } } };
        const kind = `${parsed.msg} [${parsed.err?.type ?? ""} ${parsed.err?.code ?? ""} ${parsed.err?.at ?? ""} ← ${parsed.err?.cause?.type ?? ""} ${parsed.err?.cause?.at ?? ""}]`;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      if (kinds.size > 0) console.log(`  error lines: ${[...kinds].map(([k, n]) => `${k} ×${n}`).join("; ").slice(0, 2000)}`);
      const fiveHundreds = [...statuses].filter(([s]) => s >= 500 || s === 0).reduce((n, [, c]) => n + c, 0);
      const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`).join(" ");
      const grew = after - before;
      return {
        figures: `${total} updates in ${seconds.toFixed(0)} s (${byStatus}), beacon crashes ${stack.beacon.crashes}, stack traces ${stacks}, canary in logs ${canary}, error lines ${errors}, RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB, garbage keys ${garbage.count}${garbage.sample ? ` (${garbage.sample})` : ""}`,
        held: stack.beacon.crashes === 0 && fiveHundreds === 0 && stacks === 0 && canary === 0 && grew < Math.max(40, before * 0.3) && garbage.count === 0,
      };
    }, { env });
  },
};

/** Keys that would stay for ever: no TTL, and not one of the desk's named indexes and streams (which hold no fuzz). */
async function keysWithoutExpiry(stack: Parameters<Parameters<typeof withStack>[1]>[0]): Promise<{ count: number; sample: string }> {
  const { client, keys } = stack.redis;
  const kept = new Set<string>([keys.casesOpen, keys.casesAll, keys.casesWithHeld, keys.casesStream, keys.casesDeadLetter, keys.auditStream, keys.announced]);
  let count = 0;
  const patterns = new Set<string>();
  let cursor = "0";
  do {
    const [next, found] = await client.scan(cursor, "MATCH", "beacon:*", "COUNT", "1000");
    cursor = next;
    for (const key of found) {
      if (kept.has(key) || key.startsWith(`${keys.namespace}:desk:digest`) || (await client.ttl(key)) !== -1) continue;
      count++;
      patterns.add(key.replace(/\{[^}]*\}/g, "{…}").replace(/\d+/g, "#"));
    }
  } while (cursor !== "0");
  return { count, sample: [...patterns].slice(0, 5).join(", ") };
}
