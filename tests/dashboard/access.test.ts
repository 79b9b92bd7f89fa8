import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { browserSkipReason } from "../helpers/browser.js";
import { dashboardOf, dashboardOptions, offlineBrowserPerTest, signIn } from "../helpers/dashboard.js";
import { COORDINATORS, harnessPerTest, startHarness } from "../helpers/harness.js";

const [ALICE, BOB] = COORDINATORS as [number, number];
const OUTSIDER = 6_666;
const repo = join(import.meta.dirname, "../..");
const skip = browserSkipReason();
const start = harnessPerTest();
const openBrowser = offlineBrowserPerTest();

describe("dashboard sign-in link by bot command and CLI", () => {
  it("answers /dashboard from an allowlisted coordinator privately, with a link that works once; ignores anyone else", async () => {
    const h = await start(dashboardOptions());
    h.emulator.registerChat({ id: ALICE, type: "private", first_name: "Alice" });
    await h.coordinator(ALICE, "Alice").send("/dashboard");
    const dm = h.emulator.messages(ALICE).filter((m) => m.from.is_bot).at(-1);
    const link = /http:\/\/127\.0\.0\.1:\d+\/signin\?t=[\w-]{43}/.exec(dm?.text ?? "")?.[0] ?? "";
    expect(link.startsWith(dashboardOf(h).url())).toBe(true);
    expect(dm?.text).toContain("valid 10 min");
    const group = h.deskMessages().filter((m) => m.from.is_bot);
    expect(group.at(-1)?.text).toContain("sent to you privately");
    expect(group.some((m) => (m.text ?? "").includes("/signin?t="))).toBe(false);

    h.emulator.registerChat({ id: OUTSIDER, type: "private", first_name: "Eve" });
    await h.coordinator(OUTSIDER, "Eve").send("/dashboard");
    expect(h.emulator.messages(OUTSIDER).some((m) => m.from.is_bot && (m.text ?? "").includes("/signin"))).toBe(false);
    expect(h.deskMessages().filter((m) => m.from.is_bot)).toHaveLength(group.length);
  });

  it("prints a link with `npm run cli -- dashboard link` for an allowlisted id only", async () => {
    const h = await start(dashboardOptions());
    const dir = mkdtempSync(join(tmpdir(), "beacon-cli-dash-"));
    const env = {
      ...process.env,
      NODE_ENV: "test",
      REDIS_URL: new URL(`redis://${h.redis.options.host}:${h.redis.options.port}`).href,
      BEACON_DATA_KEYS: h.config.dataKeys.map((k) => `${k.id}:${k.key.toString("base64")}`).join(","),
      PSEUDONYM_SECRET: h.config.pseudonymSecret,
      COORDINATOR_IDS: COORDINATORS.join(","),
      DASHBOARD_URL: dashboardOf(h).url(),
    };
    const run = (id: number) =>
      spawnSync(join(repo, "node_modules/.bin/tsx"), [join(repo, "src/cli/main.ts"), "dashboard", "link", "--coordinator", String(id), "--namespace", h.namespace], { cwd: dir, env, encoding: "utf8" });
    try {
      const refused = run(OUTSIDER);
      expect(refused.status).toBe(2);
      expect(refused.stdout).toBe("");
      const ok = run(ALICE);
      expect(ok.status).toBe(0);
      const link = ok.stdout.trim();
      expect(link).toMatch(/\/signin\?t=[\w-]{43}$/);
      // The link opens a session for that coordinator.
      const form = await fetch(link);
      const cookie = form.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? "";
      const redeemed = await fetch(`${dashboardOf(h).url()}/signin`, {
        method: "POST",
        redirect: "manual",
        headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ _csrf: csrf, t: new URL(link).searchParams.get("t") ?? "" }),
      });
      expect(redeemed.status).toBe(303);
      expect(redeemed.headers.get("location")).toBe("/queue");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(skip !== undefined)("dashboard allowlist", () => {
  it("refuses a signed-in coordinator at the next request once they are off COORDINATOR_IDS", async () => {
    const h = await start(dashboardOptions());
    const browser = await openBrowser();
    const { page } = browser;
    await signIn(h, page, BOB);
    // The same Redis after a restart with Bob taken off the allowlist.
    const after = await startHarness(dashboardOptions({ namespace: h.namespace, env: { COORDINATOR_IDS: String(ALICE) } }));
    try {
      await page.goto(`${dashboardOf(after).url()}/queue`);
      expect(page.url()).toMatch(/\/signed-out$/);
      // A fetch from the page is refused too (sent to the signed-out page), and so is a form.
      expect(await page.evaluate(async () => (await fetch("/queue/rows")).url)).toMatch(/\/signed-out$/);
      expect(await page.evaluate(async () => (await fetch("/export", { method: "POST" })).status)).toBe(401);
    } finally {
      await after.stop();
    }
  });
});
