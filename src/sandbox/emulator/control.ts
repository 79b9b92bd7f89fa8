import type { IncomingMessage, ServerResponse } from "node:http";
import type { User } from "grammy/types";
import { EmulatorMisuseError } from "./errors.js";
import { isRecord } from "./params.js";
import type { EmulatorState } from "./state.js";
import type { MediaKind } from "./types.js";
import type { ChatRef, SimulatedUsers } from "./users.js";

export const CONTROL_PREFIX = "/_emulator/";

// The sandbox page's garbage-input buttons (sticker, photo) post one of these.
const MEDIA_KINDS: ReadonlySet<string> = new Set<MediaKind>(["sticker", "voice", "photo", "document", "video", "animation", "contact"]);

/**
 * JSON routes for the sandbox page: list chats and messages, act as a person,
 * and follow changes over Server-Sent Events. No auth: the server only
 * listens on 127.0.0.1.
 */
const LOCAL_HOSTS = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;

/**
 * True for requests to a loopback Host (on `port`, when given) whose Origin,
 * when sent, is that same host. grammY's Node fetch sends no Origin; a browser
 * always sends one on a cross-site POST, and a DNS-rebound page sends its own Host.
 */
export function fromOwnOrigin(req: IncomingMessage, port?: number): boolean {
  const host = req.headers.host ?? "";
  const local = LOCAL_HOSTS.exec(host);
  if (!local) return false;
  // With the port known, a loopback name on another port is someone else's server, not ours.
  if (port !== undefined && local[2] !== `:${port}`) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

export function createControlRoutes(state: EmulatorState, users: SimulatedUsers) {
  const chatRef = (id: number, from: User): ChatRef => {
    const known = state.chats.get(id);
    if (known) return { id, type: known.type, ...(known.title !== undefined ? { title: known.title } : {}) };
    if (id === from.id) return { id, type: "private" };
    throw new EmulatorMisuseError(`chat ${id} is not known`);
  };

  const events = (req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
    res.write(": connected\n\n");
    const unsubscribe = state.subscribe((event) => {
      // API calls are too chatty (long polls) and change nothing a page shows.
      if (event.type === "call") return;
      res.write(`data: ${JSON.stringify({ type: event.type, chatId: event.chatId ?? null })}\n\n`);
    });
    req.on("close", unsubscribe);
  };

  /** Returns false when the path is not a control route. */
  return async function handle(req: IncomingMessage, res: ServerResponse, url: URL, readJson: () => Promise<unknown>): Promise<boolean> {
    if (!url.pathname.startsWith(CONTROL_PREFIX)) return false;
    const parts = url.pathname.slice(CONTROL_PREFIX.length).split("/").filter(Boolean);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    // Another website open in the same browser must not drive the sandbox (CSRF, DNS rebinding).
    if (!fromOwnOrigin(req)) {
      send(403, { ok: false, description: "Forbidden: control routes answer only their own origin on 127.0.0.1" });
      return true;
    }
    try {
      if (req.method === "GET" && parts.length === 1 && parts[0] === "events") {
        events(req, res);
        return true;
      }
      if (req.method === "GET" && parts.length === 1 && parts[0] === "chats") {
        send(200, [...state.chats.values()]);
        return true;
      }
      if (req.method === "GET" && parts.length === 1 && parts[0] === "callback-answers") {
        send(200, state.callbackAnswers);
        return true;
      }
      const chatId = Number(parts[1]);
      if (parts[0] !== "chats" || parts.length !== 3 || !Number.isInteger(chatId)) {
        send(404, { error: "not found" });
        return true;
      }
      if (req.method === "GET" && parts[2] === "messages") {
        send(200, state.visibleMessages(chatId));
        return true;
      }
      if (req.method !== "POST") {
        send(405, { error: "method not allowed" });
        return true;
      }
      const body = await readJson();
      if (!isRecord(body) || !isUser(body.from)) throw new EmulatorMisuseError("body needs a `from` user with id and first_name");
      const from = body.from;
      const chat = chatRef(chatId, from);
      if (parts[2] === "text" && typeof body.text === "string") {
        const reply = typeof body.replyToMessageId === "number" ? { replyToMessageId: body.replyToMessageId } : undefined;
        send(200, users.sendText(chat, from, body.text, reply));
      } else if (parts[2] === "location" && typeof body.lat === "number" && typeof body.lon === "number") {
        send(200, users.sendLocation(chat, from, body.lat, body.lon));
      } else if (parts[2] === "media" && isMediaKind(body.kind)) {
        send(200, users.sendMedia(chat, from, body.kind));
      } else if (parts[2] === "press" && typeof body.messageId === "number" && typeof body.data === "string") {
        send(200, { callbackQueryId: users.pressButton(chat, from, body.messageId, body.data) });
      } else {
        send(400, { error: `bad request for ${parts[2]}` });
      }
    } catch (err) {
      if (!(err instanceof EmulatorMisuseError) && !(err instanceof SyntaxError)) throw err;
      send(400, { error: err.message });
    }
    return true;
  };
}

function isMediaKind(value: unknown): value is MediaKind {
  return typeof value === "string" && MEDIA_KINDS.has(value);
}

function isUser(value: unknown): value is User {
  return isRecord(value) && typeof value.id === "number" && typeof value.first_name === "string";
}
