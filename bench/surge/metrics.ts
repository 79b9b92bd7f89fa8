import { isLimitedMethod } from "../../src/sandbox/emulator/index.js";
import { GROUP_ID, type SurgeRun } from "./driver.js";

export interface Spread {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

/** The figures of one surge, in the shape of the final JSON line. */
export interface SurgeFigures {
  people: number;
  limits: "on" | "off";
  filed: number;
  lost: number;
  unfinished: number;
  error_notices: number;
  people_with_notices: number;
  resends: number;
  answer_to_question_ms: Spread;
  card_latency_ms: { critical: Spread; other: Spread };
  cards_seen: number;
  cards_missing: number;
  calls_per_triage_private: number;
  calls_per_case_group: number;
  refused_429_by_method: Record<string, number>;
  refused_429_total: number;
  into_closed_bucket: number;
  limited_calls: number;
  floor_seconds: number;
  actual_seconds: number;
  wall_seconds: number;
  problems: Record<string, number>;
  /** How each tier's cases were first seen: as their own card, or as a digest line (their card later). */
  seen_first_via: Record<"critical" | "other", { card: number; digest: number }>;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { p50: Math.round(at(0.5)), p99: Math.round(at(0.99)), max: Math.round(sorted.at(-1) ?? 0), n: sorted.length };
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

function viaOf(seen: SurgeRun["people"], tier: "critical" | "other"): { card: number; digest: number } {
  const mine = seen.filter((p) => p.sighting?.tier === tier);
  return { card: mine.filter((p) => p.sighting?.via === "card").length, digest: mine.filter((p) => p.sighting?.via === "digest").length };
}

/** Turns what a run saw into its figures. Calls the emulator refused with 429 did nothing and are not counted as calls. */
export function figuresOf(run: SurgeRun): SurgeFigures {
  const { people, calls, limits } = run;
  const filed = people.filter((p) => p.result === "filed");
  const landed = calls.filter((c) => !c.rateLimited);
  const chatOf = (c: (typeof calls)[number]) => Number(c.params.chat_id);
  const personIds = new Set(people.map((p) => p.userId));
  const privateCalls = landed.filter((c) => personIds.has(chatOf(c))).length;
  const groupCalls = landed.filter((c) => chatOf(c) === GROUP_ID).length;
  const seen = filed.filter((p) => p.sighting);
  const latency = (tier: "critical" | "other") =>
    spread(seen.filter((p) => p.sighting?.tier === tier).map((p) => (p.sighting?.at ?? 0) - (p.confirmedAt ?? 0)));
  // From the calls, not the limiter's stats: with limits off the limiter counts nothing.
  const limited = calls.filter((c) => isLimitedMethod(c.method));
  const neededCalls = limited.filter((c) => !c.rateLimited).length;
  const span = limited.length > 1 ? (limited.at(-1)?.at ?? 0) - (limited[0]?.at ?? 0) : 0;
  return {
    people: people.length,
    limits: limits.enabled ? "on" : "off",
    filed: filed.length,
    lost: people.filter((p) => p.result === "lost").length,
    unfinished: people.filter((p) => p.result === "unfinished").length,
    error_notices: people.reduce((n, p) => n + p.notices, 0),
    people_with_notices: people.filter((p) => p.notices > 0).length,
    resends: people.reduce((n, p) => n + p.resends, 0),
    answer_to_question_ms: spread(people.flatMap((p) => p.latencies)),
    card_latency_ms: { critical: latency("critical"), other: latency("other") },
    cards_seen: seen.length,
    cards_missing: filed.length - seen.length,
    calls_per_triage_private: round(privateCalls / Math.max(1, people.length)),
    calls_per_case_group: round(groupCalls / Math.max(1, seen.length)),
    refused_429_by_method: limits.refused,
    refused_429_total: limits.refusedTotal,
    into_closed_bucket: limits.intoClosedBucket,
    limited_calls: neededCalls,
    // What Telegram's global 30/s allows at best for the calls that had to be made.
    floor_seconds: round(neededCalls / 30, 1),
    actual_seconds: round(span / 1000, 1),
    wall_seconds: round((run.endedAt - run.startedAt) / 1000, 1),
    problems: run.problems,
    seen_first_via: { critical: viaOf(seen, "critical"), other: viaOf(seen, "other") },
  };
}
