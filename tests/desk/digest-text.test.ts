import { describe, expect, it } from "vitest";
import type { CaseRecord } from "../../src/cases/types.js";
import {
  digestEntry,
  digestLine,
  layoutDigest,
  MAX_DIGEST_BUTTONS,
  pageFits,
  renderDigestPage,
  type DigestEntry,
} from "../../src/desk/digest-text.js";
import type { TriageCard } from "../../src/triage/card.js";
import { MAX_MESSAGE_CHARS } from "../../src/triage/render.js";
import { loadBundleFile } from "../helpers/flow-fixtures.js";
import { translator } from "../helpers/translator.js";

const bundle = loadBundleFile("flows/triage.yaml");
const NOW = Date.UTC(2025, 0, 1, 12, 0);
const options = { translator, locale: "en", now: NOW };

const entry = (n: number, over: Partial<DigestEntry> = {}): DigestEntry => ({
  caseId: `AAAA-${String(n).padStart(4, "0")}`,
  tier: "normal",
  createdAt: NOW - n * 1000,
  reasons: [],
  place: "Preah Sihanouk",
  state: "waiting",
  button: `d:token${n}`,
  ...over,
});

function record(over: Partial<CaseRecord<TriageCard>> = {}): CaseRecord<TriageCard> {
  const card: TriageCard = {
    schemaVersion: 1,
    caseId: "ABCD-1234",
    flow: { id: "triage", hash: bundle.hash },
    lang: "en",
    startedAt: NOW - 600_000,
    completedAt: NOW - 180_000,
    tier: "critical",
    reasons: ["minor", "injured"],
    flags: ["injured", "locked_in", "minor", "beaten"],
    indicators: [],
    answers: [
      { node: "country", field: "country", answer: { kind: "place", id: "kh" } },
      { node: "province", field: "province", answer: { kind: "place", id: "kh_preah_sihanouk" } },
      { node: "compound", field: "compound", answer: { kind: "text", text: "SECRET-COMPOUND-TEXT", lang: "en" } },
      { node: "notes", field: "notes", answer: { kind: "text", text: "SECRET-NOTE", lang: "en" } },
    ],
  };
  return { id: "ABCD-1234", status: "open", tier: "critical", version: 1, createdAt: NOW - 180_000, updatedAt: NOW, card, ...over };
}

describe("digest lines", () => {
  it("shows badge, tier, the card headline's reasons, place, age and reference, and nothing the person typed", () => {
    const line = digestLine(digestEntry(record(), { waiting: true, button: "d:x" }, { ...options, bundle }), options);
    expect(line).toBe("🔴 CRITICAL · minor, injured, locked in, beaten · Preah Sihanouk (Sihanoukville) · 3 min ago · ABCD-1234");
    expect(line).not.toContain("SECRET");
  });

  it("says what became of the case: card below, claimed by whom, resolved, withdrawn", () => {
    const e = (over: Partial<CaseRecord<TriageCard>>, waiting = false) => digestLine(digestEntry(record(over), { waiting }, { ...options, bundle }), options);
    expect(e({ cardMessageId: 5 }, true)).toMatch(/ABCD-1234 · card below$/);
    expect(e({ status: "claimed", assigneeName: "Ann", cardMessageId: 5 })).toMatch(/ABCD-1234 · Claimed by Ann$/);
    expect(e({ status: "resolved", outcome: "rescued" })).toMatch(/ABCD-1234 · Resolved: Rescued$/);
    expect(e({ status: "withdrawn" })).toBe("⚪ ABCD-1234 · Withdrawn by the person");
  });

  it("gives a button only to cases still waiting for their own card", () => {
    const waiting = digestEntry(record(), { waiting: true, button: "d:x" }, { ...options, bundle });
    const carded = digestEntry(record({ cardMessageId: 9 }), { waiting: true, button: "d:y" }, { ...options, bundle });
    expect(waiting.button).toBe("d:x");
    expect(carded.button).toBeUndefined();
  });
});

describe("digest pages", () => {
  it("lists the most urgent first, with a button per waiting case in rows of two", () => {
    const page = renderDigestPage(
      [entry(1), entry(2, { tier: "critical" }), entry(3, { state: "carded", button: undefined }), entry(4, { tier: "high" })],
      options,
    );
    const refs = page.text.split("\n").slice(2).map((l) => /AAAA-\d{4}/.exec(l)?.[0]);
    expect(refs).toEqual(["AAAA-0002", "AAAA-0004", "AAAA-0003", "AAAA-0001"]);
    expect(page.buttons.map((row) => row.map((b) => b.text))).toEqual([["🔴 AAAA-0002", "🟠 AAAA-0004"], ["🔵 AAAA-0001"]]);
    expect(page.buttons.flat().map((b) => b.data)).toEqual(["d:token2", "d:token4", "d:token1"]);
  });

  it("starts a new message before 100 buttons", () => {
    const many = Array.from({ length: 230 }, (_, i) => entry(i + 1, { place: undefined }));
    const { joined, pages } = layoutDigest([], many, options);
    expect(joined).toEqual([]);
    expect(pages).toHaveLength(3);
    for (const page of pages) expect(renderDigestPage(page, options).buttons.flat().length).toBeLessThanOrEqual(MAX_DIGEST_BUTTONS);
    expect(Math.max(...pages.map((p) => p.length))).toBeGreaterThan(MAX_DIGEST_BUTTONS - 5);
    expect(pages.flat().map((e) => e.caseId).sort()).toEqual(many.map((e) => e.caseId).sort());
  });

  it("starts a new message before 4096 characters, and every page fits", () => {
    const long = Array.from({ length: 80 }, (_, i) => entry(i + 1, { reasons: ["needs a doctor", "in danger now", "self-harm risk"], place: "Kampong Speu Province West" }));
    const { pages } = layoutDigest([], long, options);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(renderDigestPage(page, options).text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(pageFits(page, options)).toBe(true);
    }
    expect(pages.flat()).toHaveLength(80);
  });

  it("keeps a full page under Telegram's limit as its lines grow: settled cases shorten, waiting ones keep their detail", () => {
    const long = (n: number) => entry(n, { reasons: ["needs a doctor", "in danger now", "self-harm risk"], place: "Kampong Speu Province West" });
    const { pages } = layoutDigest([], Array.from({ length: 80 }, (_, i) => long(i + 1)), options);
    const page = pages[0]!;
    // An hour later most were claimed by a coordinator with a long name, and the ages grew.
    const later = { ...options, now: NOW + 3_600_000 };
    const grown = page.map((e, i) => (i < 3 ? e : { ...e, state: "claimed" as const, button: undefined, status: "Claimed by Maria Fernanda de los Santos Oliveira" }));
    const full = grown.map((e) => digestLine(e, later)).join("\n");
    expect(full.length).toBeGreaterThan(MAX_MESSAGE_CHARS);
    const text = renderDigestPage(grown, later).text;
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    for (const e of grown.slice(0, 3)) expect(text).toContain(digestLine(e, later));
    expect(text).toContain(`🔵 ${grown[3]!.caseId} · Claimed by Maria Fernanda de los Santos Oliveira`);
  });

  it("shares the room among waiting lines when later answers made them too long, so no case drops off", () => {
    const { pages } = layoutDigest([], Array.from({ length: 60 }, (_, i) => entry(i + 1)), options);
    const page = pages[0]!;
    const richer = page.map((e) => ({ ...e, reasons: ["needs a doctor", "in danger now", "self-harm risk", "a child is held", "passport taken"], place: "Kampong Speu Province West, near the border" }));
    const text = renderDigestPage(richer, options).text;
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    for (const e of richer) expect(text).toContain(`🔵 ${e.caseId} · `);
  });

  it("adds to the current message what fits there and puts the rest on a new one", () => {
    const kept = Array.from({ length: 95 }, (_, i) => entry(i + 1, { place: undefined }));
    const added = Array.from({ length: 10 }, (_, i) => entry(200 + i, { place: undefined, tier: i === 9 ? "critical" : "normal" }));
    const { joined, pages } = layoutDigest(kept, added, options);
    expect(joined).toHaveLength(5);
    // The most urgent of the new cases joins the message people are reading.
    expect(joined[0]?.caseId).toBe("AAAA-0209");
    expect(pages).toHaveLength(1);
    expect(pages[0]).toHaveLength(5);
  });
});
