/**
 * A pass-through in front of the emulator for one Beacon instance, so a drill
 * knows which instance makes a call and can act at that moment (kill it with
 * the call in flight: the update it was handling is mid-way).
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiTap {
  apiRoot: string;
  close(): Promise<void>;
}

/** `onCall(method)` runs before the call is forwarded; returning false drops it (the caller is being killed). */
export async function startApiTap(target: string, onCall: (method: string) => boolean): Promise<ApiTap> {
  const upstream = new URL(target);
  const server: Server = createServer((req, res) => {
    const method = (req.url ?? "").split("/").pop() ?? "";
    if (!onCall(method)) return void req.socket.destroy();
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  return {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
