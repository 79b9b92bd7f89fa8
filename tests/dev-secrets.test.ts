import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { withDevSecrets } from "../src/dev-secrets.js";
import { ConfigError } from "../src/errors.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function env(extra: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "beacon-dev-secrets-"));
  dirs.push(dir);
  return { DATA_DIR: dir, ...extra };
}
const bot = { BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", COORDINATOR_CHAT_ID: "-1001" };

describe("development secrets", () => {
  it("refuses a real bot with NODE_ENV unset, naming what to set, and writes no secret", () => {
    const config = loadConfig(env(bot));
    const attempt = () => withDevSecrets(config, { devMode: false });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/NODE_ENV: unset while BOT_TOKEN is set.*NODE_ENV=production with BEACON_DATA_KEYS and PSEUDONYM_SECRET/s);
    expect(existsSync(join(config.dataDir, "dev-secrets.json"))).toBe(false);
  });

  it("generates them for --dev/--sandbox, an explicit NODE_ENV=development, or the sandbox without a token", () => {
    expect(withDevSecrets(loadConfig(env(bot)), { devMode: true }).generated).toBe(true);
    expect(withDevSecrets(loadConfig(env({ ...bot, NODE_ENV: "development" })), { devMode: false }).generated).toBe(true);
    expect(withDevSecrets(loadConfig(env({})), { devMode: false }).generated).toBe(true);
  });
});
