import type { FastifyInstance } from "fastify";
import { tiers } from "../flow/schema.js";
import type { CaseSummary } from "./case-index.js";
import { esc, page, TIER_LABEL, tierBadge, type PlaceName } from "./html.js";
import type { DashboardContext } from "./types.js";

/** What a partner needs to act on one compound. */
export interface CompoundPicture {
  compound: string;
  reports: number;
  first: number;
  last: number;
  tiers: Record<string, number>;
  nationalities: Record<string, number>;
  passportsTaken: number;
  open: number;
  caseIds: string[];
}

/** Reports grouped by the compound they are linked to (named, or a pin within 2 km), most reports first. */
export function compoundPictures(cases: CaseSummary[]): CompoundPicture[] {
  const by = new Map<string, CompoundPicture>();
  for (const c of cases) {
    if (!c.compound) continue;
    let p = by.get(c.compound);
    if (!p) {
      p = { compound: c.compound, reports: 0, first: c.createdAt, last: c.createdAt, tiers: {}, nationalities: {}, passportsTaken: 0, open: 0, caseIds: [] };
      by.set(c.compound, p);
    }
    p.reports++;
    p.first = Math.min(p.first, c.createdAt);
    p.last = Math.max(p.last, c.createdAt);
    p.tiers[c.tier] = (p.tiers[c.tier] ?? 0) + 1;
    if (c.nationality) p.nationalities[c.nationality] = (p.nationalities[c.nationality] ?? 0) + 1;
    if (c.passportTaken) p.passportsTaken++;
    if (c.status === "open" || c.status === "claimed") p.open++;
    p.caseIds.push(c.id);
  }
  return [...by.values()].sort((a, b) => b.reports - a.reports || b.last - a.last);
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function pictureRow(p: CompoundPicture, place: PlaceName): string {
  const tierText = tiers.filter((t) => p.tiers[t]).map((t) => `${TIER_LABEL[t]} ${p.tiers[t]}`).join(", ");
  const nat = Object.entries(p.nationalities).sort((a, b) => b[1] - a[1]).map(([n, k]) => `${esc(place(n))} ${k}`).join(", ");
  return `<tr data-compound="${esc(p.compound)}"><td><a href="/compounds/${esc(p.compound)}">${esc(place(p.compound))}</a></td><td class="reports">${p.reports}</td><td>${day(p.first)} – ${day(p.last)}</td><td>${esc(tierText)}</td><td>${nat}</td><td>${p.passportsTaken}</td><td>${p.open}</td></tr>`;
}

export function registerCompounds(app: FastifyInstance, ctx: DashboardContext): void {
  const head = "<thead><tr><th>Compound</th><th>Reports</th><th>Period</th><th>Tiers</th><th>Nationalities</th><th>Passports taken</th><th>Open</th></tr></thead>";
  app.get("/compounds", async (req, reply) => {
    const pictures = compoundPictures(await ctx.index.all());
    const rows = pictures.map((p) => pictureRow(p, ctx.place)).join("") || `<tr><td colspan="7" class="empty">No report is linked to a known compound yet.</td></tr>`;
    const body = `<p>Reports naming a known compound, or with a pin within 2 km of one.</p><table id="compounds">${head}<tbody>${rows}</tbody></table>`;
    return reply.type("text/html; charset=utf-8").send(page("Compounds", body, { csrf: reply.generateCsrf({ userInfo: req.who.actor }) }));
  });
  app.get<{ Params: { id: string } }>("/compounds/:id", async (req, reply) => {
    const all = await ctx.index.all();
    const picture = compoundPictures(all).find((p) => p.compound === req.params.id);
    const csrf = reply.generateCsrf({ userInfo: req.who.actor });
    if (!picture) return reply.code(404).type("text/html; charset=utf-8").send(page("Compound", "<p>No report is linked to this compound.</p>", { csrf }));
    const byId = new Map(all.map((c) => [c.id, c]));
    const cases = picture.caseIds.map((id) => byId.get(id)).filter((c): c is CaseSummary => c !== undefined);
    const list = cases.map((c) => `<li><a href="/case/${esc(c.id)}">${esc(c.id)}</a> ${tierBadge(c.tier)} ${day(c.createdAt)} · ${esc(c.status)}</li>`).join("");
    const body = `<table id="compounds">${head}<tbody>${pictureRow(picture, ctx.place)}</tbody></table><h2>Reports</h2><ul id="compound-cases">${list}</ul>`;
    return reply.type("text/html; charset=utf-8").send(page(ctx.place(picture.compound), body, { csrf }));
  });
}
