import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validateProject } from "../../src/flow/validate.js";
import { addWorkQuestion, answerUntil, copyProject, replaceOnce, type Answers, type Person } from "../helpers/flow-edits.js";
import { startHarness, randomUserId, type Harness } from "../helpers/harness.js";
import { caseIdOfUser } from "../helpers/cases.js";

/**
 * `npm run dev` (app.watchFlows): saving a flow or locale file changes what the
 * NEXT conversation gets, without a restart; a broken save is reported and
 * changes nothing.
 */

/** One answer per step, for whichever version of the flow the person is on. */
const answers: Answers = {
  safe_now: (p) => p.tap("yes"),
  danger: async (p) => {
    await p.tap("none");
    await p.tap("_done");
  },
  country: (p) => p.tap("other"),
  location: (p) => p.tap("skip"),
  surroundings: (p) => p.tap("skip"),
  situation: (p) => p.tap("escaped"),
  work: (p) => p.tap("scam"),
  passport: (p) => p.tap("with_me"),
  phone: (p) => p.tap("own"),
  restraint: (p) => p.tap("free"),
  violence: async (p) => {
    await p.tap("none");
    await p.tap("_done");
  },
  money: (p) => p.tap("no"),
  nationality: (p) => p.tap("prefer_not"),
  minor: (p) => p.tap("no"),
  others: (p) => p.tap("dont_know"),
  contact: (p) => p.tap("i_write_first"),
  consent: (p) => p.tap("hotline_only"),
  notes: (p) => p.tap("skip"),
  summary: (p) => p.tap("ok"),
};

async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Log records (pino JSON lines) with a given message. */
function logged(h: Harness, msg: string): Record<string, unknown>[] {
  return h.logs.flatMap((line) => {
    try {
      const record: unknown = JSON.parse(line);
      return record && typeof record === "object" && Reflect.get(record, "msg") === msg ? [{ ...record }] : [];
    } catch {
      return [];
    }
  });
}

let harness: Harness | undefined;
let unwatch: (() => Promise<void>) | undefined;
const dirs: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await unwatch?.();
  unwatch = undefined;
  await harness?.stop();
  harness = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function caseHash(h: Harness, person: Person): Promise<string | undefined> {
  const caseId = await caseIdOfUser(h, person.from.id);
  return caseId ? (await h.app.cases.get(caseId))?.card.flow.hash : undefined;
}

describe("hot reload of flows and locales (npm run dev)", () => {
  it("serves a valid edit to new conversations at once, and keeps the last good version when an edit is broken", async () => {
    const { dir, flowsDir, localesDir } = copyProject("beacon-hot-");
    dirs.push(dir);
    const flowPath = join(flowsDir, "triage.yaml");
    const hashNow = async () => (await validateProject({ flowsDir, localesDir })).bundles[0]?.hash;
    const firstHash = await hashNow();

    harness = await startHarness({ env: { FLOWS_DIR: flowsDir, LOCALES_DIR: localesDir } });
    const h = harness;
    unwatch = h.app.watchFlows();
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(" "));
    });

    // Someone is mid-triage when the edit lands.
    const inFlight = h.person({ id: randomUserId() });
    await inFlight.send("/start");
    const inFlightSeen = await answerUntil(inFlight, answers, "situation");

    // ── a valid edit: a new question between `situation` and `surroundings` ──
    const flow = addWorkQuestion(flowsDir, localesDir);
    const secondHash = await hashNow();
    expect(secondHash).toBeDefined();
    expect(secondHash).not.toBe(firstHash);
    await until("the valid edit to go live", () => logged(h, "flows reloaded").some((r) => r.flow === secondHash));

    const newcomer = h.person({ id: randomUserId() });
    await newcomer.send("/start");
    const newcomerSeen = await answerUntil(newcomer, answers);
    const atWork = newcomerSeen.find((s) => s.node === "work");
    expect(atWork?.text).toContain("What work did they make you do?");
    expect(await caseHash(h, newcomer)).toBe(secondHash);

    // The one already under way finishes on the version it began with.
    inFlightSeen.push(...(await answerUntil(inFlight, answers)).slice(1));
    expect(inFlightSeen.map((s) => s.node)).not.toContain("work");
    expect(await caseHash(h, inFlight)).toBe(firstHash);

    // ── a broken edit: `work` now leads to a step that does not exist ──
    const invalidBefore = logged(h, "flow edit is invalid; the last good version stays live").length;
    errors.length = 0;
    writeFileSync(flowPath, replaceOnce(flow, "    next: surroundings\n", "    next: surroundngs\n"));
    await until("the broken edit to be reported", () => logged(h, "flow edit is invalid; the last good version stays live").length > invalidBefore);
    // The maintainer sees the same line flows:check prints, at the step to fix.
    expect(errors.join("\n")).toMatch(/triage\.yaml:\d+:\d+ {2}step "surroundngs" does not exist {2}\(did you mean "surroundings"\?\)/);

    const afterBroken = h.person({ id: randomUserId() });
    await afterBroken.send("/start");
    const afterBrokenSeen = await answerUntil(afterBroken, answers);
    expect(afterBrokenSeen.map((s) => s.node)).toContain("work");
    expect(await caseHash(h, afterBroken)).toBe(secondHash);

    // ── fixing it (and rewording the question) goes live again ──
    const reloadsBefore = logged(h, "flows reloaded").length;
    const en = join(localesDir, "en.ftl");
    writeFileSync(en, replaceOnce(readFileSync(en, "utf8"), "q-work = What work did they make you do?", "q-work = What work do they make you do there?"));
    writeFileSync(flowPath, flow);
    await until("the fix to go live", () => logged(h, "flows reloaded").length > reloadsBefore);
    const afterFix = h.person({ id: randomUserId() });
    await afterFix.send("/start");
    const afterFixSeen = await answerUntil(afterFix, answers, "work");
    expect(afterFixSeen.at(-1)?.text).toContain("What work do they make you do there?");
  }, 90_000);
});
