import { loadConfig, type Config } from "../../src/config.js";

/** The secrets every in-process sandbox of the browser tests runs with (fixed, so pages and screenshots are stable). */
export const SANDBOX_SECRETS = {
  NODE_ENV: "test",
  BEACON_DATA_KEYS: `k1:${Buffer.alloc(32, 7).toString("base64")}`,
  PSEUDONYM_SECRET: "test-pseudonym-secret-0123456789",
} as const;

/**
 * The config of a sandbox a browser test starts: the fixed secrets plus what the test sets.
 *
 * @example
 * const config = sandboxConfig({ LOG_LEVEL: "warn", DASHBOARD: "off" });
 */
export function sandboxConfig(env: Record<string, string>): Config {
  return loadConfig({ ...SANDBOX_SECRETS, ...env });
}
