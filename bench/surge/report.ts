import type { Spread, SurgeFigures } from "./metrics.js";

const ms = (s: Spread) => (s.n === 0 ? "—" : `${s.p50} / ${s.p99} / ${s.max} ms (n=${s.n})`);
const byMethod = (counts: Record<string, number>) =>
  Object.entries(counts).map(([m, n]) => `${m}=${n}`).join(" ") || "none";

/** The human table, then ONE line of JSON (the figures) as the last line of output. */
export function printReport(f: SurgeFigures, write: (line: string) => void = console.log): void {
  const rows: [string, string][] = [
    ["filed", `${f.filed} of ${f.people}`],
    ["lost (3 sends of one answer unanswered)", `${f.lost}`],
    ["unfinished at the time limit", `${f.unfinished}`],
    ["error notices (people affected)", `${f.error_notices} (${f.people_with_notices})`],
    ["answers sent again", `${f.resends}`],
    ["answer → next question p50/p99/max", ms(f.answer_to_question_ms)],
    ["card latency, critical p50/p99/max", ms(f.card_latency_ms.critical)],
    ["card latency, others p50/p99/max", ms(f.card_latency_ms.other)],
    ["cases filed but not seen in the group", `${f.cards_missing}`],
    ["first seen as own card / digest line", `critical ${f.seen_first_via.critical.card} / ${f.seen_first_via.critical.digest}, others ${f.seen_first_via.other.card} / ${f.seen_first_via.other.digest}`],
    ["calls per triage, person's chat", `${f.calls_per_triage_private}`],
    ["calls per case, coordinators' group", `${f.calls_per_case_group}`],
    ["429s by method", `${f.refused_429_total}: ${byMethod(f.refused_429_by_method)}`],
    ["calls into a closed bucket", `${f.into_closed_bucket}`],
    ["floor / actual (limited calls at 30/s)", `${f.floor_seconds} s / ${f.actual_seconds} s (${f.limited_calls} calls)`],
    ["total wall time", `${f.wall_seconds} s`],
    ["app warnings and errors", byMethod(f.problems)],
  ];
  write(`\nBeacon surge: ${f.people} people, Telegram limits ${f.limits}\n`);
  for (const [label, value] of rows) write(`${label.padEnd(42)} ${value}`);
  write(JSON.stringify(f));
}
