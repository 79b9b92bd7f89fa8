import type { Redis } from "ioredis";
import type { Logger } from "pino";
import type { Audit } from "../cases/audit.js";
import type { Outbox } from "../cases/outbox.js";
import type { CaseStore } from "../cases/store.js";
import type { Config } from "../config.js";
import type { CipherBox, Pseudonymize } from "../crypto/box.js";
import type { FlowBundle } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import type { Keys } from "../redis/keys.js";
import type { TriageCard } from "../triage/card.js";
import type { CompoundReports } from "../triage/compound-link.js";
import type { CaseIndex } from "./case-index.js";
import type { PlaceName } from "./html.js";
import type { SignIn, SignedIn } from "./sign-in.js";

/** Where the card's flow version comes from (the flow registry fits). */
export interface DashboardFlows {
  byHash(hash: string): Promise<FlowBundle | undefined>;
  /** Today's triage flow, for place and compound names and the map. */
  current(): FlowBundle | undefined;
}

/** What `createDashboard` needs; the app passes its stores. */
export interface DashboardDependencies {
  redis: Redis;
  keys: Keys;
  cases: CaseStore<TriageCard>;
  audit: Audit;
  outbox: Pick<Outbox, "pending">;
  box: CipherBox;
  pseudonymize: Pseudonymize;
  translator: Translator;
  flows: DashboardFlows;
  config: Pick<Config, "env" | "dashboard" | "coordinatorIds" | "coordinatorLocale">;
  clock: () => number;
  logger: Logger;
}

/** What every page module gets. */
export interface DashboardContext {
  deps: DashboardDependencies;
  index: CaseIndex;
  place: PlaceName;
  signIn: SignIn;
  compoundReports: CompoundReports;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in coordinator (set by the allowlist check on every request). */
    who: SignedIn;
  }
}
