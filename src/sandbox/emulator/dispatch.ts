import { BotApiFailure } from "./errors.js";
import { botUserFor, createMethods } from "./methods.js";
import { chatOfCall, type Limiter } from "./limits.js";
import type { Params } from "./params.js";
import type { Poller } from "./poller.js";
import type { EmulatorState } from "./state.js";
import type { WebhookDelivery } from "./webhook.js";

export interface ApiResponse {
  status: number;
  body: Record<string, unknown>;
}

export type Dispatch = (token: string, method: string, params: Params, signal: AbortSignal) => Promise<ApiResponse>;

/**
 * Runs one Bot API call: injected failures first, then the flood limits,
 * then the method, and logs the outcome. Every answer has Telegram's envelope
 * and HTTP status.
 */
export function createDispatch(
  state: EmulatorState,
  poller: Poller,
  webhook: () => WebhookDelivery,
  botUsername: string,
  limiter: Limiter,
): Dispatch {
  const methods = createMethods(state);
  return async (token, method, params, signal) => {
    const ctx = { bot: botUserFor(token, botUsername) };
    const key = method.toLowerCase();
    let response: ApiResponse;
    let limit: { rateLimited: boolean; intoClosedBucket: boolean } | undefined;
    try {
      const injected = state.takeInjectedFailure(method);
      if (injected) throw injected;
      if (limiter.applies(method)) {
        const verdict = limiter.admit(method, chatOfCall(params, state.chats));
        limit = { rateLimited: verdict.refusal !== undefined, intoClosedBucket: verdict.intoClosedBucket };
        if (verdict.refusal) throw verdict.refusal;
      }
      let result: unknown;
      if (key === "getupdates") result = await poller.getUpdates(params, signal);
      else if (key === "setwebhook") result = webhook().setWebhook(params);
      else if (key === "deletewebhook") result = webhook().deleteWebhook(params);
      else if (key === "getwebhookinfo") result = webhook().getWebhookInfo();
      else {
        const handler = methods.get(key);
        if (!handler) throw new BotApiFailure(404, "Not Found: method not found");
        result = handler(params, ctx);
      }
      response = { status: 200, body: { ok: true, result } };
    } catch (err) {
      if (!(err instanceof BotApiFailure)) throw err;
      response = {
        status: err.errorCode,
        body: {
          ok: false,
          error_code: err.errorCode,
          description: err.description,
          ...(err.parameters ? { parameters: err.parameters } : {}),
        },
      };
    }
    const ok = response.body.ok === true;
    state.calls.push({
      method,
      params: { ...params },
      ok,
      ...(ok ? {} : { errorCode: response.status, description: String(response.body.description) }),
      ...(limit?.rateLimited ? { rateLimited: true } : {}),
      ...(limit?.intoClosedBucket ? { intoClosedBucket: true } : {}),
      at: state.clock(),
    });
    state.emit({ type: "call" });
    return response;
  };
}
