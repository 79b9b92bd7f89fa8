import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sandboxConfig } from "../helpers/sandbox-config.js";
import { createLogger } from "../../src/logger.js";
import { startSandbox, type Sandbox } from "../../src/sandbox/start.js";
import { browserSkipReason, launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { testRedis } from "../helpers/redis.js";

/**
 * docs/person.md walks through the person's side with screenshots of the
 * sandbox page, taken here as a person clicks through it. Like
 * docs/sandbox.png, they are written to docs/ only with UPDATE_SCREENSHOT=1,
 * so ordinary runs leave the work tree clean; the guide must show each one.
 */
const SHOTS = ["person-1-first-question.png", "person-2-core-question.png", "person-3-check.png", "person-4-details.png", "person-5-after-filing.png"];
const shotPath = (name: string) => (process.env.UPDATE_SCREENSHOT ? join("docs", name) : join(tmpdir(), `beacon-${name}`));
const guide = readFileSync(join(import.meta.dirname, "../../docs/person.md"), "utf8");

const skipReason = browserSkipReason();

describe("docs/person.md", () => {
  it("shows every screenshot this test takes, and each is in docs/", () => {
    for (const name of SHOTS) {
      expect(guide).toContain(`](${name})`);
      expect(existsSync(join("docs", name)), name).toBe(true);
    }
  });
});

describe.skipIf(skipReason !== undefined)("the person's side, as docs/person.md shows it", () => {
  let sandbox: Sandbox;
  let browser: TestBrowser;
  let closeRedis: () => Promise<void>;

  beforeAll(async () => {
    const handle = testRedis();
    closeRedis = handle.close;
    const config = sandboxConfig({
      LOG_LEVEL: "warn",
      RATE_LIMIT_PER_SECOND: "50",
      RATE_LIMIT_BURST: "50",
    });
    const logger = createLogger({ level: config.logLevel, destination: new Writable({ write: (_c, _e, done) => done() }) });
    sandbox = await startSandbox({ config, logger, redis: handle.redis, port: 0, namespace: handle.namespace });
    browser = await launchBrowser({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
    await closeRedis?.();
  });

  it("a person's triage, filed after the core facts, leaving one neutral line", { timeout: 120_000 }, async () => {
    const { page } = browser;
    await page.goto(sandbox.url);
    const person = page.getByRole("region", { name: "Person" });
    await page.locator("#live[data-state=live]").waitFor();
    const shot = async (name: string) => {
      await page.waitForTimeout(300);
      await person.screenshot({ path: shotPath(name) });
    };

    await person.getByRole("button", { name: "Start", exact: true }).click();
    await question(person, "Is it OK for you to write").waitFor();
    await shot(SHOTS[0]!);
    await answer(person, "Is it OK for you to write", "Yes, I can write now");
    await toggleThenDone(person, "Is any of this true for you right now?", "None of these");
    await answer(person, "Can you send your location?", "Skip");
    await answer(person, "Which country are you in now?", "Cambodia");
    await answer(person, "Which province or city?", "Preah Sihanouk (Sihanoukville)");
    await question(person, "Do you know the name of the compound").getByRole("button").first().click();
    await question(person, "Where is your passport?").waitFor();
    await shot(SHOTS[1]!);
    await answer(person, "Where is your passport?", "The company or a boss took it");
    await answer(person, "Can you leave the place if you want to?", "No, there are guards");
    await answer(person, "When is it safe for us to write to you?", "Only after I write first");
    await answer(person, "Who may we share your answers with?", "Only a help group (NGO)");
    await question(person, "Please check your answers.").waitFor();
    await shot(SHOTS[2]!);
    await answer(person, "Please check your answers.", "Yes, send it");
    await question(person, "Which of these is true for you now?").waitFor();
    await shot(SHOTS[3]!);
    await answer(person, "Which of these is true for you now?", "I am inside the compound");
    await answer(person, "What can you see around you?", "Skip");
    await answer(person, "Are you under 18 years old?", "No, I am 18 or older");
    await toggleThenDone(person, "Has any of this happened to you there?", "None of these");
    await answer(person, "Do they want money before you can leave?", "No");
    await answer(person, "Whose phone is this?", "My own phone");
    await answer(person, "What is your nationality?", "I prefer not to say");
    await answer(person, "How many other people are with you", "I don't know");
    await answer(person, "Is there anything else you want us to know?", "Skip");
    await question(person, "Thank you, all received.").waitFor();
    // Discreet mode: the closing line is all that is left of the conversation.
    await expect.poll(() => person.locator(".msg").count(), { timeout: 10_000 }).toBe(1);
    await shot(SHOTS[4]!);
  });
});

function question(pane: Locator, text: string): Locator {
  return pane.locator(".msg.bot").filter({ hasText: text }).last();
}

async function answer(pane: Locator, questionText: string, button: string): Promise<void> {
  await question(pane, questionText).getByRole("button", { name: button, exact: true }).click();
}

async function toggleThenDone(pane: Locator, questionText: string, option: string): Promise<void> {
  const message = question(pane, questionText);
  await message.getByRole("button", { name: option, exact: true }).click();
  await message.getByRole("button", { name: new RegExp(`✓.*${option}|${option}.*✓`) }).waitFor();
  await message.getByRole("button", { name: "Done", exact: true }).click();
}

export type { Page };
