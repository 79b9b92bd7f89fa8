import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { TriageCard } from "../../src/triage/card.js";
import { browserSkipReason } from "../helpers/browser.js";
import { actorOf, dashboardOf, dashboardOptions, offlineBrowserPerTest, signIn } from "../helpers/dashboard.js";
import { COORDINATORS, harnessPerTest, type Harness } from "../helpers/harness.js";
import { cardsOf, minimalCard } from "../desk/support.js";

const [ALICE] = COORDINATORS as [number, number];
const skip = browserSkipReason();
const start = harnessPerTest();
const openBrowser = offlineBrowserPerTest();

const OTRES = { id: "otres", names: { en: "Otres Beach compound" } };
type Answers = TriageCard["answers"];
const place = (field: "compound" | "nationality" | "province" | "country", id: string): Answers[number] => ({ node: field, field, answer: { kind: "place", id } });

let chat = 880_000;
async function file(h: Harness, caseId: string, card: Partial<TriageCard>): Promise<void> {
  const chatId = ++chat;
  h.emulator.registerChat({ id: chatId, type: "private", first_name: "Hidden" });
  await h.app.cases.create({ caseId, tier: card.tier ?? "high", card: minimalCard(caseId, { tier: card.tier ?? "high", ...card }), contact: { chatId, person: `p-${caseId}`, lang: "en", window: { mode: "any" } } });
}

async function resolve(h: Harness, caseId: string): Promise<void> {
  const actor = actorOf(h, ALICE);
  const claimed = await h.app.cases.transition(caseId, "claim", { expectedVersion: 1, actor });
  await h.app.cases.transition(caseId, "resolve", { expectedVersion: claimed.version, actor, outcome: "referred_ngo" });
}

describe.skipIf(skip !== undefined)("dashboard map, compounds, charts and export", () => {
  it("draws pins offline, clusters one compound's pins, and numbers the compound's reports on the card", async () => {
    const h = await start(dashboardOptions());
    // Three reports from Otres: a pin 0.8 km away, one naming it (no pin), a pin 1.9 km away; one pin elsewhere.
    await file(h, "MAPA-0001", { location: { lat: 10.575, lon: 103.552, nearestCompound: { ...OTRES, distanceKm: 0.8 } }, answers: [place("nationality", "ph")] });
    await file(h, "MAPA-0002", { answers: [place("province", "kh_preah_sihanouk"), place("compound", "otres"), place("nationality", "id")], flags: ["passport_retained"] });
    await file(h, "MAPA-0003", { location: { lat: 10.586, lon: 103.545, nearestCompound: { ...OTRES, distanceKm: 1.9 } } });
    await file(h, "MAPA-0004", { location: { lat: 16.7, lon: 98.5 } });
    const third = await h.emulator.waitFor(() => cardsOf(h, "MAPA-0003").at(-1), 10_000);
    expect(third.text).toContain("Report no. 3 from this compound in 7 days");
    expect(cardsOf(h, "MAPA-0004").at(-1)?.text ?? "").not.toContain("from this compound");

    const browser = await openBrowser();
    const { page } = browser;
    await signIn(h, page, ALICE);
    await page.goto(`${dashboardOf(h).url()}/map`);
    await page.waitForFunction(() => document.body.dataset.mapReady === "4");
    await page.waitForSelector("[data-map] .compound-cluster");
    expect(await page.locator("[data-map] .leaflet-overlay-pane path").count()).toBeGreaterThan(100); // country outlines
    expect(await page.locator("[data-map] .compound-cluster [data-compound=otres]").count()).toBe(1);
    expect(await page.locator("[data-map] .compound-cluster span").textContent()).toBe("3");
    expect(await page.locator("[data-map] .pin").count()).toBe(1); // the pin far from any compound stands alone
    await page.click("[data-map] .compound-cluster");
    await page.waitForFunction(() => document.body.dataset.mapShown === "3");
    expect((await page.locator("#map-cases a").allTextContents()).sort()).toEqual(["MAPA-0001", "MAPA-0002", "MAPA-0003"]);
    await page.screenshot({ path: "docs/dashboard-map.png", fullPage: true });

    await page.goto(`${dashboardOf(h).url()}/compounds`);
    const row = page.locator("#compounds tr[data-compound=otres]");
    expect(await row.locator(".reports").textContent()).toBe("3");
    expect(await row.textContent()).toMatch(/Philippines 1.*Indonesia 1|Indonesia 1.*Philippines 1/);

    await page.goto(`${dashboardOf(h).url()}/charts`);
    await page.waitForFunction(() => document.body.dataset.chartsReady === "1");
    expect(await page.locator(".uplot").count()).toBe(4);
    expect(browser.outside).toEqual([]);
  });

  it("exports only resolved cases whose person consented to that partner, only consented fields, and audits it", async () => {
    const h = await start(dashboardOptions());
    const words = { node: "notes", field: "notes" as const, answer: { kind: "text" as const, text: "WORDS-OF-B", lang: "en" } };
    await file(h, "EXPO-000A", { flags: ["consent_ngo"], answers: [place("compound", "otres"), { ...words, answer: { ...words.answer, text: "WORDS-OF-A" } }], location: { lat: 10.5751, lon: 103.5521 } });
    await file(h, "EXPO-000B", { flags: ["consent_ngo", "consent_text"], answers: [words, place("nationality", "ph")] });
    await file(h, "EXPO-000C", { flags: [], answers: [place("nationality", "vn")] });
    await file(h, "EXPO-000D", { flags: ["consent_ngo"] });
    for (const id of ["EXPO-000A", "EXPO-000B", "EXPO-000C"]) await resolve(h, id);

    const browser = await openBrowser();
    const { page } = browser;
    await signIn(h, page, ALICE);
    const exportAs = async (partner: string, format: string) => {
      await page.goto(`${dashboardOf(h).url()}/export`);
      await page.selectOption("select[name=partner]", partner);
      await page.selectOption("select[name=format]", format);
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export button")]);
      return readFileSync((await download.path()) ?? "", "utf8");
    };
    const json = JSON.parse(await exportAs("ngo", "json")) as { rows: Array<Record<string, string>> };
    expect(json.rows).toHaveLength(2);
    const [a, b] = [json.rows.find((r) => r.compound === "Otres Beach compound"), json.rows.find((r) => r.nationality === "Philippines")];
    expect(a?.notes).toBe(""); // no consent to share their words
    expect(b?.notes).toBe("WORDS-OF-B");
    const text = JSON.stringify(json);
    for (const hidden of ["EXPO-", "WORDS-OF-A", "10.575", "Vietnam"]) expect(text).not.toContain(hidden);
    const csv = await exportAs("embassy", "csv");
    expect(csv.trim().split("\r\n")).toHaveLength(1); // the header: nobody consented to an embassy
    const audit = await h.redis.xrange(h.keys.auditStream, "-", "+");
    const exports = audit.map(([, f]) => f).filter((f) => f[f.indexOf("action") + 1] === "export");
    expect(exports.map((f) => [f[f.indexOf("reason") + 1], f[f.indexOf("count") + 1], f[f.indexOf("actor") + 1]])).toEqual([
      ["ngo_json", "2", actorOf(h, ALICE)],
      ["embassy_csv", "0", actorOf(h, ALICE)],
    ]);
    expect(browser.outside).toEqual([]);
  });
});
