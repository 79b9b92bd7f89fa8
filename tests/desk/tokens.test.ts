import { afterAll, describe, expect, it } from "vitest";
import { createCallbackTokens } from "../../src/desk/callbacks.js";
import { escalatedTier } from "../../src/desk/card-keyboard.js";
import { isWindowOpen, REPLY_GRACE_MS } from "../../src/triage/contact.js";
import { testRedis } from "../helpers/redis.js";

const env = testRedis();
afterAll(() => env.close());

describe("callback tokens", () => {
  const tokens = createCallbackTokens({ redis: env.redis, keys: env.keys, ttlSeconds: 60 });

  it("stores the action under an opaque token that fits Telegram's 64 bytes", async () => {
    const data = await tokens.issue({ caseId: "ABCD-1234", version: 3, action: "resolve", outcome: "rescued" });
    expect(data).toMatch(/^d:[A-Za-z0-9_-]{22}$/);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(data).not.toContain("ABCD");
    expect(await tokens.resolve(data)).toEqual({ caseId: "ABCD-1234", version: 3, action: "resolve", outcome: "rescued" });
    expect(await env.redis.ttl(env.keys.callbackToken(data.slice(2)))).toBeGreaterThan(0);
  });

  it("gives two issues of the same action different tokens", async () => {
    const a = await tokens.issue({ caseId: "ABCD-1234", version: 1, action: "claim" });
    const b = await tokens.issue({ caseId: "ABCD-1234", version: 1, action: "claim" });
    expect(a).not.toBe(b);
  });

  it("refuses forged, foreign, expired and tampered data", async () => {
    expect(await tokens.resolve("d:AAAAAAAAAAAAAAAAAAAAAA")).toBeUndefined();
    expect(await tokens.resolve("f:safe_now:yes")).toBeUndefined();
    expect(await tokens.resolve("d:../../etc")).toBeUndefined();
    const data = await tokens.issue({ caseId: "ABCD-1234", version: 1, action: "claim" });
    await env.redis.set(env.keys.callbackToken(data.slice(2)), JSON.stringify({ caseId: "ABCD-1234", version: 1, action: "delete_everything" }));
    expect(await tokens.resolve(data)).toBeUndefined();
    await env.redis.del(env.keys.callbackToken(data.slice(2)));
    expect(await tokens.resolve(data)).toBeUndefined();
  });
});

describe("escalation tiers", () => {
  it("lifts to critical for acute reasons and one step otherwise; a critical case stays critical", () => {
    expect(escalatedTier("normal", "medical")).toBe("critical");
    expect(escalatedTier("normal", "other")).toBe("high");
    expect(escalatedTier("high", "moved_sold")).toBe("critical");
    expect(escalatedTier("critical", "worse_now")).toBe("critical");
  });
});

describe("hold decision with an injected clock", () => {
  const noon = Date.UTC(2025, 0, 1, 5, 0); // 12:00 in Bangkok
  const late = Date.UTC(2025, 0, 1, 15, 10); // 22:10 in Bangkok
  const hours = { mode: "hours" as const, windows: [{ from: "22:00", to: "23:30" }], timezone: "Asia/Bangkok" };

  it("holds outside the chosen hours and sends inside them", () => {
    expect(isWindowOpen(hours, noon, undefined)).toBe(false);
    expect(isWindowOpen(hours, late, undefined)).toBe(true);
  });

  it("under 'only when I write first' sends only shortly after the person wrote", () => {
    const mode = { mode: "when_i_write" as const };
    expect(isWindowOpen(mode, noon, undefined)).toBe(false);
    expect(isWindowOpen(mode, noon, noon - 60_000)).toBe(true);
    expect(isWindowOpen(mode, noon, noon - REPLY_GRACE_MS - 1)).toBe(false);
  });
});
