/** Redis kill -9 mid-surge under appendfsync always, back after 3 s: no confirmed case lost, the bot stays up, everyone resumes. */
import { startEmbeddedRedis } from "../../src/redis/embedded.js";
import { crowdSize, sleep, withStack, type Drill } from "./drill.js";
import { drive, judge, midTriage, verdictText } from "./people.js";

export const redisKill: Drill = {
  name: "redis kill -9 mid-surge, back after 3 s",
  run: (options) =>
    withStack("redis-kill", async (stack) => {
      const people = crowdSize(options, 40);
      let redis = stack.redis.server;
      let hit = 0;
      const outcomes = await drive(stack.emulator, { people, rampSeconds: 4, maxSeconds: 150 }, async () => {
        await sleep(6_000);
        hit = midTriage(stack.emulator);
        process.kill(redis.pid ?? 0, "SIGKILL");
        await sleep(3_000);
        redis = await startEmbeddedRedis({ dir: redis.dir, port: redis.port, appendfsync: "always" });
      });
      const verdict = await judge(stack.emulator, outcomes, stack.caseExists);
      // The restarted server is the one to stop at the end.
      stack.redis.server.stop = redis.stop;
      const up = stack.beacon.crashes === 0;
      return {
        figures: `mid-triage at the kill ${hit}, ${verdictText(verdict)}, beacon crashes ${stack.beacon.crashes}`,
        held: hit > 0 && verdict.lost === 0 && verdict.unresumed === 0 && up,
      };
    }),
};
