import { describe, expect, it } from "vitest";
import { createTranslator } from "../../src/i18n/translator.js";
import { parseHtml } from "../../src/sandbox/emulator/html-entities.js";
import type { TriageCard } from "../../src/triage/card.js";
import { capText, capUnits, escapeHtml, MAX_MESSAGE_CHARS, renderCard, renderWithdrawn, type CardRecord } from "../../src/triage/render.js";
import { loadBundleFile } from "../helpers/flow-fixtures.js";

const translator = createTranslator({ localesDir: "locales" });
const bundle = loadBundleFile("flows/triage.yaml");
const T0 = Date.UTC(2025, 0, 1, 12, 0);

const full: TriageCard = {
  schemaVersion: 1,
  caseId: "ABCD-1234",
  flow: { id: "triage", hash: bundle.hash },
  lang: "zh-Hans",
  startedAt: T0 - 600_000,
  completedAt: T0 - 60_000,
  tier: "critical",
  reasons: ["minor", "injured"],
  flags: ["injured", "passport_retained", "locked_in", "beaten", "electric_shocks", "ransom_demanded", "minor", "contact_first"],
  indicators: ["abuse_of_vulnerability", "restriction_of_movement", "physical_and_sexual_violence", "retention_of_identity_documents"],
  answers: [
    { node: "safe_now", field: "safe_now", answer: { kind: "choice", option: "yes" } },
    { node: "danger", field: "danger", answer: { kind: "multi", options: ["injured"] } },
    { node: "country", field: "country", answer: { kind: "place", id: "kh" } },
    { node: "province", field: "province", answer: { kind: "place", id: "kh_preah_sihanouk" } },
    { node: "compound", field: "compound", answer: { kind: "text", text: "Golden <b>Fortune</b> & Co", lang: "zh-Hans" } },
    { node: "location", field: "location", answer: { kind: "location", lat: 10.5801, lon: 103.5402 } },
    { node: "surroundings", field: "surroundings", answer: { kind: "text", text: `<script>alert("x")</script> ${"海".repeat(400)}`, lang: "" } },
    { node: "situation", field: "situation", answer: { kind: "choice", option: "inside" } },
    { node: "passport", field: "passport", answer: { kind: "choice", option: "taken" } },
    { node: "phone", field: "phone", answer: { kind: "choice", option: "dont_know" } },
    { node: "restraint", field: "restraint", answer: { kind: "choice", option: "locked_in" } },
    { node: "violence", field: "violence", answer: { kind: "multi", options: ["beaten", "shocks"] } },
    { node: "money", field: "ransom", answer: { kind: "choice", option: "ransom" } },
    { node: "amount", field: "ransom_amount", answer: { kind: "number", value: 15000 } },
    { node: "nationality", field: "nationality", answer: { kind: "place", id: "cn" } },
    { node: "minor", field: "minor", answer: { kind: "choice", option: "yes" } },
    { node: "others", field: "others_count", answer: { kind: "number", value: 12 } },
    { node: "contact", field: "contact_window", answer: { kind: "choice", option: "i_write_first" } },
    { node: "consent", field: "consent", answer: { kind: "choice", option: "embassy_ngo" } },
    { node: "notes", field: "notes", answer: { kind: "text", text: "my friend Lin is here too", lang: "zh-Hans" } },
    { node: "extra_question", answer: { kind: "text", text: "an answer on no known field", lang: "en" } },
  ],
  location: { lat: 10.5801, lon: 103.5402, nearestCompound: { id: "otres", names: { en: "Otres Beach compound" }, distanceKm: 1.2 } },
};

const open: CardRecord = { id: "ABCD-1234", status: "open", tier: "critical", createdAt: T0 - 12 * 60_000 };
const render = (card: TriageCard, record: CardRecord = open, locale = "en") =>
  renderCard(card, record, { translator, locale, now: T0, bundle });

describe("renderCard", () => {
  it("renders a full card: urgency, where, facts, every free text verbatim and escaped", () => {
    const html = render(full);
    const { text, entities } = parseHtml(html); // throws on broken HTML, as Telegram would refuse it
    expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    // Every reported reason, most serious first, the ransom with its amount.
    expect(text.split("\n")[0]).toBe("🔴 CRITICAL · minor · injured · locked in · beaten · electric shocks · passport taken · ransom demanded 15,000 USD");
    expect(text).toContain("Case ABCD-1234 · 12 min ago · language: 简体中文 (zh-Hans)");
    expect(text).toContain("Open · not claimed yet");
    expect(text).toContain("Where: Cambodia › Preah Sihanouk (Sihanoukville) › «Golden <b>Fortune</b> & Co» [zh-Hans]");
    expect(text).toContain("📍 10.58010, 103.54020 · map · nearest known compound: Otres Beach compound (1.2 km)");
    expect(entities.some((e) => e.type === "text_link" && e.url === "https://www.openstreetmap.org/?mlat=10.58010&mlon=103.54020#map=15/10.58010/103.54020")).toBe(true);
    expect(text).toContain('«<script>alert("x")</script> 海');
    expect(html).not.toContain("<script>");
    expect(text).toMatch(/海…» \[zh-Hans\]/); // capped, marked with the card's language when the answer has none
    expect(text).toContain("Passport: The company or a boss took it");
    expect(text).toContain("Phone: unknown");
    expect(text).toContain("Can leave: No, I am locked in");
    expect(text).toContain("Violence: Beaten or kicked, Electric shocks");
    expect(text).toContain("Money demanded: Yes, money to let me go · 15,000 USD");
    expect(text).toContain("Nationality: China");
    expect(text).toContain("Under 18: Yes, I am under 18");
    expect(text).toContain("Others with them: 12");
    expect(text).toContain(
      [
        "Forced-labour indicators:",
        "• abuse of vulnerability — Under 18: Yes, I am under 18",
        "• restriction of movement — Can leave: No, I am locked in",
        "• physical and sexual violence — Violence: Beaten or kicked, Electric shocks",
        "• retention of identity documents — Passport: The company or a boss took it",
      ].join("\n"),
    );
    expect(text).toContain("Safe contact: Only after I write first");
    expect(text).toContain("Consent to share: My embassy and a help group");
    expect(text).toContain("Notes: «my friend Lin is here too» [zh-Hans]");
    expect(text).toContain("extra_question: «an answer on no known field» [en]");
  });

  it("names the nearest compound from the flow version when the card holds only its id", () => {
    const byId: TriageCard = { ...full, location: { lat: 10.5801, lon: 103.5402, nearestCompound: { id: "otres", distanceKm: 1.2 } } };
    expect(parseHtml(render(byId)).text).toContain("nearest known compound: Otres Beach compound (1.2 km)");
    expect(parseHtml(render(byId, open, "zh-Hans")).text).toContain("奥特雷斯海滩园区");
  });

  it("says unknown for everything a card does not have", () => {
    const empty: TriageCard = { ...full, tier: "normal", reasons: [], flags: [], indicators: [], answers: [], location: undefined };
    delete empty.location;
    const { text } = parseHtml(render(empty, { ...open, tier: "normal" }));
    expect(text.split("\n")[0]).toBe("🔵 NORMAL");
    for (const label of ["Where", "Pin", "Surroundings", "Passport", "Phone", "Can leave", "Violence", "Money demanded", "Nationality", "Under 18", "Others with them", "Safe contact", "Consent to share", "Notes"]) {
      expect(text).toContain(`${label}: unknown`);
    }
    expect(text).toContain("Forced-labour indicators: none");
  });

  it("shows the status and owner, and only the reference once withdrawn", () => {
    expect(parseHtml(render(full, { ...open, status: "claimed", assigneeName: "Dara <x>" })).text).toContain("Claimed by Dara <x>");
    expect(parseHtml(render(full, { ...open, status: "resolved", outcome: "referred_ngo" })).text).toContain("Resolved: Referred to NGO");
    expect(parseHtml(render(full, { ...open, escalationReason: "medical" })).text).toContain("Escalated: Medical need");
    const withdrawn = render(full, { ...open, status: "withdrawn" });
    expect(withdrawn).toBe(renderWithdrawn("ABCD-1234", translator, "en"));
    expect(withdrawn).not.toMatch(/Golden|passport|friend/i);
  });

  it("renders in the coordinators' locale", () => {
    const { text } = parseHtml(render(full, open, "zh-Hans"));
    expect(text.split("\n")[0]).toMatch(/^🔴 紧急 · 未成年 · 受伤 · /);
    expect(text).toContain("柬埔寨 › 西哈努克省（西港）");
    expect(text).toContain("护照:");
  });

  it("stays within one Telegram message however long the answers are", () => {
    const long = "x".repeat(4000);
    const huge: TriageCard = {
      ...full,
      answers: Array.from({ length: 30 }, (_, i) => ({ node: `q${i}`, answer: { kind: "text" as const, text: long, lang: "en" } })),
    };
    const html = render(huge);
    expect(html.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(() => parseHtml(html)).not.toThrow();
  });

  it("never holds anything the card data does not: no Telegram ids or names can appear", () => {
    const html = render(full);
    expect(html).not.toMatch(/\b\d{6,}\b/); // no id-like numbers; amounts are grouped (15,000)
  });
});

describe("escapeHtml and capText", () => {
  it("escapes every character Telegram HTML treats specially", () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
  });
  it("cuts on code points and marks the cut", () => {
    expect(capText("😀😀😀😀", 3)).toBe("😀😀…");
    expect(capText("short", 300)).toBe("short");
    // Telegram's limit counts UTF-16 units: an emoji is two, and a cut never splits one.
    expect(capUnits("😀😀😀😀", 4)).toBe("😀…");
    expect(capUnits("ab😀", 3)).toBe("ab…");
    expect(capUnits("abcd", 4)).toBe("abcd");
  });
});
