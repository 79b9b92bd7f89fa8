/**
 * Beacon's layers (docs/architecture.md draws them). Lower layers never
 * import higher ones; `npm test` runs this through `npm run deps:check`.
 *
 *   foundation  errors, logger, config, crypto/, redis/       (no Beacon imports above it)
 *   core        flow/, i18n/, triage/, cases/                 (pure rules and stores; no Telegram)
 *   person      person/                                       (the person's state in Redis)
 *   edge        transport/ (Telegram in and out), bot/, desk/, maintenance/, dashboard/ (the web console)
 *   roots       app/, main.ts, cli/, sandbox/
 */
const FOUNDATION = "^src/(errors|logger|config|dev-secrets)\\.ts$|^src/(crypto|redis)/";
const CORE = "^src/(flow|i18n|triage|cases)/";
const ABOVE_FOUNDATION = "^src/(flow|i18n|triage|cases|person|transport|bot|desk|maintenance|dashboard|app|cli|sandbox)/|^src/main\\.ts$";
const EDGE_AND_ROOTS = "^src/(person|transport|bot|desk|maintenance|dashboard|app|cli|sandbox)/|^src/main\\.ts$";
const ROOTS = "^src/(app|cli|sandbox)/|^src/main\\.ts$";

module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", comment: "An import circle: break it by moving the shared type or port to a leaf file.", from: { path: "^src/" }, to: { circular: true } },
    { name: "foundation-stays-low", severity: "error", comment: "errors, logger, config, crypto and redis are used by everything and use nothing of Beacon above them.", from: { path: FOUNDATION }, to: { path: ABOVE_FOUNDATION } },
    { name: "core-has-no-edge", severity: "error", comment: "flow, i18n, triage and cases are the rules: they know no Telegram edge, desk, bot or root.", from: { path: CORE }, to: { path: EDGE_AND_ROOTS } },
    { name: "core-is-telegram-free", severity: "error", comment: "The flow engine and the other core rooms are Telegram-free: the edge turns their effects into Bot API calls.", from: { path: CORE }, to: { path: "node_modules/(grammy|@grammyjs)/" } },
    { name: "person-below-edge", severity: "error", comment: "The person's stores serve the bot and the desk; they do not call them.", from: { path: "^src/person/" }, to: { path: "^src/(transport|bot|desk|maintenance|dashboard)/|" + ROOTS } },
    { name: "transport-is-the-lowest-edge", severity: "error", comment: "transport/ is Telegram in and out (webhook, lease, dedupe, outbound scheduler); features sit on it, not the other way.", from: { path: "^src/transport/" }, to: { path: "^src/(bot|desk|maintenance|dashboard)/|" + ROOTS } },
    { name: "bot-does-not-reach-into-desk", severity: "error", comment: "The person's side meets the desk only through ports wired in app/.", from: { path: "^src/bot/" }, to: { path: "^src/(desk|dashboard)/|" + ROOTS } },
    { name: "desk-below-roots", severity: "error", from: { path: "^src/desk/" }, to: { path: "^src/dashboard/|" + ROOTS } },
    { name: "dashboard-uses-stores-not-the-bot", severity: "error", comment: "The dashboard reads and changes cases through the case store and its fenced transitions; the desk re-renders cards from the stream. It never reaches into the bot, the desk or the jobs.", from: { path: "^src/dashboard/" }, to: { path: "^src/(bot|desk|maintenance)/|" + ROOTS } },
    { name: "maintenance-is-jobs-only", severity: "error", comment: "Retention, rotation and AOF rewrites work on stores, never through Telegram.", from: { path: "^src/maintenance/" }, to: { path: "^src/(transport|bot|desk|dashboard)/|" + ROOTS } },
    { name: "only-roots-build-the-app", severity: "error", from: { path: "^src/", pathNot: "^src/(main\\.ts|sandbox/start\\.ts)$|^src/app/" }, to: { path: "^src/app/" } },
    { name: "emulator-stands-alone", severity: "error", comment: "The Bot API emulator plays Telegram: it shares nothing with the bot but the error base class.", from: { path: "^src/sandbox/emulator/" }, to: { path: "^src/", pathNot: "^src/sandbox/emulator/|^src/errors\\.ts$" } },
    { name: "not-to-unresolvable", severity: "error", from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"], extensions: [".ts", ".js", ".json"] },
    moduleSystems: ["es6", "cjs"],
  },
};
