import { describe, expect, it } from "vitest";
import type { CaseRecord } from "../../src/cases/types.js";
import { EXPORT_COLUMNS, exportRow, toCsv } from "../../src/dashboard/export.js";
import type { TriageCard } from "../../src/triage/card.js";
import { minimalCard } from "../desk/support.js";

const record = (flags: string[], status: CaseRecord<TriageCard>["status"] = "resolved"): CaseRecord<TriageCard> => ({
  id: "ROWS-0001",
  status,
  tier: "high",
  version: 3,
  createdAt: Date.UTC(2026, 0, 2),
  updatedAt: Date.UTC(2026, 0, 3),
  closedAt: Date.UTC(2026, 0, 3),
  outcome: "referred_ngo",
  card: minimalCard("ROWS-0001", { flags, location: { lat: 10.1234, lon: 103.5678 } }),
});
const name = (id: string | undefined) => id ?? "";

describe("partner export rows", () => {
  it("leaves out a case without that partner's consent, and an open one", () => {
    expect(exportRow(record(["consent_embassy"]), "ngo", name)).toBeUndefined();
    expect(exportRow(record(["consent_ngo"], "claimed"), "ngo", name)).toBeUndefined();
    expect(exportRow(record(["consent_ngo"]), "ngo", name)).toMatchObject({ filed: "2026-01-02", closed: "2026-01-03", outcome: "referred_ngo" });
  });
  it("holds free text only with the text consent flag, and never the pin or the reference", () => {
    const row = exportRow(record(["consent_ngo"]), "ngo", name) ?? {};
    expect(row.notes).toBe("");
    expect(exportRow(record(["consent_ngo", "consent_text"]), "ngo", name)?.notes).toBe("CARD-NOTE");
    expect(JSON.stringify(row)).not.toMatch(/ROWS-0001|10\.1234|103\.5678/);
    expect(Object.keys(row).sort()).toEqual([...EXPORT_COLUMNS].sort());
  });
  it("writes CSV a spreadsheet cannot run as a formula", () => {
    const csv = toCsv([{ notes: "=HYPERLINK(\"x\")", tier: "a,b" }]);
    expect(csv.split("\r\n")[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a,b"');
  });
});
