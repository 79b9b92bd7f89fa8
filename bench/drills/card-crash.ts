/**
 * Crash between Telegram accepting a card and its message id being saved:
 * Beacon is killed -9 the moment the emulator stores a card in the group,
 * before its answer reaches Beacon. The card is posted again after the
 * restart, and that repeat says so on the card: no silent duplicate.
 */
import { GROUP_ID } from "./beacon.js";
import { crowdSize, sleep, withStack, type Drill, type Stack } from "./drill.js";
import { cardsByCase, drive, judge, verdictText } from "./people.js";

export const cardCrash: Drill = {
  name: "crash between card accepted and its id saved",
  run: (options) =>
    withStack("card-crash", async (stack) => {
      const people = crowdSize(options, 12);
      const kills = options.short ? 1 : 3;
      let crashes = 0;
      let restarting: Promise<void> | undefined;
      // Synchronous in the emulator's change listener: the process is gone before the HTTP answer is written.
      const unsubscribe = stack.emulator.onChange((event) => {
        if (event.type !== "message" || event.chatId !== GROUP_ID || crashes >= kills || restarting) return;
        crashes++;
        stack.beacon.kill9();
        restarting = sleep(500).then(() => stack.beacon.start()).finally(() => (restarting = undefined));
      });
      const outcomes = await drive(stack.emulator, { people, rampSeconds: 3, maxSeconds: 150 });
      unsubscribe();
      while (restarting) await restarting;
      const unsaved = await waitForSavedIds(stack, 120_000);
      const verdict = await judge(stack.emulator, outcomes, stack.caseExists);
      const cards = [...cardsByCase(stack.emulator).values()];
      const reposted = cards.filter((c) => c.total > 1).length;
      // DRILL_DEBUG=1: the first lines of every message posted in the group (simulated people, no one's words).
      if (process.env.DRILL_DEBUG) {
        for (const call of stack.emulator.calls("sendMessage").filter((c) => Number(c.params.chat_id) === GROUP_ID)) {
          console.log(`  group sendMessage ok=${call.ok}: ${String(call.params.text ?? "").split("\n").slice(0, 3).join(" | ").slice(0, 160)}`);
        }
      }
      return {
        figures: `kills at a card ${crashes}, cases posted twice ${reposted}, ${verdictText(verdict)}, card ids unsaved ${unsaved}`,
        held: crashes === kills && reposted >= 1 && verdict.silentDuplicates === 0 && verdict.lost === 0 && unsaved === 0,
      };
    }),
};

/** Waits until every case has its card's message id recorded; returns how many still have none. */
async function waitForSavedIds(stack: Stack, timeoutMs: number): Promise<number> {
  const { client, keys } = stack.redis;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ids = await client.zrange(keys.casesAll, "0", "-1");
    let unsaved = 0;
    for (const id of ids) if ((await client.hexists(keys.caseRecord(id), "cardMessageId")) === 0) unsaved++;
    if (unsaved === 0 || Date.now() > deadline) return unsaved;
    await sleep(500);
  }
}
