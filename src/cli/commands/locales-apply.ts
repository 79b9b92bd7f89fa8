import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { TELEGRAM_BUTTONS } from "../../bot/flow/callback-codec.js";
import { formatProblem, validateProject } from "../../flow/validate.js";
import { applyPatch, parsePatch, PatchError } from "../../i18n/patch.js";
import { parseOptions, type Command } from "../command.js";

/**
 * `locales apply FILE`: merges a review patch from the sandbox's review page
 * into locales/<locale>.ftl. The merged file is checked first, in a copy of
 * the locales folder, with everything `flows:check` checks; when anything is
 * wrong nothing is written, so a reviewer's typo never reaches the bot.
 */
export const localesApply: Command = {
  name: ["locales", "apply"],
  describe: "locales apply FILE [--locales DIR] [--flows DIR]   merge a review patch (from the sandbox's review page)",
  async run(args) {
    const { values, unknown } = parseOptions(args, { values: ["flows", "locales"] });
    const [file, ...extra] = unknown;
    if (!file || file.startsWith("--") || extra.length > 0) {
      process.stderr.write(`usage: ${localesApply.describe}\n`);
      return 2;
    }
    const localesDir = resolve(values.locales ?? "locales");
    let patch;
    try {
      patch = parsePatch(await readFile(file, "utf8"));
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      process.stdout.write(`${file}: ${error.message}\n`);
      return 1;
    }
    const target = join(localesDir, `${patch.locale}.ftl`);
    const before = await readFile(target, "utf8").catch(() => undefined);
    if (before === undefined) {
      process.stdout.write(`${file}: there is no locales/${patch.locale}.ftl to merge into (to add a language, see docs/translating.md)\n`);
      return 1;
    }
    let merged: string;
    try {
      merged = applyPatch(before, patch);
    } catch (error) {
      if (!(error instanceof PatchError)) throw error;
      process.stdout.write(`${file}: ${error.message}\n`);
      return 1;
    }
    const problems = await checkMerged(localesDir, patch.locale, merged, resolve(values.flows ?? "flows"));
    if (problems.length > 0) {
      for (const line of problems) process.stdout.write(`${line}\n`);
      process.stdout.write(`\nlocales apply refused ${file}: flows:check found ${problems.length} problem(s) in the merged texts; nothing was written\n`);
      return 1;
    }
    await writeFile(target, merged);
    const header = merged.split("\n", 1)[0];
    process.stdout.write(`merged ${patch.changes.size} text(s) into ${target} (${patch.good.length} marked good); ${header}\n`);
    return 0;
  },
};

/** The `flows:check` lines for the locales folder with `locale` replaced by `merged` (paths as locales/<file>). */
async function checkMerged(localesDir: string, locale: string, merged: string, flowsDir: string): Promise<string[]> {
  const scratch = mkdtempSync(join(tmpdir(), "beacon-locales-apply-"));
  try {
    const copy = join(scratch, "locales");
    cpSync(localesDir, copy, { recursive: true });
    await writeFile(join(copy, `${locale}.ftl`), merged);
    const check = await validateProject({ flowsDir, localesDir: copy, displayRoot: scratch, buttons: TELEGRAM_BUTTONS });
    return check.problems.map(formatProblem);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
