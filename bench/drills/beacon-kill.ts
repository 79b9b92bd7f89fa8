/** Beacon kill -9 five times mid-surge: 0 lost, 0 duplicate cards, 0 repeated questions. */
import { crowdSize, sleep, withStack, type Drill } from "./drill.js";
import { drive, judge, midTriage, verdictText } from "./people.js";
import type { BotApiEmulator } from "../../src/sandbox/emulator/index.js";

const KILLS = 5;

export const beaconKill: Drill = {
  name: "beacon kill -9 ×5 mid-surge",
  run: (options) =>
    withStack("beacon-kill", async (stack) => {
      const people = crowdSize(options, 40);
      let kills = 0;
      let hit = 0;
      const killedAt: number[] = [];
      const outcomes = await drive(stack.emulator, { people, rampSeconds: 4, maxSeconds: 180 }, async () => {
        await sleep(3_000);
        for (; kills < KILLS; kills++) {
          hit = Math.max(hit, midTriage(stack.emulator));
          killedAt.push(Date.now());
          stack.beacon.kill9();
          await stack.beacon.start();
          await sleep(2_000);
        }
      });
      const verdict = await judge(stack.emulator, outcomes, stack.caseExists);
      // DRILL_DEBUG=1: what the people who never got to a reference last saw (simulated people, no one's words).
      if (process.env.DRILL_DEBUG) {
        for (const o of outcomes.filter((x) => x.result !== "filed")) {
          const msgs = stack.emulator.messages(o.userId).map((m) => `${m.message_id} ${m.from.is_bot ? "bot" : "me"}:${(m.text ?? "").slice(0, 40)}|${JSON.stringify(m.reply_markup?.inline_keyboard?.[0]?.[0] ?? "")}`);
          const answers = stack.emulator.callbackAnswers().slice(-400).map((a) => a.text).filter(Boolean);
          console.log(o.result, o.resends, "deleted:", stack.emulator.deleted(o.userId).join(","), msgs.slice(-14).join("\n  "), "\nanswers:", [...new Set(answers)].join(" / "));
        }
      }
      if (process.env.DRILL_DEBUG) debugRepeats(stack.emulator, outcomes.map((o) => o.userId), killedAt);
      return {
        figures: `mid-triage at a kill (most) ${hit}, ${verdictText(verdict)}, kills ${kills}`,
        held: hit > 0 && kills === KILLS && verdict.lost === 0 && verdict.unresumed === 0 && verdict.silentDuplicates === 0 && verdict.repeatedQuestions === 0,
      };
    }),
};

/** DRILL_DEBUG=1: the calls into each chat that got a question twice, beside the kill times (ids and node names only). */
function debugRepeats(emulator: BotApiEmulator, people: number[], killedAt: number[]): void {
  const node = (markup: unknown) => /"callback_data":"[fmpce]:([a-z0-9_]+):/.exec(typeof markup === "string" ? markup : JSON.stringify(markup ?? ""))?.[1] ?? "-";
  for (const chat of people) {
    const calls = emulator.calls().filter((c) => Number(c.params.chat_id) === chat);
    const sends = calls.filter((c) => c.ok && c.method === "sendMessage").map((c) => node(c.params.reply_markup)).filter((n) => n !== "-");
    if (new Set(sends).size === sends.length) continue;
    const t0 = calls[0]?.at ?? 0;
    console.log(`chat ${chat}: kills at ${killedAt.map((k) => k - t0).join(",")}`);
    for (const c of calls) console.log(`  ${c.at - t0} ${c.method} ${c.ok ? "ok" : c.errorCode} ${node(c.params.reply_markup)} ${JSON.stringify(c.params.message_id ?? c.params.message_ids ?? "")}`);
  }
}
