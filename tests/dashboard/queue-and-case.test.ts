import { describe, expect, it } from "vitest";
import { createOutbox } from "../../src/cases/outbox.js";
import { createCipherBox } from "../../src/crypto/box.js";
import { browserSkipReason } from "../helpers/browser.js";
import { createdCaseIds } from "../helpers/cases.js";
import { dashboardOf, dashboardOptions, offlineBrowserPerTest, signIn } from "../helpers/dashboard.js";
import { COORDINATORS, harnessPerTest, randomUserId, type Harness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";
import { buttonData, cardsOf, minimalCard } from "../desk/support.js";

const [ALICE, BOB] = COORDINATORS as [number, number];
const skip = browserSkipReason();
const start = harnessPerTest();
const openBrowser = offlineBrowserPerTest();

const latestCard = (h: Harness, caseId: string) => h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
/** The newest state of one card message. */
const cardText = (h: Harness, messageId: number) => h.deskMessages().find((m) => m.message_id === messageId)?.text ?? "";

describe.skipIf(skip !== undefined)("dashboard queue and case page", () => {
  it("shows a case filed through the bot live, and a claim on the page reaches the Telegram card", async () => {
    const h = await start(dashboardOptions());
    const browser = await openBrowser();
    const { page } = browser;
    await signIn(h, page, ALICE, "Alice");
    await page.waitForFunction(() => document.body.dataset.live === "open");
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));

    await completeTriage(h.person({ id: randomUserId(), first_name: "Sreymom", last_name: "Secretlast", username: "srey_hidden" }));
    const [caseId = ""] = await createdCaseIds(h);
    await page.waitForSelector(`#queue-rows tr[data-case="${caseId}"]`, { timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    const row = (await page.locator(`tr[data-case="${caseId}"]`).textContent()) ?? "";
    expect(row).toContain("Critical");
    expect(row).toContain("Otres Beach compound");
    expect(row).toContain("nobody");
    expect(await page.locator("#queue-total").textContent()).toBe("1");
    await page.screenshot({ path: "docs/dashboard-queue.png", fullPage: true });

    const card = await latestCard(h, caseId);
    await page.click(`a[href="/case/${caseId}"]`);
    await page.waitForSelector("#card");
    const html = await page.content();
    for (const secret of ["Sreymom", "Secretlast", "srey_hidden", "Alice", String(ALICE)]) expect(html).not.toContain(secret);
    expect(await page.locator("#card").textContent()).toContain("Tall blue building near the beach");
    await Promise.all([page.waitForSelector("#notice[data-notice=done]", { timeout: 5000 }), page.click("button[data-action=claim]")]);
    expect(await page.locator("#card").textContent()).toContain("Claimed by you");
    await h.emulator.waitFor(() => (cardText(h, card.message_id).includes("Claimed by Alice") ? true : undefined), 10_000);
    expect(await page.locator("#timeline").textContent()).toMatch(/filed by the person[\s\S]*card posted[\s\S]*claimed \(dashboard\) · you/);
    await page.screenshot({ path: "docs/dashboard-case.png", fullPage: true });
    expect(browser.outside).toEqual([]);
  });

  it("shows a claim made with the card's button on the open case page", async () => {
    const h = await start(dashboardOptions());
    const browser = await openBrowser();
    const { page } = browser;
    const caseId = "DASH-0001";
    h.emulator.registerChat({ id: 555_001, type: "private", first_name: "Hidden" });
    await h.app.cases.create({ caseId, tier: "high", card: minimalCard(caseId), contact: { chatId: 555_001, person: "p-dash", lang: "en", window: { mode: "any" } } });
    const card = await latestCard(h, caseId);
    await signIn(h, page, ALICE);
    await page.goto(`${dashboardOf(h).url()}/case/${caseId}`);
    await page.waitForFunction(() => document.body.dataset.live === "open");
    expect(await page.locator("#card").textContent()).toContain("not claimed");

    await h.coordinator(BOB, "Bob").press(card.message_id, buttonData(card, /Claim/));
    // The page reloads itself when the stream says its case changed.
    await page.waitForFunction(() => document.querySelector("#card")?.textContent?.includes("another coordinator"), undefined, { timeout: 10_000 });
    const text = (await page.locator("#card").textContent()) ?? "";
    expect(text).not.toContain("Bob");
    expect(await page.locator("button[data-action=claim]").count()).toBe(0);
    // Fenced like the buttons: Alice may not resolve Bob's case.
    await page.selectOption("form:has(button[data-action=resolve]) select", "rescued");
    await Promise.all([page.waitForSelector("#notice[data-notice=not_owner]"), page.click("button[data-action=resolve]")]);
    expect((await h.app.cases.get(caseId))?.status).toBe("claimed");

    // Words the team holds for the person: only the coordinator who holds the case reads them.
    const outbox = createOutbox({ redis: h.redis, keys: h.keys, box: createCipherBox(h.config.dataKeys), clock: Date.now });
    await outbox.hold(caseId, "HELD-WORDS for later");
    await page.reload();
    expect(await page.content()).not.toContain("HELD-WORDS");
    expect(await page.locator("main").textContent()).toContain("1 team message(s) held");
    await page.context().clearCookies();
    await signIn(h, page, BOB, "Bob");
    await page.goto(`${dashboardOf(h).url()}/case/${caseId}`);
    expect(await page.locator("#held").textContent()).toContain("HELD-WORDS for later");
  });
});
