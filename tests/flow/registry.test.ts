import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { FlowValidationError } from "../../src/errors.js";
import { createFlowRegistry } from "../../src/flow/registry.js";
import { testRedis } from "../helpers/redis.js";
import { FIXTURE_CODE_KEYS } from "./fixture-harness.js";

const clean = join(import.meta.dirname, "../fixtures/broken-flows/clean");
const TTL = 3600;
const { redis, keys, close } = testRedis();
afterAll(close);

let root: string;
let flowsDir: string;
let localesDir: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "beacon-registry-"));
  flowsDir = join(root, "flows");
  localesDir = join(root, "locales");
  mkdirSync(flowsDir);
  cpSync(join(clean, "triage.yaml"), join(flowsDir, "triage.yaml"));
  cpSync(join(clean, "locales"), localesDir, { recursive: true });
  return () => rmSync(root, { recursive: true, force: true });
});

const make = () => createFlowRegistry({ flowsDir, localesDir, redis, keys, versionTtlSeconds: TTL, codeKeys: FIXTURE_CODE_KEYS, debounceMs: 30 });
const editFlow = (change: (text: string) => string) => {
  const path = join(flowsDir, "triage.yaml");
  writeFileSync(path, change(readFileSync(path, "utf8")));
};

describe("flow registry", () => {
  it("serves the current version and keeps its sources in Redis with a TTL", async () => {
    const registry = make();
    await registry.load();
    const bundle = registry.current("triage");
    expect(await registry.byHash(bundle.hash)).toBe(bundle);
    const ttl = await redis.ttl(keys.flowVersion(bundle.hash));
    expect(ttl).toBeGreaterThan(TTL - 10);
    expect(ttl).toBeLessThanOrEqual(TTL);
    expect(() => registry.current("nope")).toThrow(/no flow with id "nope"/);
  });

  it("still serves the old version after an edit and a restart", async () => {
    const before = make();
    await before.load();
    const old = before.current("triage");

    editFlow((t) => t.replace("createsCase: true", "createsCase: false"));
    const after = make(); // a new process: nothing in memory, same Redis namespace
    await after.load();
    const fresh = after.current("triage");
    expect(fresh.hash).not.toBe(old.hash);

    const restored = await after.byHash(old.hash);
    expect(restored?.hash).toBe(old.hash);
    expect(restored?.flow).toEqual(old.flow);
    expect(restored?.sources).toEqual(old.sources);
    expect(await after.byHash("0000000000000000")).toBeUndefined();
  });

  it("touch refreshes a version's TTL", async () => {
    const registry = make();
    await registry.load();
    const { hash } = registry.current("triage");
    await redis.expire(keys.flowVersion(hash), 5);
    await registry.touch(hash);
    expect(await redis.ttl(keys.flowVersion(hash))).toBeGreaterThan(TTL - 10);
  });

  it("refuses to load an invalid flow", async () => {
    editFlow((t) => t.replace("next: done", "next: don"));
    await expect(make().load()).rejects.toBeInstanceOf(FlowValidationError);
  });

  it("keeps the last good version live when a reload finds a broken edit", async () => {
    const registry = make();
    await registry.load();
    const good = registry.current("triage");

    editFlow((t) => t.replace("next: done", "next: don"));
    const refused = await registry.reload();
    expect(refused.ok).toBe(false);
    expect(refused.problems).toEqual([
      `${relative(process.cwd(), join(flowsDir, "triage.yaml"))}:16:11  step "don" does not exist  (did you mean "done"?)`,
    ]);
    expect(registry.current("triage")).toBe(good);

    editFlow((t) => t.replace("next: don", "next: done").replace("createsCase: true", "createsCase: false"));
    expect(await registry.reload()).toEqual({ ok: true, problems: [] });
    expect(registry.current("triage").hash).not.toBe(good.hash);
    expect(await registry.byHash(good.hash)).toBe(good);
  });

  it("reloads when a watched file changes", async () => {
    const registry = make();
    await registry.load();
    const first = registry.current("triage").hash;
    const reloaded = new Promise<{ ok: boolean }>((resolve) => {
      const stop = registry.watch((result) => {
        stop();
        resolve(result);
      });
    });
    editFlow((t) => t.replace("createsCase: true", "createsCase: false"));
    expect(await reloaded).toMatchObject({ ok: true });
    expect(registry.current("triage").hash).not.toBe(first);
  });
});

