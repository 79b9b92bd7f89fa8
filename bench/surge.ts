/**
 * `npm run bench:surge`: many people start the triage at once against the
 * real app and the Bot API emulator with Telegram's flood limits, and the
 * figures a surge is judged by are printed (a table, then one JSON line).
 *
 *   npm run bench:surge -- --people 150 --ramp-seconds 10 --limits on|off
 */
import { parseArgs } from "node:util";
import { DEFAULT_SURGE, runSurge } from "./surge/driver.js";
import { figuresOf } from "./surge/metrics.js";
import { printReport } from "./surge/report.js";

const { values } = parseArgs({
  options: {
    people: { type: "string" },
    "ramp-seconds": { type: "string" },
    limits: { type: "string" },
    "max-seconds": { type: "string" },
    "card-wait-seconds": { type: "string" },
    seed: { type: "string" },
  },
});
const number = (raw: string | undefined, fallback: number) => (raw === undefined ? fallback : Number(raw));

const run = await runSurge({
  people: number(values.people, DEFAULT_SURGE.people),
  rampSeconds: number(values["ramp-seconds"], DEFAULT_SURGE.rampSeconds),
  limits: values.limits !== "off",
  maxSeconds: number(values["max-seconds"], DEFAULT_SURGE.maxSeconds),
  cardWaitSeconds: number(values["card-wait-seconds"], DEFAULT_SURGE.cardWaitSeconds),
  seed: number(values.seed, DEFAULT_SURGE.seed),
});
printReport(figuresOf(run));
// Timers of the stopped app (sweeper, desk) must not keep a finished benchmark alive.
process.exit(0);
