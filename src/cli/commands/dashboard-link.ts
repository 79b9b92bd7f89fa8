import { config as loadDotenv } from "dotenv";
import { loadConfig } from "../../config.js";
import { createCipherBox, createPseudonymizer } from "../../crypto/box.js";
import { dashboardBase } from "../../dashboard/dashboard.js";
import { createSignIn, LINK_TTL_SECONDS } from "../../dashboard/sign-in.js";
import { withDevSecrets } from "../../dev-secrets.js";
import { createRedis } from "../../redis/connection.js";
import { createKeys } from "../../redis/keys.js";
import { parseOptions, type Command } from "../command.js";

/** `npm run cli -- dashboard link --coordinator ID`: a one-time sign-in link, for set-up and tests. */
export const dashboardLink: Command = {
  name: ["dashboard", "link"],
  describe: "dashboard link --coordinator ID [--name NAME] [--namespace NAME]   print a one-time dashboard sign-in link (10 min)",
  async run(args) {
    const { values, unknown } = parseOptions(args, { values: ["coordinator", "name", "namespace"] });
    const id = Number(values.coordinator);
    if (unknown.length || !Number.isSafeInteger(id)) {
      process.stderr.write("usage: dashboard link --coordinator <Telegram user id> [--name <first name shown on claimed cards>]\n");
      return 2;
    }
    loadDotenv({ quiet: true });
    const parsed = loadConfig(process.env);
    const { config } = parsed.env === "production" ? { config: parsed } : withDevSecrets(parsed, { devMode: true });
    if (!config.coordinatorIds.has(id)) {
      process.stderr.write("dashboard link: that id is not in COORDINATOR_IDS; only allowlisted coordinators may sign in\n");
      return 2;
    }
    if (!config.redisUrl || !config.dashboard) {
      process.stderr.write("dashboard link needs REDIS_URL (the Redis Beacon uses) and the dashboard on (DASHBOARD=on)\n");
      return 2;
    }
    const redis = createRedis(config.redisUrl);
    try {
      const keys = createKeys(values.namespace ?? "beacon");
      const signIn = createSignIn({ redis, keys, box: createCipherBox(config.dataKeys) });
      const actor = createPseudonymizer(config.pseudonymSecret ?? "")("user", id);
      const token = await signIn.issueLink({ actor, ...(values.name ? { name: values.name } : {}) });
      process.stdout.write(`${dashboardBase(config.dashboard)}/signin?t=${token}\n`);
      process.stderr.write(`valid once, for ${LINK_TTL_SECONDS / 60} minutes\n`);
      return 0;
    } finally {
      await redis.quit();
    }
  },
};
