import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { sandboxConfig } from "../helpers/sandbox-config.js";
import { createLogger } from "../../src/logger.js";
import { startSandbox, type Sandbox } from "../../src/sandbox/start.js";
import { browserSkipReason, launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { testRedis } from "../helpers/redis.js";

const skipReason = browserSkipReason();
if (skipReason) console.warn(skipReason);

// docs/sandbox.png is refreshed on demand, so ordinary runs leave the work tree clean.
const SCREENSHOT = process.env.UPDATE_SCREENSHOT ? "docs/sandbox.png" : join(tmpdir(), "beacon-sandbox.png");

/**
 * The maintainers' path through the sandbox page, clicked like a person would:
 * a triage as the person, then claim and reply as the coordinator.
 */
describe.skipIf(skipReason !== undefined)("sandbox page", () => {
  let sandbox: Sandbox;
  let browser: TestBrowser;
  let closeRedis: () => Promise<void>;
  const logLines: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const handle = testRedis();
    closeRedis = handle.close;
    const config = sandboxConfig({
      LOG_LEVEL: "info",
      DASHBOARD_PORT: "0",
      RATE_LIMIT_PER_SECOND: "50",
      RATE_LIMIT_BURST: "50",
    });
    const sink = new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: config.logLevel, destination: sink });
    sandbox = await startSandbox({ config, logger, redis: handle.redis, port: 0, namespace: handle.namespace });
    browser = await launchBrowser();
    browser.page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
    await closeRedis?.();
  });

  it("serves only on 127.0.0.1 and says how to connect a real bot", async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(sandbox.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(await res.text()).toContain("BOT_TOKEN");
  });

  it("links to the dashboard, signing the sandbox coordinator in with a one-time link", async () => {
    expect(await (await fetch(sandbox.url)).text()).toContain('href="/dashboard"');
    const res = await fetch(`${sandbox.url}dashboard`, { redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${sandbox.app.dashboard?.url()}/signin?t=${new URL(res.headers.get("location") ?? "", sandbox.url).searchParams.get("t")}`);
  });

  it("lets a person finish a triage, and a coordinator claim the card and reply", { timeout: 120_000 }, async () => {
    const { page } = browser;
    onTestFailed(async () => {
      const path = join(tmpdir(), `beacon-sandbox-failure-${Date.now()}.png`);
      await page.screenshot({ path });
      console.error(`sandbox test failed; the page looked like ${path}`);
      // Logs are pseudonymous; warnings and errors usually say which part broke.
      console.error(logLines.filter((line) => /"level":(40|50|60)/.test(line)).join(""));
    });
    await page.goto(sandbox.url);
    const person = page.getByRole("region", { name: "Person" });
    const desk = page.getByRole("region", { name: "Coordinators' group" });
    await page.locator("#live[data-state=live]").waitFor();

    // ── as the person ──
    await person.getByRole("button", { name: "Start", exact: true }).click();
    await answer(person, "Is it OK for you to write", "Yes, I can write now");
    await toggleThenDone(person, "Is any of this true for you right now?", "None of these");

    await question(person, "Can you send your location?").waitFor();
    await person.getByRole("button", { name: "📍 Send location" }).click();
    await person.locator("[data-town=Sihanoukville]").click();
    expect(await person.getByLabel("Latitude, longitude").inputValue()).toBe("10.627, 103.522");
    await person.locator("#send-location").click();
    // Discreet mode deletes the pin with its question at once, so the next question is the proof.

    // Garbage input: a sticker where a button is expected gets a gentle re-ask.
    await question(person, "Where is your passport?").waitFor();
    await person.getByRole("button", { name: "🙂 Sticker" }).click();
    await question(person, "I cannot read this kind of message").waitFor();
    await answer(person, "Where is your passport?", "I don't know");

    await answer(person, "Can you leave the place if you want to?", "I don't know");
    await answer(person, "When is it safe for us to write to you?", "Any time");
    await answer(person, "Who may we share your answers with?", "Nobody else, only you");
    await answer(person, "Please check your answers.", "Yes, send it");

    // Filed; the optional details follow and update the same card.
    await answer(person, "Which of these is true for you now?", "I am inside the compound");
    await question(person, "What can you see around you?").waitFor();
    await say(page, "A casino by the sea, <i>5th floor</i>");
    await answer(person, "Are you under 18 years old?", "I prefer not to say");
    await toggleThenDone(person, "Has any of this happened to you there?", "None of these");
    await answer(person, "Do they want money before you can leave?", "I don't know");
    await answer(person, "Whose phone is this?", "I don't know");
    await answer(person, "What is your nationality?", "I prefer not to say");
    await answer(person, "How many other people are with you", "I don't know");
    await answer(person, "Is there anything else you want us to know?", "Skip");
    await question(person, "Thank you, all received.").waitFor();

    // ── as the coordinator ──
    // The card as the later answers left it (one edit after filing).
    const card = desk.locator(".card").filter({ has: page.getByRole("button", { name: /claim/i }), hasText: "5th floor" }).first();
    await card.waitFor({ timeout: 20_000 });
    // What the person typed is text on the card, never markup (bot escapes, page renders entities only).
    const cardText = await card.innerText();
    expect(cardText).toContain("<i>5th floor</i>");
    expect(await card.locator("i", { hasText: "5th floor" }).count()).toBe(0);

    await card.getByRole("button", { name: /claim/i }).click();
    const claimed = desk.locator(".card").filter({ has: page.getByRole("button", { name: /release/i }) }).first();
    await claimed.waitFor();
    await claimed.getByRole("button", { name: "Reply", exact: true }).click();
    await desk.locator("#replying.active").waitFor();
    const reply = "We have read your answers. Are you safe right now?";
    await desk.getByLabel("Reply as coordinator").fill(reply);
    await desk.getByLabel("Reply as coordinator").press("Enter");

    await desk.locator(".msg.me", { hasText: reply }).waitFor();
    await person.locator(".msg.bot", { hasText: reply }).waitFor({ timeout: 15_000 });

    mkdirSync("docs", { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: SCREENSHOT });
    expect(pageErrors).toEqual([]);
  });

  it("starts a new person in the chosen phone language", async () => {
    const { page } = browser;
    const person = page.getByRole("region", { name: "Person" });
    const before = await person.locator("#person-who").innerText();
    await person.getByLabel("Phone language of a new person").selectOption("zh-hans");
    await person.locator("#start").waitFor();
    expect(await person.locator("#person-who").innerText()).not.toBe(before);
    await person.locator("#start").click();
    // The first question comes in Chinese; the English text must not.
    await person.locator(".msg.bot .kb-btn").first().waitFor();
    expect(await person.locator(".msg.bot", { hasText: "Is it OK for you to write" }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("never logs what the person wrote", () => {
    const logs = logLines.join("");
    expect(logs).not.toContain("casino by the sea");
    expect(logs).not.toContain("Are you safe right now");
  });
});

function question(pane: Locator, text: string): Locator {
  return pane.locator(".msg.bot").filter({ hasText: text }).last();
}

async function answer(pane: Locator, questionText: string, button: string): Promise<void> {
  await question(pane, questionText).getByRole("button", { name: button, exact: true }).click();
}

/** Multi-choice: toggle one option, wait until the bot shows it ticked, then Done. */
async function toggleThenDone(pane: Locator, questionText: string, option: string): Promise<void> {
  const message = question(pane, questionText);
  await message.getByRole("button", { name: option, exact: true }).click();
  await message.getByRole("button", { name: new RegExp(`✓.*${option}|${option}.*✓`) }).waitFor();
  await message.getByRole("button", { name: "Done", exact: true }).click();
}

async function say(page: Page, text: string): Promise<void> {
  const input = page.getByLabel("Message", { exact: true });
  await input.fill(text);
  await input.press("Enter");
}
