/** Sentinel: one primary, one replica, three sentinels; the primary killed -9 mid-surge. 0 confirmed cases lost (filing waits for the replica, WAIT 1), the bot carries on. */
import { Redis } from "ioredis";
import { crowdSize, sleep, withStack, type Drill } from "./drill.js";
import { drive, judge, midTriage, verdictText } from "./people.js";
import { sentinels } from "./topology.js";

export const sentinelFailover: Drill = {
  name: "sentinel failover: primary kill -9 mid-surge",
  run: (options) =>
    withStack(
      "sentinel",
      async (stack) => {
        const people = crowdSize(options, 40);
        const { set } = stack.redis;
        let hit = 0;
        let failoverMs = -1;
        const outcomes = await drive(stack.emulator, { people, rampSeconds: 4, maxSeconds: 180 }, async () => {
          await sleep(6_000);
          hit = midTriage(stack.emulator);
          const killedAt = Date.now();
          process.kill(set.primary.pid ?? 0, "SIGKILL");
          failoverMs = await promoted(set.replica.port, killedAt);
        });
        const verdict = await judge(stack.emulator, outcomes, stack.caseExists);
        return {
          figures: `mid-triage at the kill ${hit}, replica promoted after ${failoverMs} ms, ${verdictText(verdict)}, beacon crashes ${stack.beacon.crashes}`,
          held: hit > 0 && failoverMs >= 0 && verdict.lost === 0 && verdict.unresumed === 0 && stack.beacon.crashes === 0,
        };
      },
      { topology: sentinels },
    ),
};

/** Waits until the replica reports itself a primary (the sentinels promoted it); ms since the kill, or -1. */
async function promoted(port: number, since: number): Promise<number> {
  const redis = new Redis(port, "127.0.0.1");
  try {
    while (Date.now() - since < 60_000) {
      if (/role:master/.test(await redis.info("replication"))) return Date.now() - since;
      await sleep(100);
    }
    return -1;
  } finally {
    redis.disconnect();
  }
}
