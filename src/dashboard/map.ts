import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { FastifyInstance } from "fastify";
import { feature } from "topojson-client";
import type { CaseSummary } from "./case-index.js";
import { esc, page } from "./html.js";
import type { DashboardContext } from "./types.js";

const require = createRequire(import.meta.url);
let outlines: unknown;

/** Country outlines (Natural Earth 1:50m, public domain, via world-atlas), turned into GeoJSON once. */
function countryOutlines(): unknown {
  if (outlines === undefined) {
    const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Parameters<typeof feature>[0];
    outlines = feature(topology, topology.objects.countries as Parameters<typeof feature>[1]);
  }
  return outlines;
}

export interface MapPin {
  id: string;
  tier: string;
  lat: number;
  lon: number;
  /** The known compound the case is linked to: its pins cluster together. */
  compound?: string;
}

/** A pin per case that has a place: the person's own pin, else their compound's location. */
export function pinsOf(cases: CaseSummary[], compoundAt: Map<string, { lat: number; lon: number }>): MapPin[] {
  const pins: MapPin[] = [];
  for (const c of cases) {
    const at = c.pin ?? (c.compound ? compoundAt.get(c.compound) : undefined);
    if (!at) continue;
    pins.push({ id: c.id, tier: c.tier, lat: at.lat, lon: at.lon, ...(c.compound ? { compound: c.compound } : {}) });
  }
  return pins;
}

function mapData(ctx: DashboardContext, cases: CaseSummary[]) {
  const bundle = ctx.deps.flows.current();
  const compounds = (bundle?.compounds.compounds ?? [])
    .filter((c) => c.lat !== undefined && c.lon !== undefined)
    .map((c) => ({ id: c.id, name: ctx.place(c.id), province: ctx.place(c.province), lat: c.lat as number, lon: c.lon as number }));
  const compoundAt = new Map(compounds.map((c) => [c.id, { lat: c.lat, lon: c.lon }]));
  return { countries: countryOutlines(), compounds, pins: pinsOf(cases, compoundAt) };
}

/** Provinces from places.yaml with how many open cases each holds, beside the map. */
function provinceList(ctx: DashboardContext, cases: CaseSummary[]): string {
  const counts = new Map<string, number>();
  for (const c of cases) if (c.province) counts.set(c.province, (counts.get(c.province) ?? 0) + 1);
  const bundle = ctx.deps.flows.current();
  const rows = (bundle?.places.countries ?? [])
    .flatMap((country) => country.provinces.map((p) => ({ id: p.id, country: country.id })))
    .filter((p) => counts.has(p.id))
    .map((p) => `<li><a href="/queue?province=${esc(p.id)}">${esc(ctx.place(p.id))}</a> (${esc(ctx.place(p.country))}): ${counts.get(p.id)}</li>`);
  return `<h2>Provinces</h2><ul id="provinces">${rows.join("") || "<li>none</li>"}</ul>`;
}

export function registerMap(app: FastifyInstance, ctx: DashboardContext): void {
  app.get("/map", async (req, reply) => {
    const cases = await ctx.index.open();
    const body = `<div class="map-wrap"><div id="map" data-map></div><aside><h2>Cases here</h2><ul id="map-cases"><li>Click a pin or a cluster.</li></ul>${provinceList(ctx, cases)}</aside></div>`;
    const html = page("Map", body, {
      csrf: reply.generateCsrf({ userInfo: req.who.actor }),
      styles: ["/vendor/leaflet/leaflet.css", "/vendor/markercluster/MarkerCluster.css"],
      scripts: ["/vendor/leaflet/leaflet.js", "/vendor/markercluster/leaflet.markercluster.js", "/static/map.js"],
    });
    return reply.type("text/html; charset=utf-8").send(html);
  });
  app.get("/map/data.json", async (_req, reply) => reply.send(mapData(ctx, await ctx.index.open())));
}
