import { z } from "zod";
import { ConfigError } from "./errors.js";

/** What the bot presents as in cover mode (COVER_MODE); content in locales/cover/<locale>.yaml. */
export const COVER_MODES = ["recipes", "weather"] as const;
export type CoverMode = (typeof COVER_MODES)[number];

/** Whether Intl knows the zone (it throws a RangeError on an unknown one). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const numericId = z.string().trim().regex(/^-?\d+$/, "must be a numeric Telegram id");

const keyPair = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/=]+$/, "must be id:base64 pairs")
  .transform((pair, ctx) => {
    const [id, b64] = pair.split(":") as [string, string];
    const key = Buffer.from(b64, "base64");
    if (key.length !== 32) {
      ctx.addIssue({ code: "custom", message: `key "${id}" must be 32 bytes (base64 of 32 random bytes)` });
      return z.NEVER;
    }
    return { id, key };
  });

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no", ""])
  .default("")
  .transform((v) => v === "1" || v === "true" || v === "yes");

/** Raw environment schema; each field is named exactly like its variable so errors name it. */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  BOT_TOKEN: z
    .string()
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC… from @BotFather")
    .optional(),
  TELEGRAM_API_ROOT: z.url().optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must start with redis:// or rediss://").optional(),
  // Redis Sentinel: "host:port,host:port"; the primary is asked of them by name.
  REDIS_SENTINELS: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : []))
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d{1,5}$/, "each sentinel is host:port"))),
  REDIS_SENTINEL_NAME: z.string().default("mymaster"),
  // Redis Cluster: "host:port,host:port" of some of its nodes; the rest are found from them.
  REDIS_CLUSTER_NODES: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : []))
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d{1,5}$/, "each cluster node is host:port"))),
  REDIS_PASSWORD: z.string().optional(),
  // Replicas a new case must reach before the person is told it was received (WAIT); 1 with Sentinel unless set.
  REDIS_WAIT_REPLICAS: z.coerce.number().int().min(0).optional(),
  // How long a start waits for Redis to answer (compose may start us first, a host may reboot both).
  REDIS_CONNECT_TIMEOUT_S: z.coerce.number().int().min(1).max(3600).default(60),
  COORDINATOR_CHAT_ID: numericId.optional(),
  COORDINATOR_IDS: z
    .string()
    .default("")
    .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(numericId)),
  COORDINATOR_LOCALE: z.string().default("en"),
  // More coordinators' groups, each for the cases of some languages or countries (src/desk/routes.ts); the rest go to COORDINATOR_CHAT_ID.
  DESKS_FILE: z.string().min(1).optional(),
  // A person's safe hours are shown in their zone and in this one; a zone Intl cannot read is refused at start.
  COORDINATOR_TIMEZONE: z
    .string()
    .default("UTC")
    .refine((zone) => isTimeZone(zone), "must be an IANA time zone such as Asia/Phnom_Penh or Europe/Berlin"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEBHOOK_URL: z.url().optional(),
  WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16-256 of A-Z a-z 0-9 _ -").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  // The coordinators' web dashboard: on 127.0.0.1 only, behind the operator's reverse proxy; 0 picks a free port.
  DASHBOARD: z.enum(["on", "off"]).default("on"),
  DASHBOARD_PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  // The address coordinators open (the reverse proxy's), used in sign-in links; http://127.0.0.1:<port> by default.
  DASHBOARD_URL: z.url().optional(),
  BEACON_DATA_KEYS: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : []))
    .pipe(z.array(keyPair))
    // Seal uses the first key under its id while open takes the last one with that id: a duplicate makes new data unreadable.
    .superRefine((keys, ctx) => {
      const seen = new Set<string>();
      for (const { id } of keys) {
        if (seen.has(id)) ctx.addIssue({ code: "custom", message: `key id "${id}" appears more than once; give each key its own id` });
        seen.add(id);
      }
    }),
  PSEUDONYM_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  CONVERSATION_IDLE_HOURS: z.coerce.number().positive().max(24 * 90).default(72),
  REANNOUNCE_MINUTES: z.coerce.number().positive().default(10),
  // Discreet mode: how long a team message stays in the person's chat when they do not answer.
  DISCREET_TEAM_MINUTES: z.coerce.number().positive().max(2880).default(15),
  // Cover mode: the bot presents as a harmless service until a passphrase opens the hotline.
  COVER_MODE: z.enum(COVER_MODES).optional(),
  COVER_PASSPHRASES: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((p) => p.trim()).filter((p) => p !== "")),
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(2),
  RATE_LIMIT_BURST: z.coerce.number().int().positive().default(8),
  // What the outbound scheduler paces to: a little under Telegram's limits (30/s in all, ~1/s per chat, 20/min per group).
  SEND_GLOBAL_PER_SECOND: z.coerce.number().positive().default(28),
  SEND_CHAT_PER_SECOND: z.coerce.number().positive().default(1),
  SEND_CHAT_BURST: z.coerce.number().int().positive().default(3),
  SEND_GROUP_PER_MINUTE: z.coerce.number().positive().default(19),
  ALLOW_UNSAFE_REDIS: booleanFlag,
  FLOWS_DIR: z.string().default("flows"),
  LOCALES_DIR: z.string().default("locales"),
  DATA_DIR: z.string().default("data"),
});

const hostPort = (s: string) => ({ host: s.slice(0, s.lastIndexOf(":")), port: Number(s.slice(s.lastIndexOf(":") + 1)) });

export type DataKey = { id: string; key: Buffer };

export interface Config {
  env: "development" | "production" | "test";
  /** Whether NODE_ENV was given, rather than defaulted to development (dev secrets need a deliberate choice with a real bot). */
  envGiven: boolean;
  botToken: string | undefined;
  telegramApiRoot: string | undefined;
  redisUrl: string | undefined;
  /** Redis through Sentinel (REDIS_SENTINELS), instead of REDIS_URL. */
  redisSentinels: { sentinels: { host: string; port: number }[]; name: string; password: string | undefined } | undefined;
  /** Redis Cluster (REDIS_CLUSTER_NODES): the nodes to start from; keys get cluster hash tags (src/redis/keys.ts). */
  redisCluster: { nodes: { host: string; port: number }[]; password: string | undefined } | undefined;
  /** Replicas a new case must reach before filing counts as done. */
  redisWaitReplicas: number;
  /** How long a start waits for Redis before it gives up (ms). */
  redisConnectTimeoutMs: number;
  coordinatorChatId: number | undefined;
  coordinatorIds: ReadonlySet<number>;
  coordinatorLocale: string;
  /** DESKS_FILE: the routes of the other coordinators' groups (read at start by src/desk/routes.ts). */
  desksFile: string | undefined;
  /** IANA zone the coordinators read times in (`COORDINATOR_TIMEZONE`, default UTC). */
  coordinatorTimezone: string;
  logLevel: string;
  webhook: { url: string; secret: string; port: number } | undefined;
  sandboxPort: number;
  /** The coordinators' dashboard (src/dashboard/); undefined when `DASHBOARD=off`. */
  dashboard: { port: number; publicUrl: string | undefined } | undefined;
  /** First key encrypts; all keys decrypt. */
  dataKeys: DataKey[];
  pseudonymSecret: string | undefined;
  retentionDays: number;
  conversationIdleSeconds: number;
  reannounceSeconds: number;
  /** Discreet mode: a team message is deleted after this long unanswered (ms). */
  discreetTeamMs: number;
  /** Cover mode and the passphrases that open the hotline; undefined when off. */
  cover: { mode: CoverMode; passphrases: string[] } | undefined;
  rateLimitPerSecond: number;
  /** Updates a person may send in a quick burst before the per-second refill applies. */
  rateLimitBurst: number;
  /** The outbound scheduler's pace (see docs/outbound.md). */
  sendLimits: { globalPerSecond: number; privatePerSecond: number; privateBurst: number; groupPerMinute: number };
  allowUnsafeRedis: boolean;
  flowsDir: string;
  localesDir: string;
  dataDir: string;
}

/** Settings that are valid alone but not together (or not in production). */
function crossFieldProblems(e: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) problems.push("WEBHOOK_SECRET: required when WEBHOOK_URL is set");
  if (e.REDIS_CLUSTER_NODES.length > 0 && (e.REDIS_URL || e.REDIS_SENTINELS.length > 0)) problems.push("REDIS_CLUSTER_NODES: set either it, REDIS_SENTINELS or REDIS_URL, not several");
  // WAIT names no key, so on a cluster it would ask some node, not the one holding the case.
  if (e.REDIS_CLUSTER_NODES.length > 0 && (e.REDIS_WAIT_REPLICAS ?? 0) > 0) problems.push("REDIS_WAIT_REPLICAS: not supported with REDIS_CLUSTER_NODES");
  if (e.BOT_TOKEN && !e.COORDINATOR_CHAT_ID) problems.push("COORDINATOR_CHAT_ID: required when BOT_TOKEN is set");
  if (e.COVER_MODE && e.COVER_PASSPHRASES.length === 0) problems.push("COVER_PASSPHRASES: required when COVER_MODE is set (comma-separated), or nobody could open the hotline");
  if (e.NODE_ENV === "production") {
    if (e.BEACON_DATA_KEYS.length === 0) problems.push("BEACON_DATA_KEYS: required outside development (id:base64 of 32 random bytes)");
    if (!e.PSEUDONYM_SECRET) problems.push("PSEUDONYM_SECRET: required outside development");
    if (!e.BOT_TOKEN) problems.push("BOT_TOKEN: required in production");
  }
  return problems;
}

/**
 * Parses the environment into a {@link Config}. Never called at import time;
 * every problem names its variable so an operator knows what to fix.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  const problems = crossFieldProblems(e);
  if (problems.length) throw new ConfigError(`invalid configuration:\n  ${problems.join("\n  ")}`);
  return {
    env: e.NODE_ENV,
    envGiven: cleaned.NODE_ENV !== undefined,
    botToken: e.BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    redisUrl: e.REDIS_URL,
    redisSentinels:
      e.REDIS_SENTINELS.length > 0
        ? { sentinels: e.REDIS_SENTINELS.map(hostPort), name: e.REDIS_SENTINEL_NAME, password: e.REDIS_PASSWORD }
        : undefined,
    redisConnectTimeoutMs: e.REDIS_CONNECT_TIMEOUT_S * 1000,
    redisCluster: e.REDIS_CLUSTER_NODES.length > 0 ? { nodes: e.REDIS_CLUSTER_NODES.map(hostPort), password: e.REDIS_PASSWORD } : undefined,
    redisWaitReplicas: e.REDIS_WAIT_REPLICAS ?? (e.REDIS_SENTINELS.length > 0 ? 1 : 0),
    coordinatorChatId: e.COORDINATOR_CHAT_ID === undefined ? undefined : Number(e.COORDINATOR_CHAT_ID),
    coordinatorIds: new Set(e.COORDINATOR_IDS.map(Number)),
    coordinatorLocale: e.COORDINATOR_LOCALE,
    desksFile: e.DESKS_FILE,
    coordinatorTimezone: e.COORDINATOR_TIMEZONE,
    logLevel: e.LOG_LEVEL,
    webhook: e.WEBHOOK_URL ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET!, port: e.PORT } : undefined,
    sandboxPort: e.SANDBOX_PORT,
    dashboard: e.DASHBOARD === "on" ? { port: e.DASHBOARD_PORT, publicUrl: e.DASHBOARD_URL?.replace(/\/+$/, "") } : undefined,
    dataKeys: e.BEACON_DATA_KEYS,
    pseudonymSecret: e.PSEUDONYM_SECRET,
    retentionDays: e.RETENTION_DAYS,
    conversationIdleSeconds: Math.round(e.CONVERSATION_IDLE_HOURS * 3600),
    reannounceSeconds: Math.round(e.REANNOUNCE_MINUTES * 60),
    discreetTeamMs: Math.round(e.DISCREET_TEAM_MINUTES * 60_000),
    cover: e.COVER_MODE ? { mode: e.COVER_MODE, passphrases: e.COVER_PASSPHRASES } : undefined,
    rateLimitPerSecond: e.RATE_LIMIT_PER_SECOND,
    rateLimitBurst: e.RATE_LIMIT_BURST,
    sendLimits: {
      globalPerSecond: e.SEND_GLOBAL_PER_SECOND,
      privatePerSecond: e.SEND_CHAT_PER_SECOND,
      privateBurst: e.SEND_CHAT_BURST,
      groupPerMinute: e.SEND_GROUP_PER_MINUTE,
    },
    allowUnsafeRedis: e.ALLOW_UNSAFE_REDIS,
    flowsDir: e.FLOWS_DIR,
    localesDir: e.LOCALES_DIR,
    dataDir: e.DATA_DIR,
  };
}
