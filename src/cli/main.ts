import { pathToFileURL } from "node:url";
import type { Command } from "./command.js";
import { dashboardLink } from "./commands/dashboard-link.js";
import { flowsCheck } from "./commands/flows-check.js";
import { flowsGraph } from "./commands/flows-graph.js";
import { keysRotate } from "./commands/keys-rotate.js";
import { localesApply } from "./commands/locales-apply.js";

/**
 * Every CLI command. To add one, write `src/cli/commands/<name>.ts`
 * exporting a {@link Command} and list it here.
 */
export const commands: Command[] = [dashboardLink, flowsCheck, flowsGraph, keysRotate, localesApply];

/** The command whose name words start `argv` (longest name wins), with the remaining arguments. */
export function findCommand(argv: string[], list: readonly Command[] = commands): { command: Command; args: string[] } | undefined {
  const matches = list.filter((c) => c.name.every((word, i) => argv[i] === word));
  const best = matches.sort((a, b) => b.name.length - a.name.length)[0];
  return best ? { command: best, args: argv.slice(best.name.length) } : undefined;
}

/** Usage text listing every command. */
export function usage(list: readonly Command[] = commands): string {
  return ["usage: npm run cli -- <command> [options]", "", ...list.map((c) => `  ${c.describe}`), ""].join("\n");
}

/** Runs the CLI; resolves to the exit code (2 for an unknown command). */
export async function main(argv: string[]): Promise<number> {
  const found = findCommand(argv);
  if (!found) {
    process.stderr.write(argv.length > 0 ? `unknown command: ${argv.join(" ")}\n\n${usage()}` : usage());
    return 2;
  }
  return found.command.run(found.args);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
