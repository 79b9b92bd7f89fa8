import type { FastifyInstance } from "fastify";
import { createCompoundReports } from "../triage/compound-link.js";
import { createCaseIndex } from "./case-index.js";
import { registerCasePage } from "./case-page.js";
import { registerCharts } from "./charts.js";
import { registerCompounds } from "./compounds.js";
import { registerExport } from "./export.js";
import { placeNamer } from "./html.js";
import { createLiveFeed } from "./live.js";
import { registerMap } from "./map.js";
import { registerQueue } from "./queue.js";
import { buildServer } from "./server.js";
import { registerSignIn } from "./sign-in-routes.js";
import { createSignIn, type SignedIn } from "./sign-in.js";
import type { DashboardContext, DashboardDependencies } from "./types.js";

export interface Dashboard {
  /** Listens on 127.0.0.1 and the configured port, and starts the live feed. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Where the server listens, e.g. `http://127.0.0.1:8090` (after `start`). */
  url(): string;
  /** A one-time sign-in link for a coordinator, on the public address (DASHBOARD_URL) when set. */
  issueLink(who: SignedIn): Promise<string>;
  /** The context the pages share (the benchmark renders the queue through it). */
  context: DashboardContext;
}

/**
 * The coordinators' web dashboard: the queue, each case with its timeline
 * and actions, a map, compounds, charts and the partner export. It reads the
 * case store and the audit like the desk does and changes cases only through
 * the store's fenced transitions; the desk sees each change on the cases
 * stream and re-renders the card in Telegram.
 */
export function createDashboard(deps: DashboardDependencies): Dashboard {
  const { redis, keys, cases, translator, config } = deps;
  const context: DashboardContext = {
    deps,
    index: createCaseIndex({ redis, keys, cases }),
    place: placeNamer(() => deps.flows.current(), translator, config.coordinatorLocale),
    signIn: createSignIn({ redis, keys, box: deps.box }),
    compoundReports: createCompoundReports({ redis, keys, cases }),
  };
  const live = createLiveFeed({ redis, keys, logger: deps.logger });
  let server: FastifyInstance | undefined;
  let address = "";

  return {
    context,
    async start() {
      if (server || !config.dashboard) return;
      // Cookie signatures keyed from the pseudonym secret: every instance behind the proxy agrees, a restart keeps sessions.
      const app = await buildServer(context, deps.pseudonymize("user", "dashboard-cookie-secret"));
      registerSignIn(app, context);
      registerQueue(app, context, live);
      registerCasePage(app, context);
      registerMap(app, context);
      registerCompounds(app, context);
      registerCharts(app, context);
      registerExport(app, context);
      await app.listen({ host: "127.0.0.1", port: config.dashboard.port });
      const bound = app.server.address();
      address = `http://127.0.0.1:${typeof bound === "object" && bound ? bound.port : config.dashboard.port}`;
      live.start();
      server = app;
    },
    async stop() {
      await live.stop();
      await server?.close();
      server = undefined;
    },
    url: () => address,
    async issueLink(who) {
      const token = await context.signIn.issueLink(who);
      return `${config.dashboard?.publicUrl ?? (address || dashboardBase(config.dashboard))}/signin?t=${token}`;
    },
  };
}

/** The address sign-in links point at: the reverse proxy's (DASHBOARD_URL), else the local port. */
export function dashboardBase(dashboard: { port: number; publicUrl: string | undefined } | undefined): string {
  return dashboard?.publicUrl ?? `http://127.0.0.1:${dashboard?.port ?? 0}`;
}
