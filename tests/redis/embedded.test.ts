import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";

/** Whether a process with this pid is alive (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("embedded redis-server", () => {
  it("does not outlive a forced exit of the process that started it detached", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beacon-embedded-"));
    try {
      // A child process starts a detached server, prints its port, and exits at once without stopping it.
      const script = `
        import { startEmbeddedRedis } from ${JSON.stringify(resolve("src/redis/embedded.ts"))};
        const server = await startEmbeddedRedis({ dir: ${JSON.stringify(dir)}, detached: true });
        console.log(server.port);
        process.exit(1);
      `;
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
      await new Promise((done) => child.once("exit", done));
      const port = Number(out.trim());
      expect(port).toBeGreaterThan(0);

      const probe = new Redis({ port, host: "127.0.0.1", lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      probe.on("error", () => undefined);
      const deadline = Date.now() + 10_000;
      let reachable = true;
      while (reachable && Date.now() < deadline) {
        reachable = await probe.connect().then(
          async () => {
            const pid = Number(/process_id:(\d+)/.exec(await probe.info("server"))?.[1]);
            probe.disconnect();
            return alive(pid);
          },
          () => false,
        );
        if (reachable) await new Promise((r) => setTimeout(r, 100));
      }
      expect(reachable).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
