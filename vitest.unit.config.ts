import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:unit`: the pure tests, for a fast inner loop. A test is pure
 * when neither it nor a local helper it imports reaches Redis, the Bot API
 * emulator, a browser or the CLI's processes; the check reads the imports,
 * so a test that gains one of them leaves this set by itself.
 */
const IMPURE = /ioredis|redis-server|startEmbeddedRedis|inject\(|emulator|playwright|node:child_process|execa|spawn\(/;

function impure(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, "utf8");
  if (IMPURE.test(text)) return true;
  const locals = [...text.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, ".ts")));
  return locals.some((dep) => dep.includes("/tests/") && impure(dep, seen));
}

function testsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testsUnder(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : []));
}

const root = import.meta.dirname;
const pure = testsUnder(join(root, "tests")).filter((file) => !impure(file)).map((file) => file.slice(root.length + 1));

export default defineConfig({
  test: {
    include: pure,
    testTimeout: 30_000,
    pool: "threads",
    maxWorkers: 2,
    reporters: ["default", "./tests/helpers/count-reporter.ts"],
  },
});
