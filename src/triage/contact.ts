import type { ContactWindow } from "../cases/types.js";
import type { FlowBundle } from "../flow/types.js";

/** Where we cannot tell the person's zone, Cambodia's is the likeliest. */
export const DEFAULT_TIMEZONE = "Asia/Phnom_Penh";

const WINDOW_FLAG = /^window_(\d{2})(\d{2})_(\d{2})(\d{2})$/;

/**
 * The safe-contact window from the flow's flags: `contact_first` (only after
 * the person writes), `contact_anytime`, or `contact_hours` with a
 * `window_HHMM_HHMM` flag, in the zone of the country they are in.
 */
export function contactWindowOf(bundle: FlowBundle, flags: readonly string[], countryId: string | undefined): ContactWindow {
  const timezone = bundle.places.countries.find((c) => c.id === countryId)?.timezone ?? DEFAULT_TIMEZONE;
  if (flags.includes("contact_anytime")) return { mode: "any" };
  const windows = flags
    .map((f) => WINDOW_FLAG.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ from: `${m[1]}:${m[2]}`, to: `${m[3]}:${m[4]}` }));
  if (flags.includes("contact_hours") && windows.length > 0) return { mode: "hours", windows, timezone };
  // The safest reading of anything else, including no answer: wait for them.
  return { mode: "when_i_write" };
}

/** Minutes since local midnight in an IANA zone. */
function localMinutes(now: number, timezone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: timezone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(now));
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const minute = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return hour * 60 + minute;
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** How long after a person writes we may answer under "only when I write first". */
export const REPLY_GRACE_MS = 30 * 60 * 1000;

/** Whether a message may reach the person now. Windows may wrap midnight (22:00–02:00). */
export function isWindowOpen(window: ContactWindow, now: number, lastInboundAt: number | undefined): boolean {
  switch (window.mode) {
    case "any":
      return true;
    case "when_i_write":
      return lastInboundAt !== undefined && now - lastInboundAt <= REPLY_GRACE_MS;
    case "hours": {
      const at = localMinutes(now, window.timezone);
      const inHours = window.windows.some(({ from, to }) => {
        const [start, end] = [toMinutes(from), toMinutes(to)];
        return start <= end ? at >= start && at < end : at >= start || at < end;
      });
      // A person who just wrote is awake and holding the phone: answering then is safe too.
      return inHours || (lastInboundAt !== undefined && now - lastInboundAt <= REPLY_GRACE_MS);
    }
  }
}
