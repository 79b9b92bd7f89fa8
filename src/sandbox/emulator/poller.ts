import type { Update } from "grammy/types";
import { BotApiFailure, badRequest } from "./errors.js";
import { optionalInt, optionalJson, type Params } from "./params.js";
import type { EmulatorState } from "./state.js";

export interface Poller {
  /** getUpdates: answers at once when updates wait, otherwise holds up to `timeout` seconds. */
  getUpdates(params: Params, signal: AbortSignal): Promise<Update[]>;
  /** Answers every held request with no updates (emulator shutting down). */
  releaseAll(): void;
}

const WEBHOOK_CONFLICT =
  "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";
const TERMINATED = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

interface Held {
  finish(result: Update[] | BotApiFailure): void;
}

export function createPoller(state: EmulatorState): Poller {
  const held = new Set<Held>();

  const confirm = (offset: number | undefined) => {
    if (offset === undefined || offset === 0) return;
    if (offset > 0) {
      const keep = state.pending.filter((u) => u.update_id >= offset);
      state.pending.splice(0, state.pending.length, ...keep);
    } else {
      // A negative offset keeps only the last -offset updates, forgetting the rest.
      state.pending.splice(0, Math.max(0, state.pending.length + offset));
    }
  };

  return {
    getUpdates(params, signal) {
      if (state.webhook) return Promise.reject(new BotApiFailure(409, WEBHOOK_CONFLICT));
      const allowed = optionalJson(params, "allowed_updates");
      if (allowed !== undefined) {
        if (!Array.isArray(allowed)) throw badRequest("can't parse allowed updates");
        state.allowedUpdates = allowed.map(String);
      }
      confirm(optionalInt(params, "offset"));
      const limit = Math.min(100, Math.max(1, optionalInt(params, "limit") ?? 100));
      const timeout = Math.max(0, optionalInt(params, "timeout") ?? 0);
      // Only one long poll may be open; Telegram ends the older one with a conflict.
      for (const other of [...held]) other.finish(new BotApiFailure(409, TERMINATED));
      if (state.pending.length > 0 || timeout === 0) return Promise.resolve(state.pending.slice(0, limit));

      return new Promise<Update[]>((resolve, reject) => {
        const entry: Held = {
          finish(result) {
            held.delete(entry);
            clearTimeout(timer);
            unsubscribe();
            signal.removeEventListener("abort", onAbort);
            if (result instanceof BotApiFailure) reject(result);
            else resolve(result);
          },
        };
        const onAbort = () => entry.finish([]);
        const timer = setTimeout(() => entry.finish(state.pending.slice(0, limit)), timeout * 1000);
        const unsubscribe = state.subscribe((event) => {
          if (event.type === "update" && state.pending.length > 0) entry.finish(state.pending.slice(0, limit));
          if (event.type === "webhook" && state.webhook) entry.finish(new BotApiFailure(409, WEBHOOK_CONFLICT));
        });
        signal.addEventListener("abort", onAbort);
        held.add(entry);
      });
    },
    releaseAll() {
      for (const entry of [...held]) entry.finish([]);
    },
  };
}
