import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { ConfigError } from "../src/errors.js";

const key = () => randomBytes(32).toString("base64");

describe("configuration", () => {
  it("rejects a key id given twice in BEACON_DATA_KEYS, naming the variable and the id", () => {
    const attempt = () => loadConfig({ NODE_ENV: "test", BEACON_DATA_KEYS: `k2:${key()},k1:${key()},k2:${key()}` });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/BEACON_DATA_KEYS: key id "k2" appears more than once/);
  });

  it("accepts distinct key ids, the first one sealing", () => {
    const config = loadConfig({ NODE_ENV: "test", BEACON_DATA_KEYS: `k2:${key()},k1:${key()}` });
    expect(config.dataKeys.map((k) => k.id)).toEqual(["k2", "k1"]);
  });
});
