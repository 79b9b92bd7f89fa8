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

/** A zone's offset from UTC in minutes at an instant (Cambodia: +420). */
export function zoneOffsetMinutes(timezone: string, at: number): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"));
  return Math.round((wall - Math.floor(at / 60_000) * 60_000) / 60_000);
}

const hhmm = (minutes: number) => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
};

/** A wall-clock time of one zone read in another, at `now` ("18:00" Phnom Penh → "12:00" Berlin in winter). */
export function shiftClock(time: string, fromZone: string, toZone: string, now: number): string {
  return hhmm(toMinutes(time) - zoneOffsetMinutes(fromZone, now) + zoneOffsetMinutes(toZone, now));
}

/**
 * Minutes until the person's hours next open: 0 while one is open. The
 * coordinator reads "opens in 3 h" rather than working out zones at 3 a.m.
 */
export function minutesUntilOpen(window: Extract<ContactWindow, { mode: "hours" }>, now: number): number {
  const at = localMinutes(now, window.timezone);
  let best = Number.POSITIVE_INFINITY;
  for (const { from, to } of window.windows) {
    const [start, end] = [toMinutes(from), toMinutes(to)];
    const open = start <= end ? at >= start && at < end : at >= start || at < end;
    if (open) return 0;
    best = Math.min(best, (start - at + 1440) % 1440);
  }
  return Number.isFinite(best) ? best : 0;
}
