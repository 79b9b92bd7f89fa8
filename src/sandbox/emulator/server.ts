import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseParams, readBody } from "./body.js";
import { fromOwnOrigin } from "./control.js";
import type { Dispatch } from "./dispatch.js";

export type ExtraRoutes = (req: IncomingMessage, res: ServerResponse) => boolean;
export type ControlHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  readJson: () => Promise<unknown>,
) => Promise<boolean>;

const BOT_PATH = /^\/bot([^/]*)\/([^/]+)\/?$/;
const TOKEN = /^\d+:.+$/;

/**
 * The HTTP front: `/bot<token>/<method>` for the Bot API, the control routes,
 * then whatever the caller mounts. Bound to 127.0.0.1 only, and like the
 * control routes the Bot API answers only its own Host and Origin.
 */
export async function startServer(options: {
  port: number;
  dispatch: Dispatch;
  control: ControlHandler;
  extraRoutes?: ExtraRoutes;
}): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` }));
    });
  });

  let ownToken: string | undefined;
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const bot = BOT_PATH.exec(url.pathname);
    if (bot) {
      const [, token, method] = bot as unknown as [string, string, string];
      // Any website open in the maintainer's browser could otherwise post setWebhook or read getUpdates (CSRF, DNS rebinding).
      if (!fromOwnOrigin(req, (server.address() as AddressInfo).port)) {
        return json(res, 403, { ok: false, error_code: 403, description: "Forbidden: the emulator answers only its own origin on 127.0.0.1" });
      }
      const decoded = decodeURIComponent(token);
      // One emulator serves one bot: the first valid token it sees is the only one it accepts afterwards.
      ownToken ??= TOKEN.test(decoded) ? decoded : undefined;
      if (decoded !== ownToken) {
        return json(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      }
      const body = await readBody(req);
      let params;
      try {
        params = parseParams(url, req.headers["content-type"], body);
      } catch {
        return json(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse JSON" });
      }
      // A long poll whose client went away must not hold on.
      const aborted = new AbortController();
      res.on("close", () => aborted.abort());
      const answer = await options.dispatch(decoded, method, params, aborted.signal);
      if (!res.destroyed) json(res, answer.status, answer.body);
      return;
    }
    const readJson = async () => {
      const body = await readBody(req);
      return body.length === 0 ? {} : (JSON.parse(body.toString("utf8")) as unknown);
    };
    if (await options.control(req, res, url, readJson)) return;
    if (options.extraRoutes?.(req, res)) return;
    json(res, 404, { ok: false, error_code: 404, description: "Not Found" });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}
