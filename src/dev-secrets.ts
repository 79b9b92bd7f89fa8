import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "./config.js";
import { ConfigError } from "./errors.js";

/**
 * Development and sandbox only: when no data key or pseudonym secret is set,
 * make random ones once and keep them in `data/dev-secrets.json` (mode 600),
 * so local data stays readable across restarts. Production refuses to start
 * without real ones (see loadConfig); so does a real bot (BOT_TOKEN) when
 * NODE_ENV is unset and neither `--dev` nor `--sandbox` was given.
 */
export function withDevSecrets(config: Config, options: { devMode: boolean }): { config: Config; generated: boolean } {
  if (config.dataKeys.length > 0 && config.pseudonymSecret) return { config, generated: false };
  // A real bot on a server whose operator forgot NODE_ENV would serve people with a key kept next to the data.
  if (config.botToken && !config.envGiven && !options.devMode) {
    throw new ConfigError(
      "invalid configuration:\n  NODE_ENV: unset while BOT_TOKEN is set and BEACON_DATA_KEYS / PSEUDONYM_SECRET are missing. " +
        "For real use set NODE_ENV=production with BEACON_DATA_KEYS and PSEUDONYM_SECRET; to try a real bot with generated " +
        "development secrets set NODE_ENV=development or run `npm run dev`",
    );
  }
  const file = join(config.dataDir, "dev-secrets.json");
  mkdirSync(config.dataDir, { recursive: true });
  if (!existsSync(file)) {
    writeFileSync(file, JSON.stringify({ key: randomBytes(32).toString("base64"), pseudonymSecret: randomBytes(24).toString("base64url") }), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  const stored = JSON.parse(readFileSync(file, "utf8")) as { key: string; pseudonymSecret: string };
  return {
    config: {
      ...config,
      dataKeys: config.dataKeys.length ? config.dataKeys : [{ id: "dev", key: Buffer.from(stored.key, "base64") }],
      pseudonymSecret: config.pseudonymSecret ?? stored.pseudonymSecret,
    },
    generated: true,
  };
}
