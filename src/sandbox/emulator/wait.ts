import { BeaconError } from "../../errors.js";
import type { EmulatorState } from "./state.js";

/** `waitFor` gave up; the message says what the emulator saw last. */
export class EmulatorTimeoutError extends BeaconError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, "emulator_timeout", options);
  }
}

/**
 * Resolves with the probe's first truthy value, checking now and after every
 * change in the emulator. A probe that throws counts as "not yet", so
 * `expect` calls can be probes; the last throw is reported on timeout.
 */
export function waitFor<T>(state: EmulatorState, probe: () => T | undefined | false | null, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let lastError: unknown;
    let settled = false;
    const check = (): boolean => {
      try {
        const value = probe();
        if (value) {
          finish();
          resolve(value);
          return true;
        }
      } catch (err) {
        lastError = err;
      }
      return false;
    };
    const finish = () => {
      settled = true;
      clearTimeout(timer);
      unsubscribe();
    };
    const unsubscribe = state.subscribe(() => {
      if (!settled) check();
    });
    const timer = setTimeout(() => {
      if (settled) return;
      finish();
      const recent = state.calls
        .filter((c) => c.method.toLowerCase() !== "getupdates")
        .slice(-5)
        .map((c) => `${c.method} ${c.ok ? "ok" : `failed ${c.errorCode}: ${c.description}`}`);
      const reason = lastError instanceof Error ? ` Last probe error: ${lastError.message}.` : "";
      reject(
        new EmulatorTimeoutError(
          `waitFor timed out after ${timeoutMs} ms.${reason} Pending updates: ${state.pending.length}. ` +
            `Last API calls: ${recent.length > 0 ? recent.join("; ") : "none"}`,
          { cause: lastError },
        ),
      );
    }, timeoutMs);
    check();
  });
}
