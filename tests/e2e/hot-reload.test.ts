import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { validateProject } from "../../src/flow/validate.js";
import { startHarness, randomUserId, type Harness } from "../helpers/harness.js";

/**
 * `npm run dev` (app.watchFlows): saving a flow or locale file changes what the
 * NEXT conversation gets, without a restart; a broken save is reported and
 * changes nothing.
 */

const repo = join(import.meta.dirname, "../..");
type Person = ReturnType<Harness["person"]>;

function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(find)}`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

function stepOnScreen(person: Person): string {
  const data = person.lastQuestion()?.reply_markup?.inline_keyboard.flat().find((b) => "callback_data" in b);
  const node = data && "callback_data" in data ? data.callback_data.split(":")[1] : undefined;
  if (!node) throw new Error(`no question on screen; last message: ${person.lastText().slice(0, 80)}`);
  return node;
}

const answers: Record<string, (p: Person) => Promise<void>> = {
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

/** Answers until `stop` is on screen, or until the summary is sent; returns the steps seen with each question's text. */
async function answerUntil(person: Person, stop?: string): Promise<{ node: string; text: string }[]> {
  const seen: { node: string; text: string }[] = [];
  for (let i = 0; i < 40; i++) {
    const node = stepOnScreen(person);
    seen.push({ node, text: person.lastQuestion()?.text ?? "" });
    if (node === stop) return seen;
    const answer = answers[node];
    if (!answer) throw new Error(`the test has no answer for step "${node}"`);
    await answer(person);
    if (node === "summary") return seen;
  }
  throw new Error(`no end after 40 questions: ${seen.map((s) => s.node).join(" → ")}`);
}

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
  const entries = await h.redis.xrange(h.keys.casesStream, "-", "+");
  const ids = entries.flatMap(([, f]) => (f.includes("created") ? [f[f.indexOf("caseId") + 1]!] : []));
  const caseId = ids.find((id) => person.lastText().includes(id));
  return caseId ? (await h.app.cases.get(caseId))?.card.flow.hash : undefined;
}

describe("hot reload of flows and locales (npm run dev)", () => {
  it("serves a valid edit to new conversations at once, and keeps the last good version when an edit is broken", async () => {
    const dir = mkdtempSync(join(tmpdir(), "beacon-hot-"));
    dirs.push(dir);
    const flowsDir = join(dir, "flows");
    const localesDir = join(dir, "locales");
    cpSync(join(repo, "flows"), flowsDir, { recursive: true });
    cpSync(join(repo, "locales"), localesDir, { recursive: true });
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
    const inFlightSeen = await answerUntil(inFlight, "situation");

    // ── a valid edit: a new question between `situation` and `passport` ──
    let flow = readFileSync(flowPath, "utf8");
    flow = replaceOnce(flow, "    next: passport\n", "    next: work\n");
    flow = replaceOnce(
      flow,
      "  passport:\n",
      "  work:\n    type: choice\n    ask: q-work\n    options:\n      - { id: scam, label: opt-work-scam }\n      - { id: prefer_not, label: opt-prefer-not }\n    next: passport\n\n  passport:\n",
    );
    for (const name of readdirSync(localesDir)) {
      const path = join(localesDir, name);
      writeFileSync(path, `${readFileSync(path, "utf8")}\nq-work = What work did they make you do?\nopt-work-scam = Scamming people online\n`);
    }
    writeFileSync(flowPath, flow);
    const secondHash = await hashNow();
    expect(secondHash).toBeDefined();
    expect(secondHash).not.toBe(firstHash);
    await until("the valid edit to go live", () => logged(h, "flows reloaded").some((r) => r.flow === secondHash));

    const newcomer = h.person({ id: randomUserId() });
    await newcomer.send("/start");
    const newcomerSeen = await answerUntil(newcomer);
    const atWork = newcomerSeen.find((s) => s.node === "work");
    expect(atWork?.text).toContain("What work did they make you do?");
    expect(await caseHash(h, newcomer)).toBe(secondHash);

    // The one already under way finishes on the version it began with.
    inFlightSeen.push(...(await answerUntil(inFlight)).slice(1));
    expect(inFlightSeen.map((s) => s.node)).not.toContain("work");
    expect(await caseHash(h, inFlight)).toBe(firstHash);

    // ── a broken edit: `work` now leads to a step that does not exist ──
    const invalidBefore = logged(h, "flow edit is invalid; the last good version stays live").length;
    errors.length = 0;
    writeFileSync(flowPath, replaceOnce(flow, "    next: passport\n", "    next: pasport\n"));
    await until("the broken edit to be reported", () => logged(h, "flow edit is invalid; the last good version stays live").length > invalidBefore);
    // The maintainer sees the same line flows:check prints, at the step to fix.
    expect(errors.join("\n")).toMatch(/triage\.yaml:\d+:\d+ {2}step "pasport" does not exist {2}\(did you mean "passport"\?\)/);

    const afterBroken = h.person({ id: randomUserId() });
    await afterBroken.send("/start");
    const afterBrokenSeen = await answerUntil(afterBroken);
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
    const afterFixSeen = await answerUntil(afterFix, "work");
    expect(afterFixSeen.at(-1)?.text).toContain("What work do they make you do there?");
  }, 90_000);
});
