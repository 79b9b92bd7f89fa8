/** A Beacon instance as a child process (`src/main.ts`, as `npm start` runs it), so a drill can kill it with SIGKILL. */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, readFileSync, type WriteStream } from "node:fs";
import { join } from "node:path";

export const TOKEN = "424242:drill-token-for-the-local-emulator";
export const GROUP_ID = -1009000000001;
export const DATA_KEY = `k1:${Buffer.alloc(32, 7).toString("base64")}`;

export interface BeaconProcess {
  readonly logFile: string;
  /** Starts (or restarts) the process and resolves once it logged "beacon started". */
  start(): Promise<void>;
  /** SIGKILL, no drain: what a crash or the OOM killer does. */
  kill9(): void;
  /** SIGTERM and wait for the exit (the end of a drill). */
  stop(): Promise<void>;
  readonly pid: number | undefined;
  /** Times the process exited without being killed by the drill (crashes). */
  readonly crashes: number;
  /** Every log line written so far (all starts), parsed. */
  logLines(): Record<string, unknown>[];
  /** Warnings and errors logged so far, by message (no fields kept). */
  problems(): Record<string, number>;
}

/** The settings every drill's Beacon shares; `env` adds or overrides (REDIS_URL, WEBHOOK_URL, PORT, ...). */
export function beaconEnv(apiRoot: string, env: Record<string, string>): Record<string, string> {
  return {
    NODE_ENV: "production",
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    COORDINATOR_CHAT_ID: String(GROUP_ID),
    COORDINATOR_IDS: "7001,7002",
    BEACON_DATA_KEYS: DATA_KEY,
    PSEUDONYM_SECRET: "drill-pseudonym-secret-0123456789",
    LOG_LEVEL: "info",
    // Drills are about faults, not Telegram's pace: the emulator's limits are off unless a drill turns them on.
    SEND_GLOBAL_PER_SECOND: "200",
    SEND_CHAT_PER_SECOND: "10",
    SEND_CHAT_BURST: "10",
    SEND_GROUP_PER_MINUTE: "1200",
    RATE_LIMIT_PER_SECOND: "20",
    RATE_LIMIT_BURST: "40",
    // Several instances run at once: each dashboard on a port of its own choosing.
    DASHBOARD_PORT: "0",
    ...env,
  };
}

export function startBeaconProcess(name: string, dir: string, env: Record<string, string>): BeaconProcess {
  const logFile = join(dir, `${name}.log`);
  const log: WriteStream = createWriteStream(logFile, { flags: "a" });
  let child: ChildProcess | undefined;
  let crashes = 0;
  let killedByUs = false;

  return {
    logFile,
    get pid() {
      return child?.pid;
    },
    get crashes() {
      return crashes;
    },
    async start() {
      killedByUs = false;
      const proc = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
        cwd: process.cwd(),
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DATA_DIR: join(dir, `${name}-data`), ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child = proc;
      proc.on("exit", (code, signal) => {
        if (!killedByUs && child === proc) crashes++;
        log.write(JSON.stringify({ drill: "exit", code, signal }) + "\n");
      });
      await new Promise<void>((ready, fail) => {
        let seen = "";
        const timer = setTimeout(() => fail(new Error(`${name} did not start in 60 s: ${seen.slice(-400)}`)), 60_000);
        const onData = (chunk: Buffer) => {
          log.write(chunk);
          if (seen.length < 20_000) seen += chunk.toString();
          if (seen.includes('"beacon started"')) {
            clearTimeout(timer);
            ready();
          }
        };
        proc.stdout?.on("data", onData);
        proc.stderr?.on("data", onData);
        proc.once("exit", () => {
          clearTimeout(timer);
          if (!seen.includes('"beacon started"')) fail(new Error(`${name} exited before it started: ${seen.slice(-600)}`));
        });
      });
    },
    kill9() {
      killedByUs = true;
      child?.kill("SIGKILL");
    },
    async stop() {
      const proc = child;
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
      killedByUs = true;
      await new Promise<void>((done) => {
        const timer = setTimeout(() => proc.kill("SIGKILL"), 15_000);
        proc.once("exit", () => {
          clearTimeout(timer);
          done();
        });
        proc.kill("SIGTERM");
      });
      await new Promise<void>((done) => log.end(done));
    },
    problems() {
      const out: Record<string, number> = {};
      for (const line of this.logLines()) {
        if (typeof line.level === "number" && line.level < 40) continue;
        const msg = typeof line.msg === "string" ? line.msg : "raw" in line ? "(not a pino line)" : "?";
        if (typeof line.level !== "number" && !("raw" in line)) continue;
        out[msg] = (out[msg] ?? 0) + 1;
      }
      return out;
    },
    logLines() {
      return readFileSync(logFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          try {
            return JSON.parse(line) as Record<string, unknown>;
          } catch {
            // Not pino's: a raw stack trace or a crash message, which the fuzz drill counts.
            return { raw: line };
          }
        });
    },
  };
}
