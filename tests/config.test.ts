import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { ConfigError } from "../src/errors.js";

const key = () => randomBytes(32).toString("base64");

describe("configuration", () => {
  it("serves the dashboard on port 8090 unless DASHBOARD=off, links on DASHBOARD_URL without a trailing slash", () => {
    expect(loadConfig({}).dashboard).toEqual({ port: 8090, publicUrl: undefined });
    expect(loadConfig({ DASHBOARD: "off" }).dashboard).toBeUndefined();
    expect(loadConfig({ DASHBOARD_PORT: "0", DASHBOARD_URL: "https://desk.example.org/" }).dashboard).toEqual({ port: 0, publicUrl: "https://desk.example.org" });
    expect(() => loadConfig({ DASHBOARD_URL: "not a url" })).toThrow(/DASHBOARD_URL/);
  });

  it("rejects a key id given twice in BEACON_DATA_KEYS, naming the variable and the id", () => {
    const attempt = () => loadConfig({ NODE_ENV: "test", BEACON_DATA_KEYS: `k2:${key()},k1:${key()},k2:${key()}` });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/BEACON_DATA_KEYS: key id "k2" appears more than once/);
  });

  it("accepts distinct key ids, the first one sealing", () => {
    const config = loadConfig({ NODE_ENV: "test", BEACON_DATA_KEYS: `k2:${key()},k1:${key()}` });
    expect(config.dataKeys.map((k) => k.id)).toEqual(["k2", "k1"]);
  });

  it("reads REDIS_CLUSTER_NODES as host:port pairs, with no WAIT, and refuses it beside another Redis", () => {
    const config = loadConfig({ NODE_ENV: "test", REDIS_CLUSTER_NODES: "10.0.0.3:7000, redis-b:7001", REDIS_PASSWORD: "pw" });
    expect(config.redisCluster).toEqual({ nodes: [{ host: "10.0.0.3", port: 7000 }, { host: "redis-b", port: 7001 }], password: "pw" });
    expect(config.redisWaitReplicas).toBe(0);
    expect(loadConfig({ NODE_ENV: "test" }).redisCluster).toBeUndefined();
    expect(() => loadConfig({ NODE_ENV: "test", REDIS_CLUSTER_NODES: "redis-b" })).toThrow(/REDIS_CLUSTER_NODES\.0: each cluster node is host:port/);
    expect(() => loadConfig({ NODE_ENV: "test", REDIS_CLUSTER_NODES: "a:1", REDIS_URL: "redis://a:2" })).toThrow(/REDIS_CLUSTER_NODES: set either it/);
    expect(() => loadConfig({ NODE_ENV: "test", REDIS_CLUSTER_NODES: "a:1", REDIS_WAIT_REPLICAS: "1" })).toThrow(/REDIS_WAIT_REPLICAS: not supported/);
  });
});
