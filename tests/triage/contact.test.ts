import { describe, expect, it } from "vitest";
import { contactWindowOf, DEFAULT_TIMEZONE, isWindowOpen } from "../../src/triage/contact.js";
import type { ContactWindow } from "../../src/cases/types.js";
import { loadBundleFile } from "../helpers/flow-fixtures.js";

// 2026-01-10 05:00 UTC = 12:00 in Phnom Penh (UTC+7).
const noonPhnomPenh = Date.UTC(2026, 0, 10, 5, 0);
const hour = 3600_000;

describe("safe-contact window", () => {
  it("any time is always open", () => {
    expect(isWindowOpen({ mode: "any" }, noonPhnomPenh, undefined)).toBe(true);
  });

  it("'when I write first' opens for a while after the person writes, then closes", () => {
    const w = { mode: "when_i_write" } as const;
    expect(isWindowOpen(w, noonPhnomPenh, undefined)).toBe(false);
    expect(isWindowOpen(w, noonPhnomPenh, noonPhnomPenh - 5 * 60_000)).toBe(true);
    expect(isWindowOpen(w, noonPhnomPenh, noonPhnomPenh - 2 * hour)).toBe(false);
  });

  it("hours are read in the person's zone", () => {
    const midday = { mode: "hours", windows: [{ from: "11:00", to: "13:00" }], timezone: "Asia/Phnom_Penh" } satisfies ContactWindow;
    expect(isWindowOpen(midday, noonPhnomPenh, undefined)).toBe(true);
    expect(isWindowOpen(midday, noonPhnomPenh + 2 * hour, undefined)).toBe(false);
    const inYangon: ContactWindow = { ...midday, timezone: "Asia/Yangon" }; // UTC+6:30 → 11:30
    expect(isWindowOpen(inYangon, noonPhnomPenh, undefined)).toBe(true);
  });

  it("windows may wrap midnight", () => {
    const night = { mode: "hours", windows: [{ from: "05:00", to: "06:00" }, { from: "22:00", to: "02:00" }], timezone: "Asia/Phnom_Penh" } satisfies ContactWindow;
    expect(isWindowOpen(night, noonPhnomPenh + 11 * hour, undefined)).toBe(true); // 23:00
    expect(isWindowOpen(night, noonPhnomPenh + 13 * hour, undefined)).toBe(true); // 01:00
    expect(isWindowOpen(night, noonPhnomPenh + 15 * hour, undefined)).toBe(false); // 03:00
    expect(isWindowOpen(night, noonPhnomPenh + 17.5 * hour, undefined)).toBe(true); // 05:30, the other window
  });
});

describe("contact window from the flow's flags", () => {
  const triage = loadBundleFile("flows/triage.yaml");

  it("reads hours windows in the zone of the country the person is in", () => {
    expect(contactWindowOf(triage, ["contact_hours", "window_2200_0300", "window_0500_0800"], "mm")).toEqual({
      mode: "hours",
      windows: [
        { from: "22:00", to: "03:00" },
        { from: "05:00", to: "08:00" },
      ],
      timezone: "Asia/Yangon",
    });
    expect(contactWindowOf(triage, ["contact_hours", "window_1200_1400"], "la")).toMatchObject({ timezone: "Asia/Vientiane" });
    expect(contactWindowOf(triage, ["contact_anytime"], "mm")).toEqual({ mode: "any" });
    expect(contactWindowOf(triage, [], undefined)).toEqual({ mode: "when_i_write" });
  });

  it("falls back to Cambodia's zone when the country is unknown or has none", () => {
    expect(contactWindowOf(triage, ["contact_hours", "window_1800_2200"], undefined)).toMatchObject({ timezone: DEFAULT_TIMEZONE });
    expect(contactWindowOf(triage, ["contact_hours", "window_1800_2200"], "other")).toMatchObject({ timezone: DEFAULT_TIMEZONE });
  });

  it("every hour option of the real flow becomes a window", () => {
    const hours = triage.flow.nodes.hours;
    if (hours?.type !== "multi") throw new Error("flows/triage.yaml has a multi step hours");
    for (const option of hours.options) {
      const window = contactWindowOf(triage, ["contact_hours", ...(option.flags ?? [])], "kh");
      expect(window, `option ${option.id}`).toMatchObject({ mode: "hours", timezone: "Asia/Phnom_Penh" });
      expect(window.mode === "hours" ? window.windows : [], `option ${option.id}`).toHaveLength(1);
    }
  });

  it("the flow's contact options carry the flags the relay reads", () => {
    const contact = triage.flow.nodes.contact;
    if (contact?.type !== "choice") throw new Error("flows/triage.yaml has a choice step contact");
    const flags = (id: string) => contact.options.find((o) => o.id === id)?.flags ?? [];
    expect(contactWindowOf(triage, flags("any_time"), "kh")).toEqual({ mode: "any" });
    expect(contactWindowOf(triage, flags("i_write_first"), "kh")).toEqual({ mode: "when_i_write" });
    // "hours" without any hour picked is read as the safest choice.
    expect(contactWindowOf(triage, flags("hours"), "kh")).toEqual({ mode: "when_i_write" });
  });
});
