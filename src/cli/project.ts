import { resolve } from "node:path";
import { TELEGRAM_BUTTONS } from "../bot/flow/callback-codec.js";
import { formatProblem, validateProject, type ProjectCheck } from "../flow/validate.js";

/**
 * Validates the project named by `--flows DIR` and `--locales DIR` (default
 * flows/ and locales/ here). When there are problems, prints each on its own
 * line to stdout; the caller adds its closing line and exit code.
 */
export async function checkProject(values: { flows?: string; locales?: string }): Promise<ProjectCheck> {
  const check = await validateProject({
    flowsDir: resolve(values.flows ?? "flows"),
    localesDir: resolve(values.locales ?? "locales"),
    buttons: TELEGRAM_BUTTONS,
  });
  for (const problem of check.problems) process.stdout.write(`${formatProblem(problem)}\n`);
  return check;
}
