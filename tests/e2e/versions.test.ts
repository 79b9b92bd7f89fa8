import { readFileSync, rmSync } from "node:fs";
import { decodeStoredVersion } from "../../src/flow/stored-version.js";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validateProject } from "../../src/flow/validate.js";
import { addWorkQuestion, answerUntil, copyProject, stepOnScreen, STEP_ANSWERS as answers, WORK_QUESTION, type Person } from "../helpers/flow-edits.js";
import { startHarness, randomUserId, type Harness } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { caseIdOfUser } from "../helpers/cases.js";

/**
 * "Edits and restarts never break an in-flight triage" (docs/architecture.md,
 * Versions): people part-way through finish on the version they began with,
 * even when the process that serves them never read that version from disk.
 */

async function hashOf(flowsDir: string, localesDir: string): Promise<string> {
  const check = await validateProject({ flowsDir, localesDir });
  expect(check.problems).toEqual([]);
  return check.bundles[0]!.hash;
}


/** The steps seen on the way to `stop` or the summary (see the shared answerUntil). */
async function stepsUntil(person: Person, stop?: string): Promise<string[]> {
  return (await answerUntil(person, answers, stop)).map((s) => s.node);
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
    const { dir, flowsDir, localesDir } = copyProject("beacon-versions-");
    dirs.push(dir);
    const env = { FLOWS_DIR: flowsDir, LOCALES_DIR: localesDir };
    const oldHash = await hashOf(flowsDir, localesDir);
    const oldSource = readFileSync(join(flowsDir, "triage.yaml"), "utf8");

    harness = await startHarness({ env });
    const { namespace, emulator } = harness;
    // Three people stopped at different points: before, at, and past the place the new question goes.
    const ids = { early: randomUserId(), atSituation: randomUserId(), past: randomUserId(), newcomer: randomUserId() };
    const before: Record<string, string[]> = {};
    for (const [who, stop] of [["early", "danger"], ["atSituation", "situation"], ["past", "violence"]] as const) {
      const p = harness.person({ id: ids[who] });
      await p.send("/start");
      before[who] = await stepsUntil(p, stop);
    }
    await harness.stop({ keepEmulator: true });

    addWorkQuestion(flowsDir, localesDir);
    const newHash = await hashOf(flowsDir, localesDir);
    expect(newHash).not.toBe(oldHash);

    // A new process on the same Redis: it reads only the new flow from disk.
    harness = await startHarness({ env, namespace, emulator });
    const h = harness;
    const stored = await h.redis.getBuffer(h.keys.flowVersion(oldHash));
    expect(stored, "the old version's sources are kept in Redis while conversations use it").not.toBeNull();
    expect(decodeStoredVersion(stored!)?.sources.flow).toBe(oldSource);
    expect(await h.redis.ttl(h.keys.flowVersion(oldHash))).toBeGreaterThan(0);
    expect(await h.redis.exists(h.keys.flowVersion(newHash))).toBe(1);

    const person = (id: number) => h.person({ id });
    const newcomer = person(ids.newcomer);
    await newcomer.send("/start");
    const newcomerSeen = await stepsUntil(newcomer, "country");
    // Interleaved with the newcomer, the three old conversations finish.
    const after: Record<string, string[]> = {};
    after.atSituation = await stepsUntil(person(ids.atSituation));
    after.early = await stepsUntil(person(ids.early));
    newcomerSeen.push(...(await stepsUntil(newcomer)).slice(1));
    after.past = await stepsUntil(person(ids.past));

    for (const who of ["early", "atSituation", "past"] as const) {
      const seen = [...before[who]!, ...after[who]!.slice(1)];
      expect(seen, who).not.toContain("work");
      expect(seen, who).toContain("summary");
      expect(seen.at(-1), who).toBe("notes");
      expect(
        emulator.messages(ids[who]).some((m) => m.text?.includes(WORK_QUESTION)),
        `${who} never sees the new question`,
      ).toBe(false);
    }
    expect(after.atSituation!.slice(0, 2)).toEqual(["situation", "surroundings"]);
    expect(newcomerSeen).toContain("work");
    expect(newcomerSeen.slice(newcomerSeen.indexOf("situation"), newcomerSeen.indexOf("situation") + 3)).toEqual(["situation", "work", "surroundings"]);

    // Nothing dropped: four cases, each on the version its conversation began with.
    const created = (await h.redis.xrange(h.keys.casesStream, "-", "+")).filter(([, f]) => f[f.indexOf("event") + 1] === "created");
    expect(created).toHaveLength(4);
    const caseIds = created.map(([, f]) => f[f.indexOf("caseId") + 1]!);
    for (const [who, id] of Object.entries(ids)) {
      const caseId = await caseIdOfUser(h, id);
      expect(caseIds, `${who} holds one of the filed cases`).toContain(caseId);
      const record = await h.app.cases.get(caseId!);
      const card = record!.card;
      const onNew = who === "newcomer";
      expect(card.flow.hash, who).toBe(onNew ? newHash : oldHash);
      expect(card.answers.find((a) => a.node === "work")?.answer, who).toEqual(onNew ? { kind: "choice", option: "scam" } : undefined);
      expect(card.answers.find((a) => a.field === "passport")?.answer, who).toEqual({ kind: "choice", option: "taken" });
    }
  }, 90_000);

  it("starts over, rather than going silent, when a conversation's version is gone from Redis", async () => {
    const { dir, flowsDir, localesDir } = copyProject("beacon-versions-");
    dirs.push(dir);
    const env = { FLOWS_DIR: flowsDir, LOCALES_DIR: localesDir };
    const oldHash = await hashOf(flowsDir, localesDir);
    harness = await startHarness({ env });
    const { namespace, emulator } = harness;
    const id = randomUserId();
    const p = harness.person({ id });
    await p.send("/start");
    // Stopped before filing: no case yet, so the one filed later is the new version's.
    await stepsUntil(p, "restraint");
    await harness.stop({ keepEmulator: true });

    addWorkQuestion(flowsDir, localesDir);
    const newHash = await hashOf(flowsDir, localesDir);
    harness = await startHarness({ env, namespace, emulator });
    // As after a Redis flush or eviction: the old version exists nowhere any more.
    await harness.redis.del(harness.keys.flowVersion(oldHash));
    const again = harness.person({ id });
    await again.tap("guarded");
    expect(stepOnScreen(again)).toBe("safe_now");
    expect(harness.logs.some((l) => l.includes("flow version gone; starting over"))).toBe(true);
    // Told why, calmly, just before the first question: not a silent jump back.
    const bot = again.botMessages();
    expect(bot.at(-2)?.text).toBe(translator.t("en", "flow-restarted"));
    const seen = await stepsUntil(again);
    expect(seen).toContain("work");
    const [created] = (await harness.redis.xrange(harness.keys.casesStream, "-", "+")).filter(([, f]) => f.includes("created"));
    const caseId = created![1][created![1].indexOf("caseId") + 1]!;
    expect((await harness.app.cases.get(caseId))?.card.flow.hash).toBe(newHash);
  }, 60_000);
});
