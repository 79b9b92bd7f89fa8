import { join } from "node:path";
import { TELEGRAM_BUTTONS } from "../../src/bot/flow/callback-codec.js";
import { validateProject, type Problem } from "../../src/flow/validate.js";

/**
 * Code keys the broken-flow fixtures are checked against. Fixed here (not
 * src/i18n/catalog.ts) so adding a key to the catalog never breaks every fixture.
 */
export const FIXTURE_CODE_KEYS: Record<string, readonly string[]> = {
  "btn-done": [],
  "reask-too-long": ["max"],
};

/** Runs the whole check over one fixture folder; file names are relative to it. */
export async function checkFixture(dir: string): Promise<Problem[]> {
  const result = await validateProject({
    flowsDir: dir,
    localesDir: join(dir, "locales"),
    displayRoot: dir,
    codeKeys: FIXTURE_CODE_KEYS,
    buttons: TELEGRAM_BUTTONS,
  });
  return result.problems;
}
