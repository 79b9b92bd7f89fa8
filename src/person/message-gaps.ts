/**
 * Widest run of unknown ids between two known ones that a sweep still fills.
 * A crash between Telegram accepting a message and its id reaching Redis
 * leaves one or two such ids; a bot's ids in a private chat count up by one a
 * message, so a small run is that chat's own messages, which discreet mode and
 * quick exit want gone anyway. Wider runs are left alone: nothing we know of is there.
 */
export const MAX_FILLED_GAP = 16;

/**
 * The ids a sweep of a person's chat deletes: every tracked id but `keep`,
 * plus the small runs of untracked ids between known ones (tracked or kept),
 * which are messages whose id was lost to a crash. Telegram's deleteMessages
 * skips ids that are gone or were never there.
 *
 * @example
 * withGaps([3, 4, 7], [9]); // [3, 4, 5, 6, 7, 8]
 */
export function withGaps(tracked: readonly number[], keep: readonly number[] = [], maxGap = MAX_FILLED_GAP): number[] {
  const kept = new Set(keep);
  const known = [...new Set([...tracked, ...keep])].filter(Number.isSafeInteger).sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0; i < known.length; i++) {
    const id = known[i] as number;
    if (!kept.has(id)) out.push(id);
    const next = known[i + 1];
    if (next === undefined || next - id - 1 > maxGap) continue;
    for (let gap = id + 1; gap < next; gap++) out.push(gap);
  }
  return out;
}
