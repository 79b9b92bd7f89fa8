import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "./config.js";

/**
 * Development and sandbox only: when no data key or pseudonym secret is set,
 * make random ones once and keep them in `data/dev-secrets.json` (mode 600),
 * so local data stays readable across restarts. Production refuses to start
 * without real ones (see loadConfig).
 */
export function withDevSecrets(config: Config): { config: Config; generated: boolean } {
  if (config.dataKeys.length > 0 && config.pseudonymSecret) return { config, generated: false };
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
