import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Harness } from "./harness.js";

/**
 * For tests that edit the flow on disk while the bot runs (versions,
 * hot reload): a scratch copy of the project, the edit they make, and a
 * driver that answers whichever questions come up.
 */

const repo = join(import.meta.dirname, "../..");

export type Person = ReturnType<Harness["person"]>;

/** What a person does at one step. */
export type Answers = Record<string, (p: Person) => Promise<void>>;

/** A temporary copy of flows/ and locales/ the test may edit; remove `dir` afterwards. */
export function copyProject(prefix = "beacon-flows-"): { dir: string; flowsDir: string; localesDir: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(repo, "flows"), join(dir, "flows"), { recursive: true });
  cpSync(join(repo, "locales"), join(dir, "locales"), { recursive: true });
  return { dir, flowsDir: join(dir, "flows"), localesDir: join(dir, "locales") };
}

/** `text` with the one occurrence of `find` replaced; throws unless there is exactly one. */
export function replaceOnce(text: string, find: string, replace: string): string {
  const at = text.indexOf(find);
  if (at < 0 || text.indexOf(find, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(find)} in the flow`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** The English text of the question {@link addWorkQuestion} adds. */
export const WORK_QUESTION = "What work did they make you do?";

/**
 * The edit under test: a new question `work` between `situation` and
 * `surroundings` (two of the optional questions after filing), with its texts in every language. Locales are written before
 * the flow, so a watcher never sees the flow without its texts. Returns the
 * new flow source (flows/triage.yaml).
 */
export function addWorkQuestion(flowsDir: string, localesDir: string): string {
  const path = join(flowsDir, "triage.yaml");
  let flow = readFileSync(path, "utf8");
  flow = replaceOnce(flow, "    next: surroundings\n", "    next: work\n");
  flow = replaceOnce(
    flow,
    "  surroundings:\n",
    [
      "  work:",
      "    type: choice",
      "    ask: q-work",
      "    options:",
      "      - { id: scam, label: opt-work-scam }",
      "      - { id: other_work, label: opt-work-other }",
      "      - { id: prefer_not, label: opt-prefer-not }",
      "    next: surroundings",
      "",
      "  surroundings:",
      "",
    ].join("\n"),
  );
  for (const name of readdirSync(localesDir).filter((n) => n.endsWith(".ftl"))) {
    const file = join(localesDir, name);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nq-work = ${WORK_QUESTION}\nopt-work-scam = Scamming people online\nopt-work-other = Other work\n`);
  }
  writeFileSync(path, flow);
  return flow;
}

/** The step a person is on, read from the button data of the question on screen (`f:<step>:<option>` etc.). */
export function stepOnScreen(person: Person): string {
  const data = person.lastQuestion()?.reply_markup?.inline_keyboard.flat().find((b) => "callback_data" in b);
  const node = data && "callback_data" in data ? data.callback_data.split(":")[1] : undefined;
  if (!node) throw new Error(`no question on screen; last message: ${person.lastText().slice(0, 80)}`);
  return node;
}

/** Whether a triage question (flow buttons, not e.g. the language picker) is on screen. */
function onFlowQuestion(person: Person): boolean {
  const buttons = person.lastQuestion()?.reply_markup?.inline_keyboard.flat() ?? [];
  return buttons.some((b) => "callback_data" in b && /^[fmpce]:/.test(b.callback_data));
}

/**
 * Answers question after question from `answers` until `stop` is on screen
 * (not answered) or, without `stop`, until the triage ends (no question left
 * on screen: the last optional answer is given). Returns the steps seen, each
 * with its question's text.
 */
export async function answerUntil(person: Person, answers: Answers, stop?: string): Promise<{ node: string; text: string }[]> {
  const seen: { node: string; text: string }[] = [];
  for (let i = 0; i < 40; i++) {
    const node = stepOnScreen(person);
    seen.push({ node, text: person.lastQuestion()?.text ?? "" });
    if (node === stop) return seen;
    const answer = answers[node];
    if (!answer) throw new Error(`the test has no answer for step "${node}"`);
    await answer(person);
    if (!onFlowQuestion(person)) return seen;
  }
  throw new Error(`no end after 40 questions: ${seen.map((s) => s.node).join(" → ")}`);
}

/** One answer per step of flows/triage.yaml (and the added `work`), for whichever version of the flow the person is on. */
export const STEP_ANSWERS: Answers = {
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
