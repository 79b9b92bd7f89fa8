/**
 * Bot API storms during a surge: 30 % of message calls fail with 5xx for 20 s;
 * then Telegram's 429s for 20 s (the emulator's limits at Telegram's figures
 * while Beacon is told to send faster). 0 questions or cards lost, and no call
 * into a bucket inside its announced retry_after.
 */
import { crowdSize, sleep, withStack, type Drill } from "./drill.js";
import { drive, judge, verdictText } from "./people.js";

const STORM_SECONDS = 20;

export const fiveHundredStorm: Drill = {
  name: "Bot API 5xx storm (30 % of sends for 20 s)",
  run: (options) =>
    withStack("5xx", async (stack) => {
      const people = crowdSize(options, 40);
      // auto-retry waits 3 s, 6 s, 12 s between tries of a failed call: people wait that long before sending again.
      const outcomes = await drive(stack.emulator, { people, rampSeconds: 12, maxSeconds: 150, resendAfterMs: 30_000 }, async () => {
        await sleep(1_000);
        stack.emulator.storm({ ratio: 0.3, seconds: STORM_SECONDS, failure: { error_code: 502, description: "Bad Gateway" } });
      });
      const verdict = await judge(stack.emulator, outcomes, stack.caseExists);
      const failed = stack.emulator.calls().filter((c) => c.errorCode === 502).length;
      return {
        figures: `502s served ${failed}, ${verdictText(verdict)}`,
        held: failed > 0 && verdict.lost === 0 && verdict.unresumed === 0 && verdict.resends === 0,
      };
    }),
};

/**
 * Beacon paces the global and group windows at its production figures (under
 * Telegram's 30/s and 20/min) but each chat at 10/s, ten times Telegram's: every
 * busy chat meets 429s. (With the global pace set above 30/s too, the emulator's
 * global bucket closes and Beacon, which pauses only the chat a 429 came from,
 * sends into it: a pace above Telegram's global limit is a misconfiguration.)
 */
export const tooManyStorm: Drill = {
  name: "429 storm (Telegram's limits, chats paced too fast) for 20 s",
  run: (options) =>
    withStack("429", async (stack) => {
      const people = crowdSize(options, 40);
      const outcomes = await drive(stack.emulator, { people, rampSeconds: 12, maxSeconds: 180 }, async () => {
        await sleep(1_000);
        stack.emulator.setLimits(true);
        await sleep(STORM_SECONDS * 1000);
        stack.emulator.setLimits(false);
      });
      const verdict = await judge(stack.emulator, outcomes, stack.caseExists);
      const stats = stack.emulator.limitStats();
      if (process.env.DRILL_DEBUG) {
        const all = outcomes.flatMap((o) => o.latencies).sort((a, b) => a - b);
        const q = (p: number) => all[Math.min(all.length - 1, Math.floor(p * all.length))] ?? 0;
        console.log(`answers ${all.length}: p50 ${q(0.5)} p90 ${q(0.9)} p99 ${q(0.99)} max ${q(1)} ms; over 8 s ${all.filter((l) => l > 8000).length}`);
        const calls = stack.emulator.calls();
        const t0 = calls[0]?.at ?? 0;
        const perSecond = new Map<number, number>();
        for (const c of calls) perSecond.set(Math.floor((c.at - t0) / 1000), (perSecond.get(Math.floor((c.at - t0) / 1000)) ?? 0) + 1);
        console.log("calls per second:", [...perSecond.entries()].map(([s, n]) => `${s}:${n}`).join(" "));
        const methods = new Map<string, number>();
        for (const c of calls) methods.set(c.method, (methods.get(c.method) ?? 0) + 1);
        const slow = [...outcomes].sort((a, b) => Math.max(0, ...b.latencies) - Math.max(0, ...a.latencies))[0];
        if (slow) {
          console.log(`slowest person ${slow.index}: latencies ${slow.latencies.join(",")}`);
          for (const c of calls.filter((x) => Number(x.params.chat_id) === slow.userId || x.method === "answerCallbackQuery")) {
            if (c.method === "answerCallbackQuery") continue;
            console.log(`  ${c.at - t0} ${c.method} ${c.ok ? "ok" : c.errorCode} ${JSON.stringify(c.params.message_id ?? c.params.message_ids ?? "")} ${String(c.params.text ?? "").slice(0, 30).replace(/\n/g, " ")}`);
          }
          for (const m of stack.emulator.messages(slow.userId).filter((x) => !x.from.is_bot)) console.log(`  person msg ${m.message_id} at ${m.date}`);
        }
        console.log("by method:", [...methods.entries()].map(([m, n]) => `${m} ${n}`).join(", "));
      }
      return {
        figures: `429s ${stats.refusedTotal}, calls into a closed bucket ${stats.intoClosedBucket}, ${verdictText(verdict)}`,
        held: stats.refusedTotal > 0 && stats.intoClosedBucket === 0 && verdict.lost === 0 && verdict.unresumed === 0 && verdict.resends === 0,
      };
    }, { env: { SEND_GLOBAL_PER_SECOND: "28", SEND_GROUP_PER_MINUTE: "19" } }),
};
