import type { FastifyInstance } from "fastify";
import { tiers } from "../flow/schema.js";
import type { CaseSummary } from "./case-index.js";
import { esc, page, type PlaceName } from "./html.js";
import { firstClaims } from "./timeline.js";
import type { DashboardContext } from "./types.js";

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** The daily chart's span. */
export const CHART_DAYS = 30;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Counts by a field, most first, with names. */
function countBy(cases: CaseSummary[], pick: (c: CaseSummary) => string | undefined, place: PlaceName): Array<{ id: string; name: string; n: number }> {
  const counts = new Map<string, number>();
  for (const c of cases) {
    const v = pick(c);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => ({ id, name: place(id), n }));
}

/** Everything the charts draw, from case summaries and the first claim of each case (audit). */
export function chartData(cases: CaseSummary[], claims: Map<string, number>, now: number, place: PlaceName) {
  const today = Math.floor(now / DAY) * DAY;
  const days = Array.from({ length: CHART_DAYS }, (_, i) => today - (CHART_DAYS - 1 - i) * DAY);
  const perTier = Object.fromEntries(tiers.map((t) => [t, days.map(() => 0)])) as Record<string, number[]>;
  for (const c of cases) {
    const i = Math.floor((c.createdAt - days[0]!) / DAY);
    if (i >= 0 && i < CHART_DAYS) perTier[c.tier]![i]!++;
  }
  // Weeks start on Monday (1970-01-05 was one).
  const weekOf = (ms: number) => Math.floor((ms - 4 * DAY) / WEEK) * WEEK + 4 * DAY;
  const weeks = new Map<number, { claim: number[]; resolve: number[] }>();
  for (const c of cases) {
    const w = weeks.get(weekOf(c.createdAt)) ?? { claim: [], resolve: [] };
    weeks.set(weekOf(c.createdAt), w);
    const claimed = claims.get(c.id);
    if (claimed !== undefined) w.claim.push((claimed - c.createdAt) / 3_600_000);
    if (c.status === "resolved" && c.closedAt !== undefined) w.resolve.push((c.closedAt - c.createdAt) / 3_600_000);
  }
  const weekStarts = [...weeks.keys()].sort((a, b) => a - b);
  return {
    daily: { days: days.map((d) => d / 1000), ...perTier },
    weekly: {
      weeks: weekStarts.map((w) => w / 1000),
      claimHours: weekStarts.map((w) => median(weeks.get(w)!.claim)),
      resolveHours: weekStarts.map((w) => median(weeks.get(w)!.resolve)),
    },
    provinces: countBy(cases, (c) => c.province, place),
    nationalities: countBy(cases, (c) => c.nationality, place),
  };
}

function barsTable(id: string, rows: Array<{ name: string; n: number }>): string {
  const max = Math.max(1, ...rows.map((r) => r.n));
  const body = rows.map((r) => `<tr><td>${esc(r.name)}</td><td>${r.n}</td><td><progress max="${max}" value="${r.n}"></progress></td></tr>`).join("");
  return `<table id="${id}"><tbody>${body || '<tr><td class="empty">none yet</td></tr>'}</tbody></table>`;
}

export function registerCharts(app: FastifyInstance, ctx: DashboardContext): void {
  const data = async () => chartData(await ctx.index.all(), await firstClaims(ctx.deps), ctx.deps.clock(), ctx.place);
  app.get("/charts", async (req, reply) => {
    const d = await data();
    const body = `<h2>Cases per day, by tier (last ${CHART_DAYS} days)</h2><div class="chart" id="chart-daily"></div><h2>Median hours to claim and to resolve, per week filed</h2><div class="chart" id="chart-weekly"></div><div class="columns"><section><h2>By province</h2><div class="chart" id="chart-provinces"></div>${barsTable("provinces", d.provinces)}</section><section><h2>By nationality</h2><div class="chart" id="chart-nationalities"></div>${barsTable("nationalities", d.nationalities)}</section></div>`;
    const html = page("Charts", body, { csrf: reply.generateCsrf({ userInfo: req.who.actor }), styles: ["/vendor/uplot/uPlot.min.css"], scripts: ["/vendor/uplot/uPlot.iife.min.js", "/static/charts.js"] });
    return reply.type("text/html; charset=utf-8").send(html);
  });
  app.get("/charts/data.json", async (_req, reply) => reply.send(await data()));
}
