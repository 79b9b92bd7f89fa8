import { config as loadDotenv } from "dotenv";
import { loadConfig } from "../../config.js";
import { createCipherBox } from "../../crypto/box.js";
import { createRedis } from "../../redis/connection.js";
import type { CompactionResult } from "../../maintenance/aof-compactor.js";
import { rotateDataKeys } from "../../maintenance/rotate.js";
import { parseOptions, type Command } from "../command.js";

/** Until the append-only file is rewritten it still holds every value under the old key: the operator must know. */
const AOF_OUTCOME: Record<CompactionResult, string> = {
  rewritten: "append-only file rewritten: the old ciphertexts are gone from the live file (backups still hold them)",
  no_aof: "this Redis keeps no append-only file; nothing to rewrite",
  refused: "Redis refused BGREWRITEAOF: its append-only file still holds the old ciphertexts; rewrite it before retiring the old key",
  failed: "the append-only file rewrite failed (see the Redis log): the file still holds the old ciphertexts; run BGREWRITEAOF before retiring the old key",
  timed_out: "the append-only file rewrite did not finish in time: check INFO persistence before retiring the old key",
};

/** `npm run cli -- keys rotate [--namespace beacon]`: re-encrypt everything to the first key of BEACON_DATA_KEYS. */
export const keysRotate: Command = {
  name: ["keys", "rotate"],
  describe: "keys rotate [--namespace NAME]   re-encrypt all stored data with the first key in BEACON_DATA_KEYS",
  async run(args) {
    const { values, unknown } = parseOptions(args, { values: ["namespace"] });
    if (unknown.length) {
      process.stderr.write(`unknown option: ${unknown.join(" ")}\n`);
      return 2;
    }
    loadDotenv({ quiet: true });
    const config = loadConfig(process.env);
    if (!config.redisUrl) {
      process.stderr.write("keys rotate needs REDIS_URL (the Redis that holds the data)\n");
      return 2;
    }
    if (config.dataKeys.length === 0) {
      process.stderr.write("keys rotate needs BEACON_DATA_KEYS: the new key first, then the old ones\n");
      return 2;
    }
    const redis = createRedis(config.redisUrl);
    try {
      const report = await rotateDataKeys({ redis, namespace: values.namespace ?? "beacon", box: createCipherBox(config.dataKeys) });
      process.stdout.write(
        `keys rotate: ${report.resealed} value(s) re-encrypted with key "${config.dataKeys[0]!.id}" across ${report.keys} key(s); ${report.skipped} changed meanwhile (run again), ${report.unreadable} unreadable\n`,
      );
      if (report.aof) process.stdout.write(`keys rotate: ${AOF_OUTCOME[report.aof]}\n`);
      const aofDone = report.aof === undefined || report.aof === "rewritten" || report.aof === "no_aof";
      return report.skipped > 0 || report.unreadable > 0 || !aofDone ? 1 : 0;
    } finally {
      await redis.quit();
    }
  },
};
