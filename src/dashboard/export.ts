import type { FastifyInstance } from "fastify";
import type { CaseRecord } from "../cases/types.js";
import type { CardField } from "../flow/schema.js";
import { answerOf, type TriageCard } from "../triage/card.js";
import { compoundOf } from "../triage/compound-link.js";
import { esc, page, type PlaceName } from "./html.js";
import type { DashboardContext } from "./types.js";

/** Who an export is for, and the consent flag (flows/triage.yaml, `consent`) the person must have given for it. */
export const PARTNERS = { ngo: "consent_ngo", embassy: "consent_embassy" } as const;
export type Partner = keyof typeof PARTNERS;
/**
 * Words the person wrote go out only with this flag as well. The triage flow
 * asks no such question today, so free text stays in Beacon until it does.
 */
export const TEXT_CONSENT_FLAG = "consent_text";

type Row = Record<string, string>;
const day = (ms: number | undefined) => (ms === undefined ? "" : new Date(ms).toISOString().slice(0, 10));

function answerText(card: TriageCard, field: CardField, place: PlaceName): string {
  const a = answerOf(card, field);
  if (!a) return "";
  switch (a.kind) {
    case "choice":
      return a.option;
    case "multi":
      return a.options.join(";");
    case "place":
      return place(a.id);
    case "number":
      return String(a.value);
    default:
      return "";
  }
}

/** Structured answers: codes and place names, no pin (a point can name a person's room), no case reference. */
const STRUCTURED: CardField[] = ["country", "province", "nationality", "minor", "passport", "phone", "restraint", "violence", "ransom", "others_count"];
const FREE_TEXT: CardField[] = ["surroundings", "situation", "notes"];
export const EXPORT_COLUMNS = ["filed", "closed", "tier", "outcome", "compound", ...STRUCTURED, "indicators", ...FREE_TEXT];

/** One de-identified row, or undefined when the person did not consent to this partner. */
export function exportRow(record: CaseRecord<TriageCard>, partner: Partner, place: PlaceName): Row | undefined {
  const { card } = record;
  if (record.status !== "resolved" || !card.flags.includes(PARTNERS[partner])) return undefined;
  const row: Row = { filed: day(record.createdAt), closed: day(record.closedAt), tier: record.tier, outcome: record.outcome ?? "", compound: place(compoundOf(card)) };
  for (const f of STRUCTURED) row[f] = answerText(card, f, place);
  row.indicators = card.indicators.join(";");
  const words = card.flags.includes(TEXT_CONSENT_FLAG);
  for (const f of FREE_TEXT) {
    const a = answerOf(card, f);
    row[f] = words && a?.kind === "text" ? a.text : "";
  }
  return row;
}

/** RFC 4180, with a leading quote on anything a spreadsheet would run as a formula. */
export function toCsv(rows: Row[]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [EXPORT_COLUMNS.join(","), ...rows.map((r) => EXPORT_COLUMNS.map((c) => cell(r[c] ?? "")).join(","))].join("\r\n") + "\r\n";
}

async function closedRecords(ctx: DashboardContext): Promise<CaseRecord<TriageCard>[]> {
  const closed = (await ctx.index.all()).filter((c) => c.status === "resolved");
  const records = await Promise.all(closed.map((c) => ctx.deps.cases.get(c.id).catch(() => undefined)));
  return records.filter((r): r is CaseRecord<TriageCard> => r !== undefined);
}

export function registerExport(app: FastifyInstance, ctx: DashboardContext): void {
  app.get("/export", async (req, reply) => {
    const csrf = reply.generateCsrf({ userInfo: req.who.actor });
    const body = `<p>Resolved cases whose person agreed to sharing with this partner, only the answers they agreed to share; no case reference, no pin. Every export is written to the audit log.</p><form method="post" action="/export" id="export"><input type="hidden" name="_csrf" value="${esc(csrf)}"><label>Partner <select name="partner"><option value="ngo">NGO</option><option value="embassy">Embassy</option></select></label> <label>Format <select name="format"><option value="csv">CSV</option><option value="json">JSON</option></select></label> <button>Export</button></form>`;
    return reply.type("text/html; charset=utf-8").send(page("Export for partners", body, { csrf }));
  });
  app.post<{ Body: { partner?: string; format?: string } }>("/export", { preHandler: app.csrfProtection }, async (req, reply) => {
    const partner = req.body?.partner === "embassy" ? "embassy" : req.body?.partner === "ngo" ? "ngo" : undefined;
    const format = req.body?.format === "json" ? "json" : "csv";
    if (!partner) return reply.code(400).type("text/plain; charset=utf-8").send("unknown partner");
    const rows = (await closedRecords(ctx)).map((r) => exportRow(r, partner, ctx.place)).filter((r): r is Row => r !== undefined);
    await ctx.deps.audit.record({ actor: req.who.actor, action: "export", result: "ok", reason: `${partner}_${format}`, count: rows.length });
    const name = `beacon-${partner}-${day(ctx.deps.clock())}.${format}`;
    reply.header("content-disposition", `attachment; filename="${name}"`);
    if (format === "json") return reply.type("application/json; charset=utf-8").send(JSON.stringify({ partner, columns: EXPORT_COLUMNS, rows }));
    return reply.type("text/csv; charset=utf-8").send(toCsv(rows));
  });
}
