import { readFileSync } from "node:fs";

/** The parent id of `pid` from /proc (Linux); undefined where /proc is not there or the process is gone. */
function parentOf(pid: number): number | undefined {
  try {
    // The command name (field 2) is in parentheses and may hold spaces: read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/**
 * Calls `onExit` once when the processes that started this one go away.
 *
 * `npm start` runs Beacon as `npm → sh -c → node`; a SIGTERM or SIGINT sent to
 * npm's own process ends npm but may never reach node (the shell does not pass
 * it on), which would keep the bot and its private redis-server running with
 * no one to stop them. An orphan is re-parented, so a changed parent id, ours
 * or our parent's, is the signal we never got. A process whose parent or
 * grandparent is init or a supervisor (id 1) is not watched at that level.
 *
 * @example
 * const stopWatching = watchParent(() => void shutdown("parent exited"));
 */
export function watchParent(onExit: () => void, options: { everyMs?: number; parentOf?: (pid: number) => number | undefined } = {}): () => void {
  const read = options.parentOf ?? parentOf;
  const parent = process.ppid;
  const grandparent = parent > 1 ? read(parent) : undefined;
  if (parent <= 1) return () => undefined;
  const timer = setInterval(() => {
    const orphaned = process.ppid !== parent;
    const parentOrphaned = grandparent !== undefined && grandparent > 1 && read(parent) !== grandparent;
    if (!orphaned && !parentOrphaned) return;
    clearInterval(timer);
    onExit();
  }, options.everyMs ?? 500);
  timer.unref();
  return () => clearInterval(timer);
}
