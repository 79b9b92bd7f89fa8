import { readFileSync } from "node:fs";
import { createBotApiEmulator } from "./src/sandbox/emulator/index.js";
const types: Record<string,string> = { html: "text/html", js: "text/javascript", css: "text/css" };
const emulator = await createBotApiEmulator({ port: 8099, extraRoutes: (req, res) => {
  const p = new URL(req.url ?? "/", "http://x").pathname;
  if (p === "/sandbox.json") { res.writeHead(200, {"content-type":"application/json"}); res.end(JSON.stringify({ deskChatId: -1000000000001, coordinator: { id: 9001, first_name: "Sandbox coordinator" }, botUsername: "b", locales: [{code:"en",name:"English"},{code:"zh-Hans",name:"中文"}] })); return true; }
  const f = p === "/" ? "index.html" : p.slice(1);
  try { const body = readFileSync("src/sandbox/web/" + f); res.writeHead(200, {"content-type": types[f.split(".").pop()!] ?? "text/plain"}); res.end(body); return true; } catch { return false; }
}});
emulator.registerChat({ id: -1000000000001, type: "supergroup", title: "Coordinators" });
console.log("ready", emulator.apiRoot);
