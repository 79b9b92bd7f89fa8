import type { FastifyInstance, FastifyReply } from "fastify";
import { caseActions, outcomes, type CaseAction, type CaseRecord, type Outcome } from "../cases/types.js";
import { TransitionRefusedError } from "../errors.js";
import type { TriageCard } from "../triage/card.js";
import { escalatedTier } from "../triage/priority.js";
import { escalationReasons, keyPart, renderCard, type EscalationReason } from "../triage/render.js";
import { esc, holderText, page } from "./html.js";
import type { SignedIn } from "./sign-in.js";
import { timelineOf } from "./timeline.js";
import type { DashboardContext } from "./types.js";

type DeskAction = Exclude<CaseAction, "withdraw">;

/** The card as Telegram shows it (its HTML is escaped by the renderer), with the holder named without a name. */
async function cardHtml(ctx: DashboardContext, record: CaseRecord<TriageCard>, who: SignedIn): Promise<string> {
  const { translator, config, clock, flows } = ctx.deps;
  const bundle = (await flows.byHash(record.card.flow.hash)) ?? flows.current();
  const compoundReport = await ctx.compoundReports.nthReport(record.id, record.card, record.createdAt);
  const shown = { ...record, assigneeName: holderText(record.assignee, who) };
  return renderCard(record.card, shown, { translator, locale: config.coordinatorLocale, now: clock(), bundle, compoundReport });
}

function actionForm(record: CaseRecord<TriageCard>, csrf: string, action: DeskAction, label: string, extra = ""): string {
  return `<form method="post" action="/case/${esc(record.id)}/action"><input type="hidden" name="_csrf" value="${esc(csrf)}"><input type="hidden" name="version" value="${record.version}"><input type="hidden" name="action" value="${action}">${extra}<button data-action="${action}">${esc(label)}</button></form>`;
}

/** The same actions the card's buttons offer, legal for the case as it stands. */
function actionForms(ctx: DashboardContext, record: CaseRecord<TriageCard>, csrf: string): string {
  if (record.status !== "open" && record.status !== "claimed") return "<p>Closed.</p>";
  const t = (key: string) => ctx.deps.translator.t(ctx.deps.config.coordinatorLocale, key);
  const options = (values: readonly string[], prefix: string) => values.map((v) => `<option value="${v}">${esc(t(`${prefix}-${keyPart(v)}`))}</option>`).join("");
  const forms: string[] = [];
  if (record.status === "open") forms.push(actionForm(record, csrf, "claim", t("desk-btn-claim")));
  if (record.status === "claimed") forms.push(actionForm(record, csrf, "release", t("desk-btn-release")));
  if (record.tier !== "critical") forms.push(actionForm(record, csrf, "escalate", t("desk-btn-escalate"), `<select name="reason">${options(escalationReasons, "desk-escalate")}</select>`));
  forms.push(actionForm(record, csrf, "resolve", t("desk-btn-resolve"), `<select name="outcome">${options(outcomes, "desk-outcome")}</select>`));
  return forms.join("");
}

/** Messages the team wrote that wait for the person's safe window: their words only for the coordinator who holds the case. */
async function heldHtml(ctx: DashboardContext, record: CaseRecord<TriageCard>, who: SignedIn): Promise<string> {
  const held = await ctx.deps.outbox.pending(record.id);
  if (held.length === 0) return "";
  if (record.assignee !== who.actor) return `<p>${held.length} team message(s) held for the person's safe time (shown to the coordinator who holds the case).</p>`;
  return `<h2>Held for the person</h2><ul id="held">${held.map((m) => `<li>${esc(new Date(m.heldAt).toISOString())}: ${esc(m.text)}</li>`).join("")}</ul>`;
}

async function timelineHtml(ctx: DashboardContext, caseId: string, createdAt: number | undefined, who: SignedIn): Promise<string> {
  const items = await timelineOf(ctx.deps, caseId, createdAt);
  const by = (actor: string | undefined) => (!actor ? "" : actor === "desk" || actor === "person" ? ` · ${actor}` : ` · ${esc(holderText(actor, who))}`);
  const li = items.map((i) => `<li data-what="${esc(i.what)}"><time>${esc(new Date(i.at).toISOString().slice(0, 16).replace("T", " "))}</time> ${esc(i.what)}${i.detail ? ` (${esc(i.detail)})` : ""}${by(i.actor)}</li>`);
  return `<h2>Timeline</h2><ol class="timeline" id="timeline">${li.join("")}</ol>`;
}

const NOTICES: Record<string, string> = {
  done: "Done. The card in the group shows it too.",
  stale: "The case changed meanwhile; here it is as it stands now.",
  illegal: "That is not possible for the case as it stands.",
  not_owner: "Another coordinator holds this case.",
  not_found: "The case is gone.",
};

async function showCase(ctx: DashboardContext, id: string, who: SignedIn, notice: string | undefined, reply: FastifyReply) {
  const record = await ctx.deps.cases.get(id);
  const csrf = reply.generateCsrf({ userInfo: who.actor });
  const note = notice && NOTICES[notice] ? `<p class="notice" id="notice" data-notice="${esc(notice)}">${esc(NOTICES[notice])}</p>` : "";
  if (!record) {
    const timeline = await timelineHtml(ctx, id, undefined, who);
    return reply.code(404).type("text/html; charset=utf-8").send(page(`Case ${id}`, `${note}<p>This case is no longer held (erased by the person, or past retention).</p>${timeline}`, { csrf }));
  }
  const body = `${note}<div class="columns" data-case-page="${esc(record.id)}"><section><pre class="card" id="card">${await cardHtml(ctx, record, who)}</pre>${await heldHtml(ctx, record, who)}</section><section><h2>Actions</h2><div class="actions" id="actions">${actionForms(ctx, record, csrf)}</div>${await timelineHtml(ctx, record.id, record.createdAt, who)}</section></div>`;
  return reply.type("text/html; charset=utf-8").send(page(`Case ${record.id}`, body, { scripts: ["/static/live.js"], csrf }));
}

interface ActionBody {
  action?: string;
  version?: string;
  reason?: string;
  outcome?: string;
}

/** The fenced change, as a card button makes it: same store call, same audit line; the desk re-renders the card from the stream. */
async function act(ctx: DashboardContext, id: string, who: SignedIn, body: ActionBody): Promise<string> {
  const action = caseActions.find((a) => a === body.action && a !== "withdraw") as DeskAction | undefined;
  const expectedVersion = Number(body.version);
  if (!action || !Number.isInteger(expectedVersion)) return "illegal";
  const options: Parameters<typeof ctx.deps.cases.transition>[2] = { expectedVersion, actor: who.actor };
  if (action === "claim" && who.name) options.actorName = who.name;
  if (action === "escalate") {
    const reason = escalationReasons.find((r) => r === body.reason) as EscalationReason | undefined;
    const current = await ctx.deps.cases.get(id);
    const tier = reason && current ? escalatedTier(current.tier, reason) : undefined;
    if (reason) options.reason = reason;
    if (tier) options.tier = tier;
  }
  if (action === "resolve") {
    const outcome = outcomes.find((o) => o === body.outcome) as Outcome | undefined;
    if (outcome) options.outcome = outcome;
  }
  try {
    const updated = await ctx.deps.cases.transition(id, action, options);
    await ctx.deps.audit.record({ actor: who.actor, action, caseId: id, version: updated.version, result: "ok", reason: "dashboard" });
    return "done";
  } catch (error) {
    if (!(error instanceof TransitionRefusedError)) throw error;
    await ctx.deps.audit.record({ actor: who.actor, action, caseId: id, version: expectedVersion, result: "refused", reason: error.reason });
    return error.reason;
  }
}

export function registerCasePage(app: FastifyInstance, ctx: DashboardContext): void {
  app.get<{ Params: { id: string }; Querystring: { n?: string } }>("/case/:id", async (req, reply) =>
    showCase(ctx, req.params.id, req.who, typeof req.query.n === "string" ? req.query.n : undefined, reply),
  );
  app.post<{ Params: { id: string }; Body: ActionBody }>("/case/:id/action", { preHandler: app.csrfProtection }, async (req, reply) => {
    const outcome = await act(ctx, req.params.id, req.who, req.body ?? {});
    return reply.redirect(`/case/${encodeURIComponent(req.params.id)}?n=${outcome}`, 303);
  });
}
