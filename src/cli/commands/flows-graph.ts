import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { flowGraphMarkdown } from "../../flow/graph.js";
import { parseOptions, type Command } from "../command.js";
import { checkProject } from "../project.js";

/** `flows graph [--check]`: writes docs/flows/<flowId>.md; with --check, exit 1 when one is out of date. */
export const flowsGraph: Command = {
  name: ["flows", "graph"],
  describe: "flows graph [--check] [--flows DIR] [--locales DIR] [--out DIR]   draw each flow into docs/flows/<id>.md",
  async run(args) {
    const { values, flags, unknown } = parseOptions(args, { values: ["flows", "locales", "out"], flags: ["check"] });
    if (unknown.length > 0) {
      process.stderr.write(`unknown option ${unknown.join(" ")}\nusage: ${flowsGraph.describe}\n`);
      return 2;
    }
    const check = await checkProject(values);
    if (check.problems.length > 0) {
      process.stdout.write("\nflows:graph needs a clean flows:check first\n");
      return 1;
    }
    const outDir = resolve(values.out ?? join("docs", "flows"));
    let stale = 0;
    for (const bundle of check.bundles) {
      const path = join(outDir, `${bundle.flow.id}.md`);
      const shown = relative(process.cwd(), path);
      const wanted = flowGraphMarkdown(bundle, check.locales);
      if (flags.has("check")) {
        const onDisk = await readFile(path, "utf8").catch(() => undefined);
        if (onDisk !== wanted) {
          stale++;
          process.stdout.write(`${shown} is out of date; run npm run flows:graph\n`);
        }
        continue;
      }
      await mkdir(outDir, { recursive: true });
      await writeFile(path, wanted);
      process.stdout.write(`wrote ${shown}\n`);
    }
    return stale > 0 ? 1 : 0;
  },
};
