/** deploy/nginx.conf filled in for a drill, run as a real nginx on a free port. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { freePort } from "../../src/redis/embedded.js";

export interface Nginx {
  port: number;
  stop(): Promise<void>;
}

export async function startNginx(dir: string, path: string, upstreamPorts: number[]): Promise<Nginx> {
  const home = resolve(dir, "nginx");
  mkdirSync(home, { recursive: true });
  const port = await freePort();
  const values: Record<string, string> = {
    NGINX_DIR: home,
    LISTEN: `127.0.0.1:${port}`,
    WEBHOOK_PATH: path,
    UPSTREAMS: upstreamPorts.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n    "),
  };
  const template = readFileSync("deploy/nginx.conf", "utf8");
  const conf = template.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => values[name] ?? whole);
  const file = join(home, "nginx.conf");
  writeFileSync(file, conf);
  const child: ChildProcess = spawn("nginx", ["-p", home, "-c", file, "-e", join(home, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  await waitForPort(port, () => child.exitCode !== null, () => output);
  return {
    port,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once("exit", () => done());
        child.kill("SIGQUIT");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

async function waitForPort(port: number, exited: () => boolean, output: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited()) throw new Error(`nginx exited: ${output().slice(-400)}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
    if (up) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port}: ${output().slice(-400)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
