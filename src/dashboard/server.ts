import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyCookie from "@fastify/cookie";
import fastifyCsrf from "@fastify/csrf-protection";
import fastifyFormbody from "@fastify/formbody";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { DashboardContext } from "./types.js";

export const SESSION_COOKIE = "beacon_session";
/** Whom a CSRF token is bound to before anyone signed in. */
export const SIGNED_OUT = "signed-out";
/** Paths a browser without a session may fetch: the sign-in pages and the files every page uses. */
const PUBLIC = /^\/(signin|signed-out|static\/|vendor\/|favicon\.ico)/;

const require = createRequire(import.meta.url);
/** A package's folder in node_modules: the map and chart libraries are served from there, never from a CDN. */
const packageDir = (name: string, sub = "dist") => join(dirname(require.resolve(`${name}/package.json`)), sub);

/** The Content-Security-Policy: nothing from elsewhere, no inline script or style, no framing. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
  // Behind the operator's TLS proxy the browser already speaks https; on 127.0.0.1 an upgrade would break the page.
  upgradeInsecureRequests: null,
};

/** Fastify with the security plugins; routes come from the page modules. */
export async function buildServer(ctx: DashboardContext, cookieSecret: string): Promise<FastifyInstance> {
  const secure = ctx.deps.config.env !== "development";
  // No request log: a sign-in URL carries its secret, and the logs must hold no words or ids.
  const app = Fastify({ logger: false, forceCloseConnections: true, trustProxy: "127.0.0.1", bodyLimit: 64 * 1024 });
  app.decorateRequest("who", null as never);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "no-referrer" },
    hsts: secure ? { maxAge: 15_552_000 } : false,
  });
  await app.register(fastifyCookie, { secret: cookieSecret });
  await app.register(fastifyFormbody);
  await app.register(fastifyCsrf, {
    cookieOpts: { signed: true, httpOnly: true, sameSite: "strict", secure, path: "/" },
    // A token is good only for the coordinator it was made for (before sign-in: for the sign-in form only).
    getUserInfo: (req) => (req as FastifyRequest).who?.actor ?? SIGNED_OUT,
    csrfOpts: { hmacKey: cookieSecret },
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyStatic, { root: fileURLToPath(new URL("./public/", import.meta.url)), prefix: "/static/" });
  const vendors: Array<[string, string]> = [["leaflet", "leaflet"], ["leaflet.markercluster", "markercluster"], ["uplot", "uplot"]];
  for (const [pkg, prefix] of vendors) {
    await app.register(fastifyStatic, { root: packageDir(pkg), prefix: `/vendor/${prefix}/`, decorateReply: false });
  }
  app.addHook("onRequest", async (req, reply) => checkAccess(ctx, req, reply));
  app.addHook("onSend", async (req, reply) => {
    // Case data must never sit in a browser's cache or history snapshots.
    if (!PUBLIC.test(req.url) || req.url.startsWith("/signin")) reply.header("cache-control", "no-store");
  });
  app.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, _req, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) ctx.deps.logger.error({ err: error }, "dashboard request failed");
    return reply.code(status).type("text/plain; charset=utf-8").send(status === 403 ? "refused" : status >= 500 ? "something went wrong" : "bad request");
  });
  return app;
}

/**
 * Every request but the sign-in pages: a live session of a coordinator who is
 * on the allowlist now. A coordinator taken off `COORDINATOR_IDS` is refused
 * at their next request, whatever their cookie says.
 */
async function checkAccess(ctx: DashboardContext, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (PUBLIC.test(req.url)) return;
  const token = req.cookies[SESSION_COOKIE];
  const who = token ? await ctx.signIn.session(token) : undefined;
  if (who && allowedActors(ctx).has(who.actor)) {
    req.who = who;
    return;
  }
  if (req.method === "GET" && !req.url.startsWith("/events")) return reply.redirect("/signed-out", 303);
  return reply.code(401).type("text/plain; charset=utf-8").send("sign in again");
}

const allowlists = new WeakMap<object, Set<string>>();
/** Pseudonyms of the allowlisted coordinators (as the desk names them), computed once per allowlist. */
export function allowedActors(ctx: DashboardContext): Set<string> {
  const ids = ctx.deps.config.coordinatorIds;
  let set = allowlists.get(ids);
  if (!set) {
    set = new Set([...ids].map((id) => ctx.deps.pseudonymize("user", id)));
    allowlists.set(ids, set);
  }
  return set;
}
