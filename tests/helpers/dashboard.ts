import { afterEach } from "vitest";
import type { Page } from "playwright-core";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { launchBrowser, type TestBrowser } from "./browser.js";
import type { Harness, HarnessOptions } from "./harness.js";

/** The harness env that serves the dashboard on a free port of 127.0.0.1. */
export const DASHBOARD_ENV = { DASHBOARD: "on", DASHBOARD_PORT: "0" } as const;

export function dashboardOptions(options: HarnessOptions = {}): HarnessOptions {
  return { ...options, env: { ...DASHBOARD_ENV, ...options.env } };
}

/** A browser that may reach 127.0.0.1 only: anything else is aborted and remembered, so a test can assert none happened. */
/**
 * An offline browser opened by each test that asks for it (`open()`), closed
 * after that test whatever happened.
 */
export function offlineBrowserPerTest(): () => Promise<Awaited<ReturnType<typeof offlineBrowser>>> {
  let browser: Awaited<ReturnType<typeof offlineBrowser>> | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });
  return async () => (browser = await offlineBrowser());
}

export async function offlineBrowser(): Promise<TestBrowser & { outside: string[] }> {
  const browser = await launchBrowser({ width: 1280, height: 860 });
  const outside: string[] = [];
  await browser.context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "data:") return route.continue();
    outside.push(url.href);
    return route.abort("blockedbyclient");
  });
  return { ...browser, outside };
}

export function actorOf(h: Harness, userId: number): string {
  return createPseudonymizer(h.config.pseudonymSecret ?? "")("user", userId);
}

export function dashboardOf(h: Harness) {
  const dashboard = h.app.dashboard;
  if (!dashboard) throw new Error("the harness was started without the dashboard (use dashboardOptions())");
  return dashboard;
}

/** Signs a coordinator in through a fresh one-time link, as a coordinator would: open it, press the button. */
export async function signIn(h: Harness, page: Page, userId: number, name = `Coordinator ${userId}`): Promise<string> {
  const link = await dashboardOf(h).issueLink({ actor: actorOf(h, userId), name });
  await page.goto(link);
  await Promise.all([page.waitForURL(/\/queue$/), page.click("#signin")]);
  return link;
}
