import { join } from "node:path";
import { config as loadDotenv } from "dotenv";
import { createApp, startDashboardOnly } from "./app/app.js";
import { watchParent } from "./app/parent-watch.js";
import { loadConfig } from "./config.js";
import { withDevSecrets } from "./dev-secrets.js";
import { BeaconError } from "./errors.js";
import { createLogger } from "./logger.js";
import { createRedis, type RedisTarget } from "./redis/connection.js";
import { startEmbeddedRedis, type EmbeddedRedis } from "./redis/embedded.js";
import { waitForRedis } from "./redis/wait.js";
import { startSandbox } from "./sandbox/start.js";

/** Process wiring only: environment, Redis, app or sandbox, signals. */
async function main(argv: string[]): Promise<void> {
  loadDotenv({ quiet: true });
  const parsed = loadConfig(process.env);
  // Readable lines for a developer; JSON for log collectors in production (and when pino-pretty is not installed).
  const logger = createLogger({ level: parsed.logLevel, pretty: parsed.env !== "production" });
  const devMode = argv.includes("--sandbox") || argv.includes("--dev");
  const { config, generated } = parsed.env === "production" ? { config: parsed, generated: false } : withDevSecrets(parsed, { devMode });
  if (generated) logger.warn("no BEACON_DATA_KEYS / PSEUDONYM_SECRET set: using development secrets from data/dev-secrets.json");

  let embedded: EmbeddedRedis | undefined;
  const cluster: RedisTarget | undefined = config.redisCluster && { cluster: config.redisCluster.nodes, password: config.redisCluster.password };
  let redisUrl: RedisTarget | undefined = cluster ?? config.redisSentinels ?? config.redisUrl;
  if (!redisUrl) {
    embedded = await startEmbeddedRedis({ dir: join(config.dataDir, "redis"), detached: true });
    redisUrl = embedded.url;
    logger.info({ port: embedded.port }, "started a private redis-server (data in data/redis)");
  }
  const redis = createRedis(redisUrl, logger);
  // A failed start must not leave our private redis-server running.
  const abort = async (error: unknown) => {
    await redis.quit().catch(() => undefined);
    await embedded?.stop();
    throw error;
  };
  await waitForRedis({ redis, target: redisUrl, timeoutMs: config.redisConnectTimeoutMs, logger }).catch(abort);

  const sandboxMode = argv.includes("--sandbox") || !config.botToken;
  const stoppers: Array<() => Promise<void>> = [];
  if (argv.includes("--dashboard")) {
    const dashboard = await startDashboardOnly({ config, logger, redis }).catch(abort);
    stoppers.push(dashboard.stop);
    console.log(`\nBeacon dashboard: ${dashboard.url}/ (sign in with /dashboard in the bot or \`npm run cli -- dashboard link --coordinator ID\`)\n`);
  } else if (sandboxMode) {
    const sandbox = await startSandbox({ config, logger, redis, port: config.sandboxPort, hotReload: argv.includes("--dev") }).catch(abort);
    stoppers.push(sandbox.stop);
    console.log(`\nBeacon sandbox: open ${sandbox.url}\n  (no BOT_TOKEN set: a local Telegram emulator runs instead of a real bot;\n   set BOT_TOKEN and COORDINATOR_CHAT_ID in .env to connect a real bot)\n`);
  } else {
    const app = createApp({ config, logger, redis });
    await app.start().catch(abort);
    if (argv.includes("--dev")) stoppers.push(app.watchFlows());
    stoppers.push(app.stop);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      // A second signal is the operator insisting: leave without waiting for updates in flight.
      logger.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    let failed = false;
    // Each stop resolves only once its updates in flight are done (or its deadline passed):
    // Redis must outlive them, or their state and replies are lost.
    for (const stop of stoppers.reverse()) {
      await stop().catch((error: unknown) => {
        failed = true;
        logger.error({ err: error }, "stop failed");
      });
    }
    await redis.quit().catch(() => undefined);
    await embedded?.stop().catch((error: unknown) => {
      failed = true;
      logger.error({ err: error }, "private redis-server did not stop cleanly");
    });
    logger.info("stopped");
    process.exit(failed ? 1 : 0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  // A signal sent to `npm start`'s own process ends npm without reaching us.
  watchParent(() => void shutdown("parent exited"));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof BeaconError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(`beacon could not start:\n${message}`);
  process.exit(1);
});
