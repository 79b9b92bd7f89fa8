import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerUntil, copyProject, replaceOnce, stepOnScreen, STEP_ANSWERS } from "../helpers/flow-edits.js";
import { startHarness, randomUserId, type Harness } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";

/**
 * "Editing a flow under people mid-triage shows raw keys": an edit renames the
 * phone question's texts (and drops the old keys from every language file).
 * People already past the edit finish on their version, in its words.
 */

const RENAMED = { "q-phone": "q-phone-owner", "opt-phone-own": "opt-phone-mine" } as const;
const RAW = /\b(q|opt|field|flag|indicator)-[a-z0-9-]+\b/;

function renamePhoneTexts(flowsDir: string, localesDir: string): void {
  for (const name of readdirSync(localesDir).filter((f) => f.endsWith(".ftl"))) {
    const path = join(localesDir, name);
    let text = readFileSync(path, "utf8");
    for (const [from, to] of Object.entries(RENAMED)) text = replaceOnce(text, `\n${from} =`, `\n${to} =`);
    writeFileSync(path, text);
  }
  // Locales first, so a watcher never sees the flow without its texts.
  const flowPath = join(flowsDir, "triage.yaml");
  let flow = readFileSync(flowPath, "utf8");
  flow = replaceOnce(flow, "ask: q-phone\n", `ask: ${RENAMED["q-phone"]}\n`);
  flow = replaceOnce(flow, "label: opt-phone-own }", `label: ${RENAMED["opt-phone-own"]} }`);
  writeFileSync(flowPath, flow);
}

const answers = STEP_ANSWERS;

let harness: Harness | undefined;
const dirs: string[] = [];
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await harness?.stop();
  harness = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function until(probe: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("texts pinned with the flow version", () => {
  it("an edit that renames texts under a person mid-triage (hot reload, then a restart): no raw key on their screen or the card", async () => {
    const { dir, flowsDir, localesDir } = copyProject("beacon-texts-");
    dirs.push(dir);
    const env = { FLOWS_DIR: flowsDir, LOCALES_DIR: localesDir };
    harness = await startHarness({ env });
    stops.push(harness.app.watchFlows());
    const id = randomUserId();
    const person = harness.person({ id, language_code: "th" });
    await person.send("/start");
    // At the question before the phone one (money, among the details after filing).
    await answerUntil(person, answers, "money");

    renamePhoneTexts(flowsDir, localesDir);
    await until(() => harness!.logs.some((l) => l.includes("flows reloaded")), "the edit was not reloaded");
    await person.tap("no");
    expect(stepOnScreen(person)).toBe("phone");
    expect(person.lastQuestion()?.text).toContain("โทรศัพท์เครื่องนี้เป็นของใคร");
    const labels = person.lastQuestion()!.reply_markup!.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toContain("เป็นของตัวเอง");

    // A restart: the new process never read the old version's texts from disk.
    for (const stop of stops.splice(0)) await stop();
    const { namespace, emulator } = harness;
    await harness.stop({ keepEmulator: true });
    harness = await startHarness({ env, namespace, emulator });
    const again = harness.person({ id, language_code: "th" });
    await answerUntil(again, answers);
    await until(() => harness!.deskMessages().some((m) => m.text?.includes(translator.t("en", "opt-phone-own"))), "no card with the phone answer");

    for (const message of [...again.botMessages(), ...harness.deskMessages()]) {
      const shown = [message.text ?? "", ...(message.reply_markup?.inline_keyboard.flat().map((b) => b.text) ?? [])].join("\n");
      expect(shown).not.toMatch(RAW);
    }
  }, 90_000);
});
