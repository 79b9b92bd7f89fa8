import { config as loadDotenv } from "dotenv";
import { loadConfig } from "../../config.js";
import { createCipherBox } from "../../crypto/box.js";
import { createRedis } from "../../redis/connection.js";
import { rotateDataKeys } from "../../maintenance/rotate.js";
import { parseOptions, type Command } from "../command.js";

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
      return report.skipped > 0 || report.unreadable > 0 ? 1 : 0;
    } finally {
      await redis.quit();
    }
  },
};
