import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { StorageError } from "../errors.js";

export interface EmbeddedRedis {
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
  /** The server's process id (fault drills kill it with SIGKILL). */
  pid: number | undefined;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export function redisServerAvailable(binary = "redis-server"): boolean {
  return spawnSync(binary, ["--version"], { stdio: "ignore" }).status === 0;
}

/**
 * Starts a private redis-server (AOF on, bound to 127.0.0.1) with its data in
 * `dir`, and resolves once it accepts connections.
 */
export async function startEmbeddedRedis(options: {
  dir: string;
  port?: number;
  appendfsync?: "always" | "everysec";
  binary?: string;
  /**
   * Own process group, so a Ctrl-C in the terminal reaches only the bot, which
   * then drains its updates before it stops this server itself.
   */
  detached?: boolean;
  /** More redis-server arguments (a replica: `--replicaof host port`). */
  extraArgs?: string[];
}): Promise<EmbeddedRedis> {
  const binary = options.binary ?? "redis-server";
  if (!redisServerAvailable(binary)) {
    throw new StorageError(
      "redis-server is not installed. Install it (Debian/Ubuntu: `apt-get install redis-server`, macOS: `brew install redis`) or set REDIS_URL to a Redis you run.",
    );
  }
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn(
    binary,
    [
      "--port", String(port),
      "--bind", "127.0.0.1",
      "--dir", dir,
      "--appendonly", "yes",
      "--appendfsync", options.appendfsync ?? "always",
      "--save", "",
      "--maxmemory-policy", "noeviction",
      // A rewritten file stays plain commands: readable by operators and by our leak checks.
      "--aof-use-rdb-preamble", "no",
      "--protected-mode", "yes",
      ...(options.extraArgs ?? []),
    ],
    { stdio: ["ignore", "pipe", "pipe"], detached: options.detached ?? false },
  );
  let output = "";
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new StorageError(`redis-server did not start on port ${port}: ${output.slice(-500)}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new StorageError(`redis-server exited with ${code}: ${output.slice(-500)}`));
    });
  });
  child.stdout?.removeAllListeners("data");
  child.stderr?.removeAllListeners("data");
  child.stdout?.resume();
  child.stderr?.resume();
  // Detached, it would outlive a crash or a forced exit of ours, holding the data dir.
  const killOnExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  if (options.detached) process.once("exit", killOnExit);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    pid: child.pid,
    stop: () =>
      new Promise<void>((done) => {
        process.removeListener("exit", killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}
