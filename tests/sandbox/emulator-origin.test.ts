import { request } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { TOKEN } from "./emulator-helpers.js";

let emu: BotApiEmulator;
beforeEach(async () => {
  emu = await createBotApiEmulator();
});
afterEach(async () => {
  await emu.close();
});

/** A raw request, so Host and Origin are exactly what a browser or a rebound page would send. */
function call(path: string, headers: Record<string, string>, body = ""): Promise<{ status: number; json: { ok: boolean; result?: unknown } }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: emu.port, path, method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers } }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as { ok: boolean } }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("Bot API routes answer only their own origin", () => {
  it("refuses a cross-site form post of setWebhook and leaves the webhook unset", async () => {
    const own = `127.0.0.1:${emu.port}`;
    const forged = await call(`/bot${TOKEN}/setWebhook`, { host: own, origin: "https://evil.example" }, "url=https%3A%2F%2Fevil.example%2F");
    expect(forged.status).toBe(403);
    expect(emu.calls("setWebhook")).toHaveLength(0);
    const info = await call(`/bot${TOKEN}/getWebhookInfo`, { host: own });
    expect(info.json.result).toMatchObject({ url: "" });
  });

  it("refuses a foreign Host (DNS rebinding) and a loopback Host on another port", async () => {
    expect((await call(`/bot${TOKEN}/getMe`, { host: `evil.example:${emu.port}` })).status).toBe(403);
    expect((await call(`/bot${TOKEN}/getMe`, { host: `127.0.0.1:${emu.port + 1}` })).status).toBe(403);
    expect(emu.calls()).toHaveLength(0);
  });

  it("serves requests with its own Host and no Origin (grammY) or its own Origin, under one token", async () => {
    expect((await call(`/bot${TOKEN}/getMe`, { host: `127.0.0.1:${emu.port}` })).status).toBe(200);
    expect((await call(`/bot${TOKEN}/getMe`, { host: `localhost:${emu.port}`, origin: `http://localhost:${emu.port}` })).status).toBe(200);
    // Once a bot talks to it, another token is someone else.
    expect((await call("/bot999:other-token/getUpdates", { host: `127.0.0.1:${emu.port}` })).status).toBe(401);
  });
});
