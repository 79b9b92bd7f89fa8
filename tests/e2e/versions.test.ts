import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validateProject } from "../../src/flow/validate.js";
import { startHarness, randomUserId, type Harness } from "../helpers/harness.js";

/**
 * "Edits and restarts never break an in-flight triage" (docs/architecture.md,
 * Versions): people part-way through finish on the version they began with,
 * even when the process that serves them never read that version from disk.
 */

const repo = join(import.meta.dirname, "../..");
type Person = ReturnType<Harness["person"]>;

const NEW_QUESTION = "What work did they make you do?";

/** A copy of flows/ and locales/ the test may edit. */
function project(): { dir: string; flowsDir: string; localesDir: string } {
  const dir = mkdtempSync(join(tmpdir(), "beacon-versions-"));
  cpSync(join(repo, "flows"), join(dir, "flows"), { recursive: true });
  cpSync(join(repo, "locales"), join(dir, "locales"), { recursive: true });
  return { dir, flowsDir: join(dir, "flows"), localesDir: join(dir, "locales") };
}

function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(find)} in the flow`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** The edit under test: a new question `work` between `situation` and `passport`, with its texts in every language. */
function addWorkQuestion(flowsDir: string, localesDir: string): void {
  const path = join(flowsDir, "triage.yaml");
  let flow = readFileSync(path, "utf8");
  flow = replaceOnce(flow, "    next: passport\n", "    next: work\n");
  flow = replaceOnce(
    flow,
    "  passport:\n",
    [
      "  work:",
      "    type: choice",
      "    ask: q-work",
      "    options:",
      "      - { id: scam, label: opt-work-scam }",
      "      - { id: other_work, label: opt-work-other }",
      "      - { id: prefer_not, label: opt-prefer-not }",
      "    next: passport",
      "",
      "  passport:",
      "",
    ].join("\n"),
  );
  for (const name of readdirSync(localesDir).filter((n) => n.endsWith(".ftl"))) {
    const file = join(localesDir, name);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nq-work = ${NEW_QUESTION}\nopt-work-scam = Scamming people online\nopt-work-other = Other work\n`);
  }
  writeFileSync(path, flow);
}

async function hashOf(flowsDir: string, localesDir: string): Promise<string> {
  const check = await validateProject({ flowsDir, localesDir });
  expect(check.problems).toEqual([]);
  return check.bundles[0]!.hash;
}

/** The step a person is on, read from the button data of the question on screen (`f:<step>:<option>` etc.). */
function stepOnScreen(person: Person): string {
  const data = person.lastQuestion()?.reply_markup?.inline_keyboard.flat().find((b) => "callback_data" in b);
  const node = data && "callback_data" in data ? data.callback_data.split(":")[1] : undefined;
  if (!node) throw new Error(`no question on screen; last message: ${person.lastText().slice(0, 80)}`);
  return node;
}

/** One answer per step, for whichever version of the flow the person is on. */
const answers: Record<string, (p: Person) => Promise<void>> = {
  safe_now: (p) => p.tap("yes"),
  danger: async (p) => {
    await p.tap("none");
    await p.tap("_done");
  },
  country: (p) => p.tap("kh"),
  province: (p) => p.tap("kh_preah_sihanouk"),
  compound: (p) => p.tap("otres"),
  location: (p) => p.tap("skip"),
  surroundings: async (p) => {
    await p.send("A tall building with a blue roof");
  },
  situation: (p) => p.tap("inside"),
  work: (p) => p.tap("scam"),
  passport: (p) => p.tap("taken"),
  phone: (p) => p.tap("own"),
  restraint: (p) => p.tap("guarded"),
  violence: async (p) => {
    await p.tap("none");
    await p.tap("_done");
  },
  money: (p) => p.tap("no"),
  nationality: (p) => p.tap("ph"),
  minor: (p) => p.tap("no"),
  others: (p) => p.tap("dont_know"),
  contact: (p) => p.tap("i_write_first"),
  consent: (p) => p.tap("ngo_only"),
  notes: (p) => p.tap("skip"),
  summary: (p) => p.tap("ok"),
};

/**
 * Answers question after question until `stop` is on screen (not answered) or,
 * without `stop`, until the summary is sent. Returns the steps seen.
 */
async function answerUntil(person: Person, stop?: string): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const node = stepOnScreen(person);
    seen.push(node);
    if (node === stop) return seen;
    const answer = answers[node];
    if (!answer) throw new Error(`the test has no answer for step "${node}"`);
    await answer(person);
    if (node === "summary") return seen;
  }
  throw new Error(`no end after 40 questions: ${seen.join(" → ")}`);
}

let harness: Harness | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("flow versions across an edit and a restart", () => {
  it("finishes every in-flight triage on its old version, starts new ones on the new one, and drops nothing", async () => {
    const { dir, flowsDir, localesDir } = project();
    dirs.push(dir);
    const env = { FLOWS_DIR: flowsDir, LOCALES_DIR: localesDir };
    const oldHash = await hashOf(flowsDir, localesDir);
    const oldSource = readFileSync(join(flowsDir, "triage.yaml"), "utf8");

    harness = await startHarness({ env });
    const { namespace, emulator } = harness;
    // Three people stopped at different points: before, at, and past the place the new question goes.
    const ids = { early: randomUserId(), atSituation: randomUserId(), past: randomUserId(), newcomer: randomUserId() };
    const before: Record<string, string[]> = {};
    for (const [who, stop] of [["early", "danger"], ["atSituation", "situation"], ["past", "restraint"]] as const) {
      const p = harness.person({ id: ids[who] });
      await p.send("/start");
      before[who] = await answerUntil(p, stop);
    }
    await harness.stop({ keepEmulator: true });

    addWorkQuestion(flowsDir, localesDir);
    const newHash = await hashOf(flowsDir, localesDir);
    expect(newHash).not.toBe(oldHash);

    // A new process on the same Redis: it reads only the new flow from disk.
    harness = await startHarness({ env, namespace, emulator });
    const h = harness;
    const stored = await h.redis.get(h.keys.flowVersion(oldHash));
    expect(stored, "the old version's sources are kept in Redis while conversations use it").not.toBeNull();
    expect(JSON.parse(stored!).sources.flow).toBe(oldSource);
    expect(await h.redis.ttl(h.keys.flowVersion(oldHash))).toBeGreaterThan(0);
    expect(await h.redis.exists(h.keys.flowVersion(newHash))).toBe(1);

    const person = (id: number) => h.person({ id });
    const newcomer = person(ids.newcomer);
    await newcomer.send("/start");
    const newcomerSeen = await answerUntil(newcomer, "country");
    // Interleaved with the newcomer, the three old conversations finish.
    const after: Record<string, string[]> = {};
    after.atSituation = await answerUntil(person(ids.atSituation));
    after.early = await answerUntil(person(ids.early));
    newcomerSeen.push(...(await answerUntil(newcomer)).slice(1));
    after.past = await answerUntil(person(ids.past));

    for (const who of ["early", "atSituation", "past"] as const) {
      const seen = [...before[who]!, ...after[who]!.slice(1)];
      expect(seen, who).not.toContain("work");
      expect(seen.at(-1), who).toBe("summary");
      expect(
        emulator.messages(ids[who]).some((m) => m.text?.includes(NEW_QUESTION)),
        `${who} never sees the new question`,
      ).toBe(false);
    }
    expect(after.atSituation!.slice(0, 2)).toEqual(["situation", "passport"]);
    expect(newcomerSeen).toContain("work");
    expect(newcomerSeen.slice(newcomerSeen.indexOf("situation"), newcomerSeen.indexOf("situation") + 3)).toEqual(["situation", "work", "passport"]);

    // Nothing dropped: four cases, each on the version its conversation began with.
    const created = (await h.redis.xrange(h.keys.casesStream, "-", "+")).filter(([, f]) => f[f.indexOf("event") + 1] === "created");
    expect(created).toHaveLength(4);
    const caseIds = created.map(([, f]) => f[f.indexOf("caseId") + 1]!);
    for (const [who, id] of Object.entries(ids)) {
      const text = emulator.messages(id).filter((m) => m.from.is_bot).at(-1)?.text ?? "";
      const caseId = caseIds.find((c) => text.includes(c));
      expect(caseId, `${who} was told a case reference`).toBeDefined();
      const record = await h.app.cases.get(caseId!);
      const card = record!.card;
      const onNew = who === "newcomer";
      expect(card.flow.hash, who).toBe(onNew ? newHash : oldHash);
      expect(card.answers.find((a) => a.node === "work")?.answer, who).toEqual(onNew ? { kind: "choice", option: "scam" } : undefined);
      expect(card.answers.find((a) => a.field === "passport")?.answer, who).toEqual({ kind: "choice", option: "taken" });
    }
  }, 90_000);

  it("starts over, rather than going silent, when a conversation's version is gone from Redis", async () => {
    const { dir, flowsDir, localesDir } = project();
    dirs.push(dir);
    const env = { FLOWS_DIR: flowsDir, LOCALES_DIR: localesDir };
    const oldHash = await hashOf(flowsDir, localesDir);
    harness = await startHarness({ env });
    const { namespace, emulator } = harness;
    const id = randomUserId();
    const p = harness.person({ id });
    await p.send("/start");
    await answerUntil(p, "situation");
    await harness.stop({ keepEmulator: true });

    addWorkQuestion(flowsDir, localesDir);
    const newHash = await hashOf(flowsDir, localesDir);
    harness = await startHarness({ env, namespace, emulator });
    // As after a Redis flush or eviction: the old version exists nowhere any more.
    await harness.redis.del(harness.keys.flowVersion(oldHash));
    const again = harness.person({ id });
    await again.tap("inside");
    expect(stepOnScreen(again)).toBe("safe_now");
    expect(harness.logs.some((l) => l.includes("flow version gone; starting over"))).toBe(true);
    const seen = await answerUntil(again);
    expect(seen).toContain("work");
    const [created] = (await harness.redis.xrange(harness.keys.casesStream, "-", "+")).filter(([, f]) => f.includes("created"));
    const caseId = created![1][created![1].indexOf("caseId") + 1]!;
    expect((await harness.app.cases.get(caseId))?.card.flow.hash).toBe(newHash);
  }, 60_000);
});
