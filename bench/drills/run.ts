/**
 * `npm run drills [-- --short] [-- --only <text>]`: each drill starts its own
 * redis-server(s), emulator and Beacon processes, drives simulated people,
 * injects one fault and prints a row; the run ends with the table and exits
 * non-zero when any drill did not hold.
 */
import { cpus } from "node:os";
import { parseArgs } from "node:util";
import { beaconKill } from "./beacon-kill.js";
import { cardCrash } from "./card-crash.js";
import { clusterSurge } from "./cluster.js";
import type { Drill, DrillResult } from "./drill.js";
import { forgedPresses } from "./forged-presses.js";
import { fuzz } from "./fuzz.js";
import { redisKill } from "./redis-kill.js";
import { sentinelFailover } from "./sentinel.js";
import { fiveHundredStorm, tooManyStorm } from "./storms.js";
import { twoInstances } from "./two-instances.js";

const DRILLS: Drill[] = [redisKill, beaconKill, cardCrash, fiveHundredStorm, tooManyStorm, fuzz, forgedPresses, clusterSurge, sentinelFailover, twoInstances];

const { values } = parseArgs({ options: { short: { type: "boolean", default: false }, only: { type: "string" }, lanes: { type: "string" } } });
const chosen = DRILLS.filter((d) => !values.only || d.name.toLowerCase().includes(values.only.toLowerCase()));
// The short run (CI) runs three drills at a time, the longest first: most of a drill is waiting
// (think times, restarts, failovers), and the short run must stay within 3 minutes on 2 cores.
const lanes = Number(values.lanes ?? (values.short ? 3 : 1));
const LONGEST_FIRST = [beaconKill, cardCrash, sentinelFailover];
const order = values.short ? [...chosen].sort((a, b) => Number(LONGEST_FIRST.includes(b)) - Number(LONGEST_FIRST.includes(a))) : chosen;
const started = Date.now();
const rows: { name: string; result: DrillResult; seconds: number }[] = [];

async function runOne(drill: Drill): Promise<void> {
  const t = Date.now();
  console.log(`▶ ${drill.name}`);
  const result = await drill.run({ short: values.short }).catch((error: unknown): DrillResult => ({
    figures: `drill failed to run: ${error instanceof Error ? error.message.slice(0, 300) : String(error)}`,
    held: false,
  }));
  const seconds = Math.round((Date.now() - t) / 1000);
  rows.push({ name: drill.name, result, seconds });
  console.log(`  ${result.held ? "held" : "FAILED"} (${seconds} s) ${drill.name}: ${result.figures}`);
}

let next = 0;
await Promise.all(Array.from({ length: lanes }, async () => {
  while (next < order.length) await runOne(order[next++] as Drill);
}));
rows.sort((a, b) => chosen.findIndex((d) => d.name === a.name) - chosen.findIndex((d) => d.name === b.name));

const total = Math.round((Date.now() - started) / 1000);
console.log(`\nBeacon drills${values.short ? " (short)" : ""}, ${lanes} at a time, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${total} s\n`);
console.log("| drill | figures | held |");
console.log("|---|---|---|");
for (const { name, result, seconds } of rows) console.log(`| ${name} (${seconds} s) | ${result.figures} | ${result.held ? "yes" : "**no**"} |`);
const failed = rows.filter((r) => !r.result.held).length;
console.log(`\n${rows.length - failed} held, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
