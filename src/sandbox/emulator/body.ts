import type { IncomingMessage } from "node:http";
import type { Params } from "./params.js";

const MAX_BODY_BYTES = 60 * 1024 * 1024;

/** Reads the whole request body, refusing anything larger than Telegram takes. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/**
 * Turns a Bot API request into parameters: query string first, then the body
 * as JSON, urlencoded or multipart. Uploaded files are kept as a description,
 * never their bytes, since no test looks inside them.
 */
export function parseParams(url: URL, contentType: string | undefined, body: Buffer): Params {
  const params: Params = Object.fromEntries(url.searchParams);
  const type = (contentType ?? "").toLowerCase();
  if (body.length === 0) return params;
  if (type.startsWith("application/json")) {
    const parsed = JSON.parse(body.toString("utf8")) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) Object.assign(params, parsed);
    return params;
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString("utf8"))));
    return params;
  }
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
  if (type.startsWith("multipart/form-data") && boundary) {
    Object.assign(params, parseMultipart(body, (boundary[1] ?? boundary[2]) as string));
  }
  return params;
}

function parseMultipart(body: Buffer, boundary: string): Params {
  const params: Params = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const partStart = start + delimiter.length;
    if (body.subarray(partStart, partStart + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, partStart);
    if (next < 0) break;
    // Each part: CRLF, headers, blank line, content, CRLF before the next delimiter.
    const part = body.subarray(partStart + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    if (split >= 0) {
      const headers = part.subarray(0, split).toString("utf8");
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) {
        params[name] = filename !== undefined ? `attach://${name}#${filename}:${content.length}` : content.toString("utf8");
      }
    }
    start = next;
  }
  return params;
}
