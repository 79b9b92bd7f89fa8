import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  read_only?: boolean;
  cap_drop?: string[];
  tmpfs?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(readFileSync("docker-compose.yml", "utf8")) as { services: Record<string, Service> };
const { redis, beacon } = compose.services as { redis: Service; beacon: Service };

describe("docker-compose.yml", () => {
  it("gives Redis a password from REDIS_PASSWORD and Beacon a REDIS_URL that uses it", () => {
    const at = redis.command!.indexOf("--requirepass");
    expect(at).toBeGreaterThan(-1);
    expect(redis.command![at + 1]).toMatch(/^\$\{REDIS_PASSWORD:\?/);
    expect(beacon.environment!.REDIS_URL).toMatch(/^redis:\/\/:\$\{REDIS_PASSWORD:\?[^}]*\}@redis:6379$/);
  });

  it("publishes the webhook port on 127.0.0.1 only", () => {
    expect(beacon.ports).toEqual(["127.0.0.1:3000:3000"]);
  });

  it("runs both containers on a read-only root with every capability dropped", () => {
    for (const service of [redis, beacon]) {
      expect(service.read_only).toBe(true);
      expect(service.cap_drop).toEqual(["ALL"]);
    }
    expect(beacon.tmpfs).toContain("/tmp");
  });

  it("starts Beacon only once Redis answers a PING with the password (healthcheck, service_healthy)", () => {
    expect(redis.healthcheck?.test[0]).toBe("CMD-SHELL");
    expect(redis.healthcheck?.test[1]).toMatch(/redis-cli .*-a "\$\$REDIS_HEALTH_PASSWORD" ping \| grep -q PONG/);
    expect(redis.environment?.REDIS_HEALTH_PASSWORD).toMatch(/^\$\{REDIS_PASSWORD:\?/);
    expect(beacon.depends_on).toEqual({ redis: { condition: "service_healthy" } });
  });
});
