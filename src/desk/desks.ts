import { Composer } from "grammy";
import type { CaseStore } from "../cases/store.js";
import { deskKeys, STREAM_GROUPS, type Keys } from "../redis/keys.js";
import type { TriageCard } from "../triage/card.js";
import type { BotContext } from "../transport/context.js";
import { createDesk, type Desk } from "./desk.js";
import { ownedCases } from "./owned-cases.js";
import type { DeskRoute } from "./routes.js";
import { ConfigError } from "../errors.js";
import type { DeskDependencies } from "./types.js";

/**
 * Every coordinators' group as one desk: the main group (COORDINATOR_CHAT_ID) for
 * every case no route of DESKS_FILE takes, and one desk per route, each with its own
 * chat, coordinators, card language, consumer group on the cases stream, card
 * message ids and digest, so each group's 20 calls a minute are its own. A case
 * belongs to the desk it was filed to (`CaseRecord.desk`, from `routeOf`: the person's
 * language or the country they are in), for good: its card is in that group.
 *
 * @example
 * const desk = createDesks(deps, routes, (keys) => stores.caseStoreFor(keys));
 */
export function createDesks(deps: DeskDependencies, routes: readonly DeskRoute[], storeFor: (keys: Keys) => CaseStore<TriageCard>): Desk {
  const names = new Set(routes.map((r) => r.name));
  if (routes.length === 0) return withDeskCheck(createDesk(deps), deps.cases, names);
  const main = createDesk({ ...deps, cases: ownedCases(deps.cases, undefined) });
  const others = routes.map((route) => {
    const keys = deskKeys(deps.keys, route.name);
    return createDesk({
      ...deps,
      keys,
      cases: ownedCases(storeFor(keys), route.name),
      config: {
        ...deps.config,
        coordinatorChatId: route.chat_id,
        coordinatorIds: new Set(route.coordinators),
        coordinatorLocale: route.locale ?? deps.config.coordinatorLocale,
      },
      options: { ...deps.options, streamGroup: STREAM_GROUPS.deskOf(route.name) },
    });
  });
  const all = [main, ...others];
  const composer = new Composer<BotContext>();
  const personComposer = new Composer<BotContext>();
  // Each desk's composers pass on what is not theirs (another chat; a person whose case is another desk's).
  for (const desk of all) {
    composer.use(desk.composer);
    personComposer.use(desk.personComposer);
  }
  return withDeskCheck({
    composer,
    personComposer,
    eraser: {
      async eraseForPerson(person) {
        let erased: { caseId: string } | undefined;
        // Each desk erases the person's cases it holds, taking down the messages in its own group.
        for (const desk of all) erased = (await desk.eraser.eraseForPerson(person)) ?? erased;
        return erased;
      },
    },
    async noteQuickExit(person) {
      for (const desk of all) await desk.noteQuickExit(person);
    },
    async start() {
      for (const desk of all) await desk.start();
    },
    async stop() {
      for (const desk of all) await desk.stop();
    },
    async tick() {
      for (const desk of all) await desk.tick();
    },
    dispatcher: main.dispatcher,
  }, deps.cases, names);
}

/**
 * A case keeps the desk it was filed to (its card's message id is of that group). A desk
 * dropped from DESKS_FILE while it holds live cases would leave them with no group at
 * all, so the start stops and names it; put it back until its cases are closed.
 */
function withDeskCheck(desk: Desk, cases: Pick<CaseStore<TriageCard>, "openCasesByDesk">, names: ReadonlySet<string>): Desk {
  return {
    ...desk,
    async start() {
      // The desk field of each live case, no card opened: this runs at every start.
      const orphans = [...(await cases.openCasesByDesk())].filter(([name]) => !names.has(name));
      if (orphans.length > 0) {
        const list = orphans.map(([name, n]) => `"${name}" (${n} open)`).join(", ");
        throw new ConfigError(`DESKS_FILE no longer lists desk ${list}: its live cases would reach no group. Put it back until they are resolved.`);
      }
      await desk.start();
    },
  };
}
