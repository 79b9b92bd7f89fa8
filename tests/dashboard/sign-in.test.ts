import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { browserSkipReason } from "../helpers/browser.js";
import { actorOf, dashboardOf, dashboardOptions, offlineBrowserPerTest, signIn } from "../helpers/dashboard.js";
import { COORDINATORS, harnessPerTest } from "../helpers/harness.js";
import { REDEEM_LIMIT_PER_MINUTE } from "../../src/dashboard/sign-in-routes.js";

const [ALICE] = COORDINATORS as [number, number];
const skip = browserSkipReason();
const start = harnessPerTest();
const openBrowser = offlineBrowserPerTest();

describe.skipIf(skip !== undefined)("dashboard sign-in", () => {
  it("signs in through a one-time link, with a strict session cookie and CSP", async () => {
    const h = await start(dashboardOptions());
    const browser = await openBrowser();
    const { page, context } = browser;
    const response = await page.goto(`${dashboardOf(h).url()}/queue`);
    expect(page.url()).toMatch(/\/signed-out$/); // a page without a session is redirected
    expect(response?.status()).toBe(200);

    await signIn(h, page, ALICE);
    const cookie = (await context.cookies()).find((c) => c.name === "beacon_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", secure: true });
    expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(7.9 * 3600_000);
    const queue = await page.goto(`${dashboardOf(h).url()}/queue`);
    const csp = queue?.headers()["content-security-policy"] ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(queue?.headers()["cache-control"]).toBe("no-store");
    expect(await page.locator("h1").textContent()).toBe("Queue");
    expect(browser.outside).toEqual([]);
  });

  it("refuses a used link and an expired one", async () => {
    const h = await start(dashboardOptions());
    const browser = await openBrowser();
    const { page } = browser;
    const used = await signIn(h, page, ALICE);
    await page.context().clearCookies();
    await page.goto(used);
    await page.click("#signin");
    await page.waitForSelector("#refused");

    const link = await dashboardOf(h).issueLink({ actor: actorOf(h, ALICE) });
    const token = new URL(link).searchParams.get("t") ?? "";
    // Ten minutes later, as Redis sees it: the key's TTL runs out.
    await h.redis.pexpire(h.keys.dashboardLink(createHash("sha256").update(token).digest("hex")), 1);
    await new Promise((r) => setTimeout(r, 20));
    await page.goto(link);
    await page.click("#signin");
    await page.waitForSelector("#refused");
    expect(page.url()).toMatch(/\/signin$/);
    expect((await page.context().cookies()).some((c) => c.name === "beacon_session")).toBe(false);
  });

  it("limits link redemptions per client", async () => {
    const h = await start(dashboardOptions());
    const statuses: number[] = [];
    for (let i = 0; i <= REDEEM_LIMIT_PER_MINUTE; i++) {
      statuses.push((await fetch(`${dashboardOf(h).url()}/signin`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "t=guess" })).status);
    }
    expect(statuses.slice(0, REDEEM_LIMIT_PER_MINUTE).every((s) => s === 403)).toBe(true); // no CSRF secret: refused, but counted
    expect(statuses.at(-1)).toBe(429);
  });

  it("refuses a form without its CSRF token", async () => {
    const h = await start(dashboardOptions());
    const browser = await openBrowser();
    const { page } = browser;
    await signIn(h, page, ALICE);
    const status = await page.evaluate(async () => {
      const response = await fetch("/signout", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "" });
      return response.status;
    });
    expect(status).toBe(403);
    // Still signed in: the forged sign-out did nothing.
    await page.goto(`${dashboardOf(h).url()}/queue`);
    expect(page.url()).toMatch(/\/queue$/);
  });
});
