/** One CLI command: `npm run cli -- <name...> [args]`. */
export interface Command {
  /** Words that select it, e.g. `["flows", "check"]`. */
  name: string[];
  /** One line for the usage text. */
  describe: string;
  /** Runs with the arguments after the name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}

/**
 * Reads `--name value` and `--flag` options. Unknown options are returned
 * so a command can refuse them rather than silently ignore a typo.
 */
export function parseOptions(
  args: string[],
  spec: { values?: string[]; flags?: string[] },
): { values: Record<string, string>; flags: Set<string>; unknown: string[] } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const [name, inline] = arg.startsWith("--") ? arg.slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
    if (name !== undefined && spec.values?.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) unknown.push(arg);
      else values[name] = value;
    } else if (name !== undefined && spec.flags?.includes(name) && inline === undefined) {
      flags.add(name);
    } else {
      unknown.push(arg);
    }
  }
  return { values, flags, unknown };
}
