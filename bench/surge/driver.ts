import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { Redis } from "ioredis";
import { createApp } from "../../src/app/app.js";
import { loadConfig } from "../../src/config.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { startEmbeddedRedis } from "../../src/redis/embedded.js";
import { createBotApiEmulator, type CallRecord, type LimitStats, type RateLimits } from "../../src/sandbox/emulator/index.js";
import { watchCards, type Sighting } from "./cards.js";
import { simulatePerson, type Behaviour, type PersonOutcome } from "./person.js";

export const GROUP_ID = -1009000000001;
const TOKEN = "424242:surge-token-for-the-local-emulator";
const FIRST_USER_ID = 2_000_000;

export interface SurgeOptions extends Behaviour {
  people: number;
  rampSeconds: number;
  /** The emulator's flood limits: true (Telegram's), false (off) or some overridden. */
  limits: boolean | Partial<RateLimits>;
  /** More settings for the app (e.g. SEND_* when the emulator's limits are overridden). */
  appEnv?: Record<string, string>;
  /** The whole run stops after this long; people still going count as unfinished. */
  maxSeconds: number;
  /** After the last person is done, how long to wait for cards still missing. */
  cardWaitSeconds: number;
  seed: number;
}

export const DEFAULT_SURGE: SurgeOptions = {
  people: 150,
  rampSeconds: 10,
  limits: true,
  answerDelayMs: 1000,
  resendAfterMs: 20_000,
  maxTries: 3,
  maxSeconds: 900,
  cardWaitSeconds: 600,
  seed: 1,
};

/** Everything a run observed; metrics.ts turns it into figures. */
export interface SurgeRun {
  options: SurgeOptions;
  people: (PersonOutcome & { sighting?: Sighting })[];
  calls: CallRecord[];
  limits: LimitStats;
  /** Log lines the app wrote at warn or above, by message. */
  problems: Record<string, number>;
  startedAt: number;
  endedAt: number;
}

/** Seeded, so two runs with the same options start people at the same moments. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Counts the app's warn+ log lines by their message, never keeping their fields. */
function problemSink(problems: Record<string, number>): Writable {
  return new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n")) {
        if (!line) continue;
        const entry = JSON.parse(line) as { msg?: string; err?: { type?: string; code?: string; message?: string } };
        const msg = entry.msg ?? "?";
        problems[msg] = (problems[msg] ?? 0) + 1;
        // SURGE_DEBUG=1: the error's class, code and message too (benchmark data, no person's words).
        if (process.env.SURGE_DEBUG && entry.err) process.stderr.write(`${msg}: ${JSON.stringify(entry.err).slice(0, 400)}\n`);
      }
      done();
    },
  });
}

/**
 * A surge: `people` people start the triage within `rampSeconds`, against the
 * real app polling the Bot API emulator (limits as given) with a private
 * redis-server. Resolves once everyone is done and the cards are in (or the
 * waits ran out); cleans up everything it started.
 */
export async function runSurge(given: Partial<SurgeOptions> = {}): Promise<SurgeRun> {
  const options = { ...DEFAULT_SURGE, ...given };
  const dir = mkdtempSync(join(tmpdir(), "beacon-surge-"));
  const redisServer = await startEmbeddedRedis({ dir: join(dir, "redis"), appendfsync: "everysec" });
  const redis = new Redis(redisServer.url, { enableAutoPipelining: true });
  const emulator = await createBotApiEmulator({ limits: options.limits });
  const problems: Record<string, number> = {};
  try {
    emulator.registerChat({ id: GROUP_ID, type: "supergroup", title: "Coordinators" });
    const config = loadConfig({
      NODE_ENV: "test",
      BOT_TOKEN: TOKEN,
      DASHBOARD: "off",
      TELEGRAM_API_ROOT: emulator.apiRoot,
      COORDINATOR_CHAT_ID: String(GROUP_ID),
      COORDINATOR_IDS: "7001,7002",
      BEACON_DATA_KEYS: `k1:${Buffer.alloc(32, 5).toString("base64")}`,
      PSEUDONYM_SECRET: "surge-pseudonym-secret-0123456789",
      LOG_LEVEL: "warn",
      ...options.appEnv,
    });
    const logger = createLogger({ level: "warn", destination: problemSink(problems) });
    const app = createApp({ config, logger, redis, namespace: "surge", skipRedisCheck: true });
    const cards = watchCards(emulator, GROUP_ID);
    await app.start();
    const startedAt = Date.now();
    let outcomes: PersonOutcome[];
    try {
      outcomes = await runPeople(emulator, options, config.localesDir, startedAt);
      await waitForCards(outcomes, cards, options.cardWaitSeconds * 1000);
    } finally {
      await app.stop();
      cards.stop();
    }
    const endedAt = Date.now();
    return {
      options,
      people: outcomes.map((o) => ({ ...o, sighting: o.result === "filed" ? cards.sightingOf(o.index, o.ref) : undefined })),
      calls: emulator.calls(),
      limits: emulator.limitStats(),
      problems,
      startedAt,
      endedAt,
    };
  } finally {
    await emulator.close();
    await redis.quit();
    await redisServer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runPeople(
  emulator: Awaited<ReturnType<typeof createBotApiEmulator>>,
  options: SurgeOptions,
  localesDir: string,
  startedAt: number,
): Promise<PersonOutcome[]> {
  const translator = createTranslator({ localesDir });
  const noticeTexts = new Set(["error-try-again", "error-delay", "flood-notice"].map((key) => translator.t("en", key)));
  const random = mulberry32(options.seed);
  const deadline = startedAt + options.maxSeconds * 1000;
  return Promise.all(
    Array.from({ length: options.people }, async (_, index) => {
      await new Promise((r) => setTimeout(r, random() * options.rampSeconds * 1000));
      return simulatePerson({
        emulator,
        index,
        userId: FIRST_USER_ID + index,
        // One in three reports an injury: a critical case; the others score high.
        profile: index % 3 === 0 ? "critical" : "other",
        behaviour: options,
        random: mulberry32(options.seed * 7919 + index),
        noticeTexts,
        endText: translator.t("en", "end-sent"),
        selectedMark: translator.t("en", "selected-mark"),
        deadline,
      });
    }),
  );
}

/** Polls until every filed person's case has shown in the group, or `timeoutMs` passed. */
async function waitForCards(outcomes: PersonOutcome[], cards: ReturnType<typeof watchCards>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const filed = outcomes.filter((o) => o.result === "filed");
  while (Date.now() < deadline && filed.some((o) => !cards.sightingOf(o.index, o.ref))) {
    await new Promise((r) => setTimeout(r, 100));
  }
}
