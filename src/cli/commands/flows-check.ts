import { parseOptions, type Command } from "../command.js";
import { checkProject } from "../project.js";

/** `flows check [--flows DIR] [--locales DIR]`: every problem on one line; exit 1 when any. */
export const flowsCheck: Command = {
  name: ["flows", "check"],
  describe: "flows check [--flows DIR] [--locales DIR]   check flows/*.yaml and locales/*.ftl",
  async run(args) {
    const { values, unknown } = parseOptions(args, { values: ["flows", "locales"] });
    if (unknown.length > 0) {
      process.stderr.write(`unknown option ${unknown.join(" ")}\nusage: ${flowsCheck.describe}\n`);
      return 2;
    }
    const check = await checkProject(values);
    if (check.problems.length > 0) {
      const n = check.problems.length;
      process.stdout.write(`\nflows:check found ${n} problem${n === 1 ? "" : "s"}\n`);
      return 1;
    }
    process.stdout.write(
      `flows:check clean: ${check.flows.length} flow(s), ${check.locales.files.size} locale(s), ${check.keyCount} keys\n`,
    );
    return 0;
  },
};
