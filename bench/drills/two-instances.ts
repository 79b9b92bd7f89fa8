/**
 * Two Beacon instances in webhook mode behind a real nginx (deploy/nginx.conf),
 * the emulator delivering over 8 connections at once; one instance killed -9
 * mid-surge and left dead. 0 lost, 0 duplicates, each person's steps in order
 * (the per-chat lease, transport/chat-lock.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../src/redis/embedded.js";
import { createBotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { startApiTap, type ApiTap } from "./api-tap.js";
import { beaconEnv, startBeaconProcess, type BeaconProcess } from "./beacon.js";
import { crowdSize, sleep, type Drill } from "./drill.js";
import { startNginx, type Nginx } from "./nginx.js";
import { drive, judge, midTriage, verdictText } from "./people.js";
import { singleRedis } from "./topology.js";

const PATH = "/telegram/webhook";

export const twoInstances: Drill = {
  name: "two instances behind nginx, one kill -9 mid-surge",
  async run(options) {
    const dir = mkdtempSync(join(tmpdir(), "beacon-drill-nginx-"));
    const redis = await singleRedis(dir);
    // Telegram delivers over up to 40 connections and keeps retrying a failed update for a while.
    const emulator = await createBotApiEmulator({ webhook: { connections: 8, attempts: 10, retryDelayMs: 300 } });
    const ports = [await freePort(), await freePort()];
    let nginx: Nginx | undefined;
    const beacons: BeaconProcess[] = [];
    const taps: ApiTap[] = [];
    // Armed mid-surge: instance 0 dies at its next sendMessage, with the update it handles half done.
    let armed = false;
    let killedInFlight = false;
    try {
      nginx = await startNginx(dir, PATH, ports);
      for (const [i, port] of ports.entries()) {
        taps.push(await startApiTap(emulator.apiRoot, (method) => {
          if (i !== 0 || !armed || method !== "sendMessage") return !(i === 0 && killedInFlight);
          armed = false;
          killedInFlight = true;
          beacons[0]?.kill9();
          return false;
        }));
        const env = beaconEnv(taps[i]!.apiRoot, {
          ...redis.env,
          PORT: String(port),
          WEBHOOK_URL: `http://127.0.0.1:${nginx.port}${PATH}`,
          WEBHOOK_SECRET: "drill-webhook-secret-0123456789",
        });
        const beacon = startBeaconProcess(`beacon${i}`, dir, env);
        beacons.push(beacon);
        await beacon.start();
      }
      const people = crowdSize(options, 40);
      let hit = 0;
      const outcomes = await drive(emulator, { people, rampSeconds: 4, maxSeconds: 180 }, async () => {
        await sleep(6_000);
        hit = midTriage(emulator);
        armed = true;
        await sleep(5_000);
        // No send from instance 0 came: kill it anyway (the figure says which).
        if (armed) beacons[0]?.kill9();
        armed = false;
      });
      const keys = redis.keys;
      const verdict = await judge(emulator, outcomes, async (id) => (await redis.client.exists(keys.caseRecord(id))) === 1);
      const survivor = beacons[1];
      return {
        figures: `mid-triage at the kill ${hit}, killed with an update in flight ${killedInFlight ? "yes" : "no"}, ${requestsPerInstance(dir, ports)}, ${verdictText(verdict)}, survivor crashes ${survivor?.crashes ?? "?"}`,
        held: hit > 0 && killedInFlight && verdict.lost === 0 && verdict.unresumed === 0 && verdict.silentDuplicates === 0 && verdict.repeatedQuestions === 0 && survivor?.crashes === 0,
      };
    } finally {
      for (const b of beacons) {
        const problems = Object.entries(b.problems()).map(([m, n]) => `${m} ×${n}`);
        if (problems.length > 0) console.log(`  ${b.logFile.split("/").pop()} warnings/errors: ${problems.join("; ").slice(0, 1200)}`);
        await b.stop().catch(() => undefined);
      }
      await nginx?.stop();
      for (const tap of taps) await tap.close();
      await emulator.close();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** Webhook posts nginx passed to each instance and what it answered (its access log: upstream and status only). */
function requestsPerInstance(dir: string, ports: number[]): string {
  const lines = readFileSync(join(dir, "nginx", "access.log"), "utf8").split("\n").filter(Boolean);
  const to = (port: number) => lines.filter((l) => l.includes(`127.0.0.1:${port}`)).length;
  const failed = lines.filter((l) => !/ 200 /.test(l)).length;
  return `webhook posts per instance ${ports.map(to).join("/")} (not 200: ${failed})`;
}
