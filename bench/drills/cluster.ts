/** A surge on a three-primary Redis Cluster: 0 lost, cases spread over the primaries' slots as the key layout says. */
import { crowdSize, withStack, type Drill } from "./drill.js";
import { drive, judge, verdictText } from "./people.js";
import { redisCluster } from "./topology.js";

export const clusterSurge: Drill = {
  name: "surge on a 3-primary Redis Cluster",
  run: (options) =>
    withStack(
      "cluster",
      async (stack) => {
        const people = crowdSize(options, 40);
        const outcomes = await drive(stack.emulator, { people, rampSeconds: 4, maxSeconds: 150 });
        const verdict = await judge(stack.emulator, outcomes, stack.caseExists);
        // Where the data went: people's keys spread by pseudonym, the desk's in one slot.
        const perNode = await Promise.all(stack.redis.nodes.map(async (n) => Number((await nodeInfo(n.port)).match(/keys=(\d+)/)?.[1] ?? 0)));
        const crossSlot = (await Promise.all(stack.redis.nodes.map((n) => nodeInfo(n.port, "errorstats")))).filter((i) => /CROSSSLOT/.test(i)).length;
        return {
          figures: `${verdictText(verdict)}, keys per primary ${perNode.join("/")}, nodes with CROSSSLOT errors ${crossSlot}, beacon crashes ${stack.beacon.crashes}`,
          held: verdict.lost === 0 && verdict.unresumed === 0 && verdict.silentDuplicates === 0 && crossSlot === 0 && perNode.filter((n) => n > 0).length >= 2,
        };
      },
      { topology: redisCluster },
    ),
};

async function nodeInfo(port: number, section = "keyspace"): Promise<string> {
  const { Redis } = await import("ioredis");
  const redis = new Redis(port, "127.0.0.1");
  try {
    return await redis.info(section);
  } finally {
    redis.disconnect();
  }
}
