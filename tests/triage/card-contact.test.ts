import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import type { Answer } from "../../src/flow/types.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { parseHtml } from "../../src/sandbox/emulator/html-entities.js";
import type { TriageCard } from "../../src/triage/card.js";
import { minutesUntilOpen, shiftClock, zoneOffsetMinutes } from "../../src/triage/contact.js";
import { renderCard, type CardRecord } from "../../src/triage/render.js";
import { scoreAnswers } from "../../src/triage/score.js";
import { loadBundleFile } from "../helpers/flow-fixtures.js";

const translator = createTranslator({ localesDir: "locales" });
const bundle = loadBundleFile("flows/triage.yaml");
const record: CardRecord = { id: "ABCD-1234", status: "open", tier: "normal", createdAt: 0 };
// 15:00 in Phnom Penh (UTC+7), 09:00 in Berlin (winter, UTC+1).
const AT_15_PP = Date.UTC(2025, 0, 10, 8, 0);

function cardWith(answers: Record<string, Answer>, fields: Record<string, TriageCard["answers"][number]["field"]>): TriageCard {
  return {
    schemaVersion: 1,
    caseId: "ABCD-1234",
    flow: { id: "triage", hash: bundle.hash },
    lang: "en",
    startedAt: 0,
    completedAt: 0,
    ...scoreAnswers(bundle.flow, answers),
    answers: Object.entries(answers).map(([node, answer]) => ({ node, field: fields[node], answer })),
  };
}

const evening = cardWith(
  { country: { kind: "place", id: "kh" }, contact: { kind: "choice", option: "hours" }, hours: { kind: "multi", options: ["evening"] } },
  { country: "country", contact: "contact_window", hours: "contact_hours" },
);

const contactLine = (card: TriageCard, now: number, coordinatorTimezone?: string) =>
  parseHtml(renderCard(card, record, { translator, locale: "en", now, bundle, ...(coordinatorTimezone ? { coordinatorTimezone } : {}) }))
    .text.split("\n")
    .find((l) => l.startsWith("🕒") || l.startsWith("⏳"));

describe("safe hours on the card", () => {
  it("shows the person's hours in their zone and the coordinators', and when they open", () => {
    expect(contactLine(evening, AT_15_PP, "Europe/Berlin")).toBe(
      "🕒 18:00–22:00 their time (Asia/Phnom_Penh) · 12:00–16:00 your time (Europe/Berlin) · opens in 3 h",
    );
    expect(contactLine(evening, AT_15_PP + 3.5 * 3600_000, "Europe/Berlin")).toMatch(/· open now$/);
    expect(contactLine(evening, AT_15_PP + 2.5 * 3600_000, "Europe/Berlin")).toMatch(/· opens in 30 min$/);
  });

  it("says so once when both sides share a zone, and defaults to UTC", () => {
    expect(contactLine(evening, AT_15_PP, "Asia/Phnom_Penh")).toBe("🕒 18:00–22:00 (Asia/Phnom_Penh, same as yours) · opens in 3 h");
    expect(contactLine(evening, AT_15_PP)).toBe("🕒 18:00–22:00 their time (Asia/Phnom_Penh) · 11:00–15:00 your time (UTC) · opens in 3 h");
  });

  it("tells the coordinator replies wait when the person writes first, and adds nothing for any time", () => {
    const first = cardWith({ contact: { kind: "choice", option: "i_write_first" } }, { contact: "contact_window" });
    expect(contactLine(first, AT_15_PP)).toBe("⏳ replies wait until they write");
    const any = cardWith({ contact: { kind: "choice", option: "any_time" } }, { contact: "contact_window" });
    expect(contactLine(any, AT_15_PP)).toBeUndefined();
  });
});

describe("zone arithmetic", () => {
  it("reads offsets, shifts clocks across midnight, and counts to the next window", () => {
    expect(zoneOffsetMinutes("Asia/Phnom_Penh", AT_15_PP)).toBe(420);
    expect(zoneOffsetMinutes("Europe/Berlin", Date.UTC(2025, 6, 1))).toBe(120);
    expect(shiftClock("02:00", "Asia/Phnom_Penh", "Europe/Berlin", AT_15_PP)).toBe("20:00");
    const lateNight = { mode: "hours" as const, windows: [{ from: "22:00", to: "03:00" }], timezone: "Asia/Phnom_Penh" };
    expect(minutesUntilOpen(lateNight, AT_15_PP)).toBe(7 * 60);
    expect(minutesUntilOpen(lateNight, Date.UTC(2025, 0, 10, 18, 0))).toBe(0); // 01:00 local, inside the wrapped window
  });

  it("refuses a coordinator zone Intl does not know", () => {
    expect(() => loadConfig({ COORDINATOR_TIMEZONE: "Mars/Olympus" })).toThrow(/COORDINATOR_TIMEZONE/);
    expect(loadConfig({}).coordinatorTimezone).toBe("UTC");
  });
});
