import type { FastifyInstance } from "fastify";
import { tiers } from "../flow/schema.js";
import type { CaseSummary } from "./case-index.js";
import { age, esc, holderText, page, select, TIER_LABEL, tierBadge, type PlaceName } from "./html.js";
import type { LiveFeed } from "./live.js";
import type { SignedIn } from "./sign-in.js";
import type { DashboardContext } from "./types.js";

/** The queue's filters, as the form's query string carries them. */
export interface QueueFilters {
  tier?: string;
  country?: string;
  province?: string;
  compound?: string;
  language?: string;
  nationality?: string;
  /** `nobody`, `me` or `others`. */
  claimed?: string;
  /** Older than this many hours. */
  age?: string;
}
const FILTER_NAMES = ["tier", "country", "province", "compound", "language", "nationality", "claimed", "age"] as const;

export function parseFilters(query: Record<string, unknown>): QueueFilters {
  const out: QueueFilters = {};
  for (const name of FILTER_NAMES) {
    const value = query[name];
    if (typeof value === "string" && value !== "" && value.length <= 64) out[name] = value;
  }
  return out;
}

export function applyFilters(cases: CaseSummary[], f: QueueFilters, who: SignedIn, now: number): CaseSummary[] {
  const olderThan = f.age ? Number(f.age) * 3_600_000 : 0;
  return cases.filter(
    (c) =>
      (!f.tier || c.tier === f.tier) &&
      (!f.country || c.country === f.country) &&
      (!f.province || c.province === f.province) &&
      (!f.compound || c.compound === f.compound) &&
      (!f.language || c.language === f.language) &&
      (!f.nationality || c.nationality === f.nationality) &&
      (!f.claimed || (f.claimed === "nobody" ? !c.assignee : f.claimed === "me" ? c.assignee === who.actor : !!c.assignee && c.assignee !== who.actor)) &&
      (!olderThan || now - c.createdAt >= olderThan),
  );
}

/** The table body: one row per case, most urgent first (the index's order). */
export function queueRows(cases: CaseSummary[], who: SignedIn, place: PlaceName, now: number): string {
  if (cases.length === 0) return `<tr><td colspan="7" class="empty">No open case matches.</td></tr>`;
  return cases
    .map((c) => {
      const where = [c.country, c.province, c.compound].filter(Boolean).map((id) => esc(place(id))).join(" › ");
      return `<tr data-case="${esc(c.id)}" class="tier-${c.tier}"><td><a href="/case/${esc(c.id)}">${esc(c.id)}</a></td><td>${tierBadge(c.tier)}</td><td>${age(now - c.createdAt)}</td><td>${where}</td><td>${esc(c.language)}</td><td>${esc(place(c.nationality))}</td><td>${esc(holderText(c.assignee, who))}</td></tr>`;
    })
    .join("");
}

function filterForm(all: CaseSummary[], f: QueueFilters, place: PlaceName): string {
  const values = (pick: (c: CaseSummary) => string | undefined) =>
    [...new Set(all.map(pick).filter((v): v is string => !!v))].sort().map((v) => [v, place(v) || v] as [string, string]);
  return `<form method="get" action="/queue" class="filters">${[
    select("tier", f.tier, tiers.map((t) => [t, TIER_LABEL[t]])),
    select("country", f.country, values((c) => c.country)),
    select("province", f.province, values((c) => c.province)),
    select("compound", f.compound, values((c) => c.compound)),
    select("language", f.language, values((c) => c.language).map(([v]) => [v, v])),
    select("nationality", f.nationality, values((c) => c.nationality)),
    select("claimed", f.claimed, [["nobody", "nobody"], ["me", "me"], ["others", "others"]]),
    select("age", f.age, [["1", "older than 1 h"], ["6", "older than 6 h"], ["24", "older than 1 day"], ["72", "older than 3 days"]]),
  ].join("")}<button>Filter</button></form>`;
}

/** The whole queue page for one coordinator (the benchmark times this). */
export async function renderQueue(ctx: DashboardContext, who: SignedIn, query: Record<string, unknown>, csrf: string): Promise<string> {
  const now = ctx.deps.clock();
  const all = await ctx.index.open();
  const filters = parseFilters(query);
  const shown = applyFilters(all, filters, who, now);
  const table = `<table id="queue"><thead><tr><th>Case</th><th>Tier</th><th>Age</th><th>Where</th><th>Language</th><th>Nationality</th><th>Claimed by</th></tr></thead><tbody id="queue-rows">${queueRows(shown, who, ctx.place, now)}</tbody></table>`;
  const count = `<p><span id="queue-count">${shown.length}</span> of <span id="queue-total">${all.length}</span> open cases · <span id="live-state">live</span></p>`;
  return page("Queue", filterForm(all, filters, ctx.place) + count + table, { scripts: ["/static/live.js"], csrf });
}

export function registerQueue(app: FastifyInstance, ctx: DashboardContext, live: LiveFeed): void {
  app.get("/queue", async (req, reply) => {
    const html = await renderQueue(ctx, req.who, req.query as Record<string, unknown>, reply.generateCsrf({ userInfo: req.who.actor }));
    return reply.type("text/html; charset=utf-8").send(html);
  });
  // The live script swaps this in when the stream says a case changed.
  app.get("/queue/rows", async (req, reply) => {
    const now = ctx.deps.clock();
    const all = await ctx.index.open();
    const shown = applyFilters(all, parseFilters(req.query as Record<string, unknown>), req.who, now);
    reply.header("x-count", String(shown.length)).header("x-total", String(all.length));
    return reply.type("text/html; charset=utf-8").send(queueRows(shown, req.who, ctx.place, now));
  });
  app.get("/events", (req, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    reply.raw.write(": connected\n\n");
    const unsubscribe = live.subscribe((event) => reply.raw.write(`event: case\ndata: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => reply.raw.write(": ping\n\n"), 15_000);
    req.raw.on("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
  });
}
