import type { Update } from "grammy/types";
import { badRequest, EmulatorMisuseError } from "./errors.js";
import { optionalBool, optionalJson, optionalString, type Params } from "./params.js";
import type { EmulatorState } from "./state.js";

const ATTEMPTS = 4;
const RETRY_DELAY_MS = 50;
const REQUEST_TIMEOUT_MS = 10_000;

export interface WebhookDelivery {
  setWebhook(params: Params): true;
  deleteWebhook(params: Params): true;
  getWebhookInfo(): Record<string, unknown>;
  /** POSTs one update the way Telegram would, with the given secret (null: no header). */
  postToWebhook(update: Update, options?: { secret?: string | null; url?: string }): Promise<number>;
  stop(): void;
}

/**
 * Pushes queued updates to the webhook one at a time, in order, like Telegram
 * with max_connections=1. A receiver failing a few times loses that update
 * (recorded as the last error) rather than stalling every later test step.
 * A JSON reply carrying `method` is executed as a Bot API call (webhook reply).
 */
/** How the emulator delivers to a webhook: one connection and 4 quick tries by default (see above). */
export interface WebhookDeliveryOptions {
  /** Updates in flight at once, like setWebhook's max_connections (Telegram's default is 40); order across them is not kept. */
  connections?: number;
  /** Tries per update before it is given up (Telegram keeps trying for longer). */
  attempts?: number;
  /** Wait before try n+1: n times this. */
  retryDelayMs?: number;
}

export function createWebhookDelivery(
  state: EmulatorState,
  onWebhookReply: (body: Record<string, unknown>) => Promise<void>,
  options: WebhookDeliveryOptions = {},
): WebhookDelivery {
  const connections = options.connections ?? 1;
  const attempts = options.attempts ?? ATTEMPTS;
  const retryDelayMs = options.retryDelayMs ?? RETRY_DELAY_MS;
  let active = 0;
  let running = false;
  let stopped = false;

  const post = async (url: string, update: Update, secret: string | undefined) => {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (secret !== undefined) headers["x-telegram-bot-api-secret-token"] = secret;
    const res = await fetch(url, {
      method: "POST",
      headers,
      body: JSON.stringify(update),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await res.text();
    return { status: res.status, text };
  };

  /** Whether the update is settled: delivered, or given up on. A webhook deleted meanwhile leaves it for getUpdates, as Telegram does. */
  const deliverOne = async (update: Update): Promise<boolean> => {
    let lastError = "";
    for (let attempt = 1; attempt <= attempts && state.webhook && !stopped; attempt += 1) {
      const { url, secretToken } = state.webhook;
      try {
        const { status, text } = await post(url, update, secretToken);
        if (status >= 200 && status < 300) {
          await runReply(text);
          return true;
        }
        lastError = `Wrong response from the webhook: ${status}`;
      } catch (err) {
        lastError = `Connection failed: ${err instanceof Error ? err.message : String(err)}`;
      }
      await new Promise((r) => setTimeout(r, retryDelayMs * attempt));
    }
    if (!state.webhook || stopped) return false;
    state.webhook.lastErrorDate = state.now();
    state.webhook.lastErrorMessage = lastError;
    return true;
  };

  const runReply = async (text: string) => {
    if (!text) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    if (typeof body === "object" && body !== null && typeof (body as Record<string, unknown>).method === "string") {
      await onWebhookReply(body as Record<string, unknown>);
    }
  };

  /** Several connections: each takes the next update off the queue as it frees up. */
  const pumpMany = () => {
    while (state.webhook && !stopped && active < connections && state.pending.length > 0) {
      const update = state.pending.shift() as Update;
      active++;
      void deliverOne(update).finally(() => {
        active--;
        state.emit({ type: "webhook" });
      });
    }
  };

  const pump = async () => {
    if (connections > 1) return pumpMany();
    if (running) return;
    running = true;
    try {
      while (state.webhook && !stopped && state.pending.length > 0) {
        const update = state.pending[0] as Update;
        const settled = await deliverOne(update);
        if (settled && state.pending[0] === update) state.pending.shift();
        state.emit({ type: "webhook" });
      }
    } finally {
      running = false;
    }
  };

  const unsubscribe = state.subscribe((event) => {
    if ((event.type === "update" || event.type === "webhook") && state.webhook && !running) void pump();
  });

  return {
    setWebhook(params) {
      const url = optionalString(params, "url") ?? "";
      if (url === "") {
        state.webhook = undefined;
        state.emit({ type: "webhook" });
        return true;
      }
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw badRequest("bad webhook: Failed to resolve host: Name or service not known");
      }
      if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
        throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
      }
      const secret = optionalString(params, "secret_token");
      if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
        throw badRequest("secret token contains unallowed characters");
      }
      const allowed = optionalJson(params, "allowed_updates");
      if (Array.isArray(allowed)) state.allowedUpdates = allowed.map(String);
      if (optionalBool(params, "drop_pending_updates")) state.pending.length = 0;
      state.webhook = { url, ...(secret !== undefined ? { secretToken: secret } : {}) };
      state.emit({ type: "webhook" });
      return true;
    },
    deleteWebhook(params) {
      if (optionalBool(params, "drop_pending_updates")) state.pending.length = 0;
      state.webhook = undefined;
      state.emit({ type: "webhook" });
      return true;
    },
    getWebhookInfo() {
      const hook = state.webhook;
      return {
        url: hook?.url ?? "",
        has_custom_certificate: false,
        pending_update_count: state.pending.length,
        ...(hook?.lastErrorDate !== undefined ? { last_error_date: hook.lastErrorDate } : {}),
        ...(hook?.lastErrorMessage !== undefined ? { last_error_message: hook.lastErrorMessage } : {}),
        ...(hook ? { max_connections: 40 } : {}),
        ...(state.allowedUpdates && state.allowedUpdates.length > 0 ? { allowed_updates: state.allowedUpdates } : {}),
      };
    },
    async postToWebhook(update, options = {}) {
      const url = options.url ?? state.webhook?.url;
      if (!url) throw new EmulatorMisuseError("postToWebhook: no webhook is set and no url was given");
      const secret = options.secret === undefined ? state.webhook?.secretToken : (options.secret ?? undefined);
      const { status } = await post(url, update, secret);
      return status;
    },
    stop() {
      stopped = true;
      unsubscribe();
    },
  };
}
