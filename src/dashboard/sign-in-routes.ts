import type { FastifyInstance } from "fastify";
import { SESSION_COOKIE, SIGNED_OUT } from "./server.js";
import { esc, page } from "./html.js";
import { SESSION_TTL_SECONDS } from "./sign-in.js";
import type { DashboardContext } from "./types.js";

/** Link redemptions per client address and minute: a guessed link is 256 bits, but nobody gets to try many. */
export const REDEEM_LIMIT_PER_MINUTE = 10;

const HOW_TO = "<p>Send <code>/dashboard</code> to the bot (in the coordinators' group or privately) for a new sign-in link.</p>";

/**
 * Sign-in in two steps: the link opens a page (GET changes nothing, so a link
 * preview or a scanner cannot use it up), and its button redeems the link.
 */
export function registerSignIn(app: FastifyInstance, ctx: DashboardContext): void {
  const secure = ctx.deps.config.env !== "development";
  const limit = { rateLimit: { max: REDEEM_LIMIT_PER_MINUTE, timeWindow: 60_000 } };

  app.get("/", async (_req, reply) => reply.redirect("/queue", 303));

  app.get<{ Querystring: { t?: string } }>("/signin", { config: limit }, async (req, reply) => {
    const token = typeof req.query.t === "string" ? req.query.t : "";
    const csrf = reply.generateCsrf({ userInfo: SIGNED_OUT });
    const body = `<form method="post" action="/signin"><input type="hidden" name="_csrf" value="${esc(csrf)}"><input type="hidden" name="t" value="${esc(token)}"><button id="signin">Sign in to the dashboard</button></form>`;
    return reply.type("text/html; charset=utf-8").send(page("Sign in", body));
  });

  app.post<{ Body: { t?: string } }>("/signin", { config: limit, preHandler: app.csrfProtection }, async (req, reply) => {
    const redeemed = typeof req.body?.t === "string" ? await ctx.signIn.redeem(req.body.t) : undefined;
    if (!redeemed) {
      await ctx.deps.audit.record({ actor: "unknown", action: "dashboard_signin", result: "refused", reason: "link_invalid" });
      return reply.code(403).type("text/html; charset=utf-8").send(page("Link not valid", `<p id="refused">This link was used already or has expired.</p>${HOW_TO}`));
    }
    await ctx.deps.audit.record({ actor: redeemed.who.actor, action: "dashboard_signin", result: "ok" });
    reply.setCookie(SESSION_COOKIE, redeemed.session, { httpOnly: true, sameSite: "strict", secure, path: "/", maxAge: SESSION_TTL_SECONDS });
    return reply.redirect("/queue", 303);
  });

  app.get("/signed-out", async (_req, reply) => reply.type("text/html; charset=utf-8").send(page("Signed out", `<p id="signed-out">You are not signed in.</p>${HOW_TO}`)));

  app.post("/signout", { preHandler: app.csrfProtection }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await ctx.signIn.signOut(token);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.redirect("/signed-out", 303);
  });
}
