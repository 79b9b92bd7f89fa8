import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { sandboxConfig } from "../helpers/sandbox-config.js";
import { createLogger } from "../../src/logger.js";
import { startSandbox, type Sandbox } from "../../src/sandbox/start.js";
import { browserSkipReason, launchBrowser, type TestBrowser } from "../helpers/browser.js";
import { copyProject } from "../helpers/flow-edits.js";
import { testRedis } from "../helpers/redis.js";

const skipReason = browserSkipReason();
const NEW_WELCOME = "Halo. Ini teks baru dari pemeriksa bahasa.";

/**
 * A partner's review, end to end in Chromium: the review page shows the
 * texts with their buttons, a rewrite typed there comes back as a patch,
 * `locales apply` merges it (and refuses a broken one), and the bot then
 * greets a person with the new text.
 */
describe.skipIf(skipReason !== undefined)("review page", () => {
  let sandbox: Sandbox;
  let browser: TestBrowser;
  let closeRedis: () => Promise<void>;
  const project = copyProject("beacon-review-");

  beforeAll(async () => {
    const handle = testRedis();
    closeRedis = handle.close;
    const config = sandboxConfig({
      LOG_LEVEL: "error",
      DASHBOARD: "off",
      FLOWS_DIR: project.flowsDir,
      LOCALES_DIR: project.localesDir,
    });
    const logger = createLogger({ level: "error" });
    sandbox = await startSandbox({ config, logger, redis: handle.redis, port: 0, namespace: handle.namespace, hotReload: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
    await closeRedis?.();
    rmSync(project.dir, { recursive: true, force: true });
  });

  it("offers only locales with a file, each with its review state", async () => {
    const { page } = browser;
    await page.goto(sandbox.url);
    // The menu is filled from /sandbox.json after the page loads.
    await expect.poll(() => page.locator("#lang option").count(), { timeout: 15_000 }).toBe(16);
    const labels = await page.locator("#lang option").allTextContents();
    expect(labels).toHaveLength(16);
    expect(labels).toContain("Bahasa Indonesia (id) · machine-drafted");
    expect(labels).toContain("English (en) · maintainer-written");
    expect(labels.some((l) => /\((uk|ar|bn|ne)\)/.test(l))).toBe(false);
  });

  it("a rewrite typed by a reviewer is merged by locales apply, and the bot then shows it", { timeout: 150_000 }, async () => {
    const { page } = browser;
    await page.goto(sandbox.url);
    await page.getByRole("link", { name: "review a language" }).click();
    await page.getByLabel("Language to review").selectOption("id");
    // Building and drawing a locale's 200-odd bubbles takes more than expect.poll's default second on a loaded machine.
    await expect.poll(() => page.locator("#review-list").getAttribute("data-locale"), { timeout: 15_000 }).toBe("id");
    // Shown as the person sees it: the first step's question with its buttons, in flow order.
    const first = page.locator(".review-step").first();
    await expect.poll(() => first.getAttribute("data-step"), { timeout: 15_000 }).toBe("safe_now");
    expect(await first.locator(".kb-btn").count()).toBeGreaterThan(1);

    await page.getByLabel("Better text for welcome", { exact: true }).fill(NEW_WELCOME);
    await page.getByLabel("Good: q-safe-now", { exact: true }).click();
    await page.getByLabel("Your organisation").fill("Test Partners");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download review" }).click()]);
    const patch = join(project.dir, "id.review.ftl");
    await download.saveAs(patch);
    expect(readFileSync(patch, "utf8")).toContain(`welcome = ${NEW_WELCOME}`);

    const args = [patch, "--locales", project.localesDir, "--flows", project.flowsDir];
    expect(await main(["locales", "apply", ...args])).toBe(0);
    const merged = readFileSync(join(project.localesDir, "id.ftl"), "utf8");
    expect(merged).toContain(`welcome = ${NEW_WELCOME}`);
    // Only part of the file was reviewed, so it stays machine-drafted.
    expect(merged.split("\n")[0]).toBe("# review: machine-drafted");

    // The bot picks the merged file up (hot reload) and greets a new Indonesian person with it.
    await page.goto(sandbox.url);
    await page.getByLabel("Phone language of a new person").selectOption("id");
    const person = page.getByRole("region", { name: "Person" });
    await expect.poll(async () => {
      // A new person each try: one who started before the reload was done is past the welcome.
      await page.locator("#new-person").click().catch(() => undefined);
      await person.getByRole("button", { name: "Start", exact: true }).click().catch(() => undefined);
      return (await person.locator(".chat").innerText()).includes(NEW_WELCOME);
    }, { timeout: 60_000, interval: 2000 }).toBe(true);
  });

  it("refuses a patch flows:check would refuse, printing the problem, and writes nothing", async () => {
    const before = readFileSync(join(project.localesDir, "id.ftl"), "utf8");
    const patch = join(project.dir, "bad.review.ftl");
    writeFileSync(patch, "# beacon-review-patch: id\nbtn-done = Saya sudah memilih semua yang benar untuk saya sekarang\n");
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => (out.push(String(chunk)), true)) as typeof process.stdout.write;
    try {
      expect(await main(["locales", "apply", patch, "--locales", project.localesDir, "--flows", project.flowsDir])).toBe(1);
    } finally {
      process.stdout.write = write;
    }
    expect(out.join("")).toMatch(/locales\/id\.ftl:\d+:1 {2}the button text "btn-done" is \d+ characters long/);
    expect(readFileSync(join(project.localesDir, "id.ftl"), "utf8")).toBe(before);
  });
});
