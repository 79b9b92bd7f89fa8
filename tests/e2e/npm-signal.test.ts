import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../src/redis/embedded.js";

const root = join(import.meta.dirname, "../..");

/** Every descendant of `pid` (npm → sh → node), read from ps. */
function descendants(pid: number): number[] {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid="], { encoding: "utf8" })
    .split("\n")
    .map((l) => l.trim().split(/\s+/).map(Number))
    .filter((r) => r.length === 2);
  const out: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of rows) if (ppid === parent) (out.push(child!), walk(child!));
  };
  walk(pid);
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function redisAnswers(port: number): Promise<boolean> {
  const { Socket } = await import("node:net");
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(500);
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
    socket.connect(port, "127.0.0.1");
  });
}

describe.each(["SIGTERM", "SIGINT"] as const)("npm start and %s sent to npm's own process", (signal) => {
  it("stops the bot and its private redis-server", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "beacon-npm-signal-"));
    const port = await freePort();
    const npm = spawn("npm", ["start"], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, SANDBOX_PORT: String(port), BOT_TOKEN: "", NODE_ENV: "" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let tree: number[] = [];
    npm.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    npm.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      const started = Date.now();
      while (!output.includes("Beacon sandbox: open")) {
        if (Date.now() - started > 40_000) throw new Error(`the sandbox did not start:\n${output.slice(-800)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      // Outside production `npm start` prints pino-pretty lines: the message, then its fields below it.
      const redisPort = Number(/started a private redis-server[^\n]*\n\s+port: (\d+)/.exec(output)?.[1]);
      expect(await redisAnswers(redisPort)).toBe(true);
      tree = descendants(npm.pid!);
      expect(tree.length).toBeGreaterThan(0);
      npm.kill(signal);
      const deadline = Date.now() + 20_000;
      while (tree.some(alive) || (await reachable(port)) || (await redisAnswers(redisPort))) {
        if (Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(tree.filter(alive)).toEqual([]);
      expect(await reachable(port)).toBe(false);
      expect(await redisAnswers(redisPort)).toBe(false);
    } finally {
      npm.kill("SIGKILL");
      for (const pid of tree.filter(alive)) process.kill(pid, "SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});

async function reachable(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) });
    return true;
  } catch {
    return false;
  }
}
