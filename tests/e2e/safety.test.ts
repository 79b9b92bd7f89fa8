import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { formatWithOptions } from "node:util";
import type { User } from "grammy/types";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it, inject, vi } from "vitest";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { freePort } from "../../src/redis/embedded.js";
import type { EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { COORDINATORS, DESK_CHAT_ID, randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { aofFiles } from "../helpers/aof.js";
import { dumpNamespace } from "../helpers/redis.js";
import { completeTriage } from "../helpers/triage-path.js";
import { createdCaseIds, firstCaseId } from "../helpers/cases.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** How many of this one person's flow and conversation keys exist (keys name the person by pseudonym). */
async function personKeys(h: Harness, userId: number) {
  const person = createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", userId);
  const own = new Set([h.keys.flowState(person), h.keys.conversation(person)]);
  const dump = await dumpNamespace(h.redis, h.namespace);
  return [...dump.keys()].filter((k) => own.has(k)).length;
}

describe("quick exit", () => {
  it("/exit half-way deletes every tracked message of the chat, both sides, and clears the conversation", async () => {
    harness = await startHarness();
    // Someone else half-way through, whose conversation must survive this person's exit.
    const bystander = harness.person({ id: randomUserId() });
    await bystander.send("/start");
    await bystander.tap("yes");
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.send("/discreet"); // keep everything on screen, so there is much to wipe
    await person.tap("yes");
    await person.tap("none");
    await person.tap("_done");
    await person.tap("skip");
    await person.tap("dont_know");
    await person.tap("with_me");
    await person.tap("free");
    expect(person.messages().length).toBeGreaterThan(8);
    expect(await personKeys(harness, person.from.id)).toBe(2);
    expect(await personKeys(harness, bystander.from.id)).toBe(2);
    const bystanderMessages = bystander.messages();

    await person.send("/exit");
    expect(person.messages()).toEqual([]);
    expect(harness.emulator.deleted(person.chat.id).length).toBeGreaterThan(8);
    expect(await personKeys(harness, person.from.id)).toBe(0);
    expect(await personKeys(harness, bystander.from.id)).toBe(2);
    expect(bystander.messages()).toEqual(bystanderMessages);

    // A new message starts over from the first question.
    await person.send("hello");
    expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "f:safe_now:yes")).toBe(true);
  });

  it.each([
    ["en", "exit"],
    ["en", "EXIT"],
    ["zh-CN", "退出"],
  ])("the exit word works (%s: %s) and sends nothing new", async (lang, word) => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId(), language_code: lang });
    await person.send("/start");
    await person.tap("yes");
    const sentBefore = harness.emulator.calls("sendMessage").length;
    await person.send(word);
    expect(person.messages()).toEqual([]);
    expect(harness.emulator.calls("sendMessage").length).toBe(sentBefore);
  });
});

describe("quick exit and Telegram's 48 hour delete rule", () => {
  it("deletes only the messages younger than 48 h, leaves the older ones, and sends nothing new", async () => {
    const HOUR = 3600_000;
    let now = Date.UTC(2025, 0, 1, 5, 0);
    harness = await startHarness({ clock: () => now });
    const person = harness.person({ id: randomUserId() });
    const ids = () => person.messages().map((m) => m.message_id);
    await person.send("/start");
    await person.send("/discreet"); // keep every question and answer on screen
    await person.tap("yes");
    await person.tap("none");
    await person.tap("_done");
    const old = ids();
    expect(old.length).toBeGreaterThan(4);

    now += 47 * HOUR;
    await person.tap("skip");
    await person.tap("dont_know");
    await person.tap("with_me");
    await person.tap("free");
    const young = ids().filter((id) => !old.includes(id));
    expect(young.length).toBeGreaterThan(2);
    // Nothing from the first hour was deleted on the way (discreet mode is off).
    expect(ids()).toEqual([...old, ...young]);

    now += 2 * HOUR; // the first messages are now 49 h old, the later ones 2 h
    const callsBefore = harness.emulator.calls().length;
    const exitId = (await person.send("/exit")).message_id;
    const after = harness.emulator.calls().slice(callsBefore).filter((c) => Number(c.params.chat_id) === person.chat.id);

    // The bot asks Telegram only for what Telegram still lets it delete...
    const asked = after.filter((c) => c.method === "deleteMessages").flatMap((c) => c.params.message_ids as number[]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((id) => old.includes(id)), "asked to delete messages older than 48 h").toEqual([]);
    expect(after.filter((c) => c.method === "deleteMessage" && old.includes(Number(c.params.message_id)))).toEqual([]);
    // ...and gets all of it: the younger messages (and the /exit itself) are gone, the older ones stay.
    expect([...new Set(asked)].sort((a, b) => a - b)).toEqual([...young, exitId]);
    expect(ids()).toEqual(old);
    // README: quick exit deletes what Telegram still lets a bot delete and sends nothing; that older
    // messages stay is stated only under "What is not protected". The person is told nothing new.
    expect(after.filter((c) => c.method !== "deleteMessages")).toEqual([]);
    expect(await personKeys(harness, person.from.id)).toBe(0);
  });
});

describe("discreet mode", () => {
  it("is on by default and leaves at most the last message in the chat after a full triage", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person);
    const left = person.messages();
    expect(left.length).toBeLessThanOrEqual(1);
    expect(left[0]?.from.is_bot).toBe(true);
    expect(left[0]?.protect_content).toBe(true);
  });

  it("answering with buttons sends no new message: the question turns into the next one, so the phone does not buzz", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    const sends = () => harness!.emulator.calls("sendMessage").filter((c) => c.params.chat_id === person.chat.id).length;
    const before = sends();
    await person.tap("none");
    await person.tap("_done");
    await person.tap("skip");
    await person.tap("kh");
    await person.tap("kh_preah_sihanouk");
    expect(sends()).toBe(before);
    expect(person.lastQuestion()?.text).toMatch(/compound|building/i);
    expect(person.messages()).toHaveLength(1);
  });

  it("every message to the person is protected from forwarding and saving", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    const toPerson = harness.emulator.calls("sendMessage").filter((c) => c.params.chat_id === person.chat.id);
    expect(toPerson.length).toBeGreaterThan(1);
    expect(toPerson.every((c) => c.params.protect_content === true)).toBe(true);
  });
});

describe("erase", () => {
  it("/erase after a case destroys it in Redis and tells the desk", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person);
    const caseId = await firstCaseId(harness);
    await harness.emulator.waitFor(() => harness!.deskMessages().some((m) => m.text?.includes(caseId)));

    await person.send("/erase");
    expect(await harness.app.cases.get(caseId)).toBeUndefined();
    const leftovers = [...(await dumpNamespace(harness.redis, harness.namespace)).keys()].filter((k) => k.includes(`{${caseId}}`));
    expect(leftovers).toEqual([]);
    await harness.emulator.waitFor(() => harness!.deskMessages().some((m) => /withdrawn/i.test(m.text ?? "")));
    // The card no longer shows the case's facts.
    const card = harness.deskMessages().find((m) => m.text?.includes(caseId));
    expect(card?.text ?? "").not.toMatch(/Otres|passport/i);
    // The person's chat holds one short line, nothing about the case.
    expect(person.messages().length).toBeLessThanOrEqual(1);
  });
});

// ── Nothing personal leaks ──────────────────────────────────────────────────
//
// One case lives its whole life, under long polling and under a webhook, with a
// canary in every personal input on both sides of the desk: triage (typed
// places, pin and live location, amounts, Khmer and Chinese text, a surname, a
// phone number), a forged button, an outsider refused at the card, claim and
// escalate, a reply held for the person's window and delivered when they write,
// a photo, an edit, a rate-limited message, /reply, /queue, /mine, Telegram
// refusing a relay and a /case repost (fallback card, dead letter), quick exit,
// resolve, /erase and shutdown. Then every channel a captor, an intruder or a
// log reader could see is searched: the app's pino output, everything printed
// (stdout, stderr, the console, fds 1 and 2), every value of every Redis key in
// any namespace, every command sent to Redis (MONITOR: written-then-deleted
// values too), and the AOF files. A second test plants a canary in each channel
// and checks the search finds it, so the check cannot rot into passing.

const PERSON_ID = 948_271_563;
const PINNED_ID = 948_315_207;
const COORDINATOR_ID = 861_394_027;
const OUTSIDER_ID = 735_284_916;
const KHMER = "អគារពណ៌ខៀវនៅក្បែរសមុទ្រ"; // "the blue building by the sea"
const CHINESE = "老板拿走了我的护照金丝雀"; // "the boss took my passport, canary"
const SAY = {
  province: "Canaryprov Hills",
  compound: "Canarycompound Golden Tower",
  surroundings: `${KHMER} canary-surroundings-7f3a, call +855 97 316 4820`,
  ransom: "$73,519",
  nationality: "Canarynation",
  others: "9173",
  notes: `My name is Rosa Villacanary. ${CHINESE}`,
  relayDelivered: "canary-relay-delivered-4b8e",
  relayRefused: "canary-relay-refused-9d1e",
  edited: "canary-edited-71c2",
  startPayload: "canary-deeplink-8c3d",
  flooded: "canary-flooded-2f7d",
  forgedButton: "f:surroundings:canary-forged-6e0a",
  heldReply: "canary-coordinator-held-5a1b",
  slashReply: "canary-coordinator-slash-33ef",
};

interface Canary {
  what: string;
  pattern: RegExp;
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Text as typed, in any letter case. */
const textCanary = (what: string, needle: string): Canary => ({ what, pattern: new RegExp(escapeRegExp(needle), "iu") });
/**
 * A short number: its digits standing alone, so that it is not found inside a
 * timestamp, an id or a run of base64 (a leak shows it as `"others":9173` or `9173 people`).
 */
const numberCanary = (what: string, digits: string): Canary => ({ what, pattern: new RegExp(`(?<![0-9A-Za-z])${digits}(?![0-9A-Za-z])`, "u") });

const CANARIES: Canary[] = [
  textCanary("the person's Telegram id", String(PERSON_ID)),
  textCanary("the person's first name", "Canaryfirst"),
  textCanary("the second person's Telegram id", String(PINNED_ID)),
  textCanary("the second person's first name", "Canarypinned"),
  textCanary("the person's last name", "Canarylast"),
  textCanary("the person's username", "canary_person_un"),
  textCanary("the pin's latitude", "10.58123"),
  textCanary("the pin's longitude", "103.54321"),
  textCanary("the live location's latitude", "10.59876"),
  textCanary("the live location's longitude", "103.55432"),
  textCanary("a /start payload", SAY.startPayload),
  textCanary("forged callback data", "canary-forged-6e0a"),
  textCanary("the typed province", SAY.province),
  textCanary("the typed compound", SAY.compound),
  textCanary("the surroundings", "canary-surroundings-7f3a"),
  textCanary("the surroundings in Khmer", KHMER),
  textCanary("a phone number, as typed", "97 316 4820"),
  textCanary("a phone number, digits only", "973164820"),
  numberCanary("the ransom amount", "73519"),
  textCanary("the ransom amount, as typed", "73,519"),
  textCanary("the typed nationality", SAY.nationality),
  numberCanary("the number of others", SAY.others),
  textCanary("the number of others, grouped", "9,173"),
  textCanary("a surname in the notes", "Villacanary"),
  textCanary("the notes in Chinese", CHINESE),
  textCanary("the person's relayed message", SAY.relayDelivered),
  textCanary("the person's message Telegram refused", SAY.relayRefused),
  textCanary("the person's edit", SAY.edited),
  textCanary("a message dropped by the rate limit", SAY.flooded),
  textCanary("the coordinator's Telegram id", String(COORDINATOR_ID)),
  textCanary("the coordinator's first name", "Canarycoordfirst"),
  textCanary("the coordinator's last name", "Canarycoordlast"),
  textCanary("the coordinator's username", "canary_coord_un"),
  textCanary("the coordinator's held reply", SAY.heldReply),
  textCanary("the coordinator's /reply", SAY.slashReply),
  textCanary("an outsider's Telegram id", String(OUTSIDER_ID)),
  textCanary("an outsider's first name", "Canaryoutsider"),
  textCanary("an outsider's username", "canary_outsider_un"),
  textCanary("an outsider's reply", "canary-outsider-reply"),
];

/** Which canaries each channel shows, as `channel: what`. */
function leaksIn(channels: Record<string, string>, canaries: Canary[] = CANARIES): string[] {
  return Object.entries(channels).flatMap(([channel, text]) =>
    canaries.filter((c) => c.pattern.test(text)).map((c) => `${channel}: ${c.what}`),
  );
}

/** Log lines as written, and every key and value in them decoded (a `\u` escape hides nothing). */
function logText(lines: string[]): string {
  const leaves: string[] = [];
  const walk = (value: unknown): void => {
    if (value === null || value === undefined) return;
    if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        leaves.push(k);
        walk(v);
      }
    } else leaves.push(String(value));
  };
  for (const line of lines.join("").split("\n")) {
    if (!line.trim()) continue;
    try {
      walk(JSON.parse(line));
    } catch {
      leaves.push(`unparsed log line: ${line}`);
    }
  }
  return `${lines.join("")}\n${leaves.join("\n")}`;
}

/**
 * Everything printed while it runs: stdout, stderr, the console (vitest routes
 * the console around process.stdout) and raw writes to fds 1 and 2 (how pino's
 * own destination writes). `quiet`: recorded, not printed.
 */
function captureOutput(options: { quiet?: boolean } = {}) {
  const streams = [vi.spyOn(process.stdout, "write"), vi.spyOn(process.stderr, "write")];
  const consoles = (["log", "info", "warn", "error", "debug", "trace", "dir"] as const).map((m) => vi.spyOn(console, m));
  const writeSync = fs.writeSync;
  const fds = [vi.spyOn(fs, "writeSync"), vi.spyOn(fs, "write")];
  if (options.quiet) {
    for (const spy of [...streams, ...consoles]) (spy as unknown as { mockImplementation(fn: () => boolean): void }).mockImplementation(() => true);
    (fds[0] as unknown as { mockImplementation(fn: (fd: number, ...rest: unknown[]) => number): void }).mockImplementation((fd, ...rest) =>
      fd === 1 || fd === 2
        ? Buffer.byteLength(rest[0] as string | Uint8Array)
        : (writeSync as (fd: number, ...rest: unknown[]) => number)(fd, ...rest),
    );
  }
  const show = (arg: unknown) =>
    typeof arg === "string" ? arg : arg instanceof Uint8Array ? Buffer.from(arg).toString("utf8") : formatWithOptions({ depth: Infinity, showHidden: true }, "%O", arg);
  const calls = (spies: { mock: { calls: unknown[][] } }[]) => spies.flatMap((spy) => spy.mock.calls);
  return {
    text: () =>
      [
        ...calls([...streams, ...consoles]).map((args) => args.map(show).join(" ")),
        ...calls(fds).filter(([fd]) => fd === 1 || fd === 2).map(([, data]) => show(data)),
      ].join("\n"),
    restore: () => [...streams, ...consoles, ...fds].forEach((spy) => spy.mockRestore()),
  };
}

/**
 * Every key of the Redis (any namespace: a key the app wrote outside its own
 * must not escape the check) with every value of every type, and the streams'
 * groups and consumers.
 */
async function redisText(redis: Redis): Promise<string> {
  const out: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "COUNT", 1000);
    cursor = next;
    for (const key of keys) {
      out.push(key);
      const type = await redis.type(key);
      if (type === "none") continue; // deleted since the scan
      else if (type === "string") out.push((await redis.get(key)) ?? "");
      else if (type === "hash") out.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === "list") out.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === "set") out.push(JSON.stringify(await redis.smembers(key)));
      else if (type === "zset") out.push(JSON.stringify(await redis.zrange(key, "0", "-1", "WITHSCORES")));
      else if (type === "stream") {
        out.push(JSON.stringify(await redis.xrange(key, "-", "+")));
        const groups = (await redis.xinfo("GROUPS", key).catch(() => [])) as unknown[][];
        out.push(JSON.stringify(groups));
        for (const group of groups) {
          const name = group[group.indexOf("name") + 1];
          if (typeof name === "string") out.push(JSON.stringify(await redis.xinfo("CONSUMERS", key, name).catch(() => [])));
        }
      } else throw new Error(`redisText: key ${key} has type ${type}, which the leak check does not read`);
    }
  } while (cursor !== "0");
  return out.join("\n");
}

/**
 * Every command any client sends to Redis from now on, decoded (MONITOR escapes non-ASCII
 * bytes as \xNN). A raw socket rather than ioredis's monitor(): ioredis enters monitoring
 * mode a microtask after Redis's OK, so lines already in the same chunk (other test files
 * keep Redis busy) reach it as replies to no command and it throws.
 */
async function monitorRedis(url: string) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  socket.setEncoding("utf8");
  const lines: string[] = [];
  let buffered = "";
  await new Promise<void>((ready, fail) => {
    socket.once("error", fail);
    socket.on("data", (chunk: string) => {
      buffered += chunk;
      let end: number;
      while ((end = buffered.indexOf("\r\n")) >= 0) {
        const line = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        if (line === "+OK") ready();
        const quote = line.indexOf('"');
        if (!line.startsWith("+") || quote < 0) continue;
        const args = line
          .slice(quote + 1, -1)
          .split('" "')
          .map((arg) => arg.replace(/\\"/g, '"'));
        lines.push(args.map(unescapeMonitorArg).join(" "));
      }
    });
    socket.write("MONITOR\r\n");
  });
  socket.on("error", () => undefined);
  return {
    text: () => lines.join("\n"),
    async stop() {
      socket.destroy();
    },
  };
}

function unescapeMonitorArg(arg: string): string {
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, a: 7, b: 8, '"': 34, "\\": 92 };
  const bytes: number[] = [];
  for (let i = 0; i < arg.length; i++) {
    if (arg[i] === "\\" && arg[i + 1] === "x" && /^[0-9a-f]{2}$/i.test(arg.slice(i + 2, i + 4))) {
      bytes.push(parseInt(arg.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (arg[i] === "\\" && simple[arg[i + 1] ?? ""] !== undefined) {
      bytes.push(simple[arg[i + 1]!]!);
      i += 1;
    } else bytes.push(...Buffer.from(arg[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** The AOF files' bytes read as UTF-8 and as latin1, RESP length lines (`$123`, `*3`) taken out. */
function readAof(): string {
  const bytes = Buffer.concat(aofFiles());
  const withoutLengths = (s: string) => s.replace(/(^|\n)[$*]\d+\r(?=\n)/g, "$1");
  return `${withoutLengths(bytes.toString("utf8"))}\n${withoutLengths(bytes.toString("latin1"))}`;
}

/**
 * Writes a sentinel key and waits (appendfsync everysec; MONITOR is a stream)
 * until both the AOF and the monitor show it: then they hold every write made
 * before. Returns the AOF.
 */
async function flushedAof(redis: Redis, monitor: { text(): string }, timeoutMs = 20_000): Promise<string> {
  const sentinel = `aof-sentinel-${randomBytes(8).toString("hex")}`;
  await redis.set(sentinel, "1");
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const aof = readAof();
      if (aof.includes(sentinel) && monitor.text().includes(sentinel)) return aof;
      if (Date.now() > deadline) throw new Error(`the AOF or MONITOR did not show ${sentinel} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await redis.del(sentinel);
  }
}

async function aofRewrites(redis: Redis): Promise<number> {
  return Number(/^aof_rewrites:(\d+)/m.exec(await redis.info("persistence"))?.[1] ?? Number.NaN);
}

/** A coordinator in the harness's group with a full Telegram identity (harness.coordinator sets only a first name). */
function deskUser(h: Harness, user: User) {
  const chat = { id: DESK_CHAT_ID, type: "supergroup" as const };
  return {
    send: async (text: string, replyToMessageId?: number) => {
      h.expectUpdates(1);
      const message = h.emulator.sendText(chat, user, text, { replyToMessageId });
      await h.settle();
      return message;
    },
    press: async (messageId: number, data: string) => {
      h.expectUpdates(1);
      h.emulator.pressButton(chat, user, messageId, data);
      await h.settle();
    },
  };
}

function buttonOn(message: EmulatedMessage | undefined, label: RegExp): string {
  const button = message?.reply_markup?.inline_keyboard.flat().find((b) => label.test(b.text));
  if (!button || !("callback_data" in button)) {
    throw new Error(`no button ${label} on: ${message?.reply_markup?.inline_keyboard.flat().map((b) => b.text).join(", ")}`);
  }
  return button.callback_data;
}

/** Every channel, looked at now: the AOF and MONITOR once they hold every write made so far. */
async function lookEverywhere(h: Harness, redis: Redis, monitor: { text(): string }, output: { text(): string }): Promise<Record<string, string>> {
  const aof = await flushedAof(redis, monitor);
  return { logs: logText(h.logs), output: output.text(), redis: await redisText(redis), aof, monitor: monitor.text() };
}

/** Runs `body` with Redis MONITOR and the output capture on; both are undone after it. */
async function watched(
  body: (tools: { redis: Redis; monitor: { text(): string }; output: { text(): string } }) => Promise<void>,
  options: { quiet?: boolean } = {},
): Promise<void> {
  const url = inject("redisUrl");
  const redis = new Redis(url);
  const monitor = await monitorRedis(url);
  const output = captureOutput(options);
  try {
    await body({ redis, monitor, output });
  } finally {
    output.restore();
    await monitor.stop();
    redis.disconnect();
  }
}

describe("nothing personal leaks into logs, output, Redis or the AOF", () => {
  it.each(["long polling", "a webhook"])(
    "a case's whole life (%s), with a canary in every personal input on both sides, leaves none of them anywhere",
    async (receiving) => {
      const MINUTE = 60_000;
      let now = Date.now();
      const port = await freePort();
      const webhook = { WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, WEBHOOK_SECRET: "webhook-secret-for-tests-0123456789", PORT: String(port) };
      await watched(async ({ redis, monitor, output }) => {
        const rewritesBefore = await aofRewrites(redis);
        const h = (harness = await startHarness({
          clock: () => now,
          env: {
            COORDINATOR_IDS: [...COORDINATORS, COORDINATOR_ID].join(","),
            LOG_LEVEL: "trace",
            ...(receiving === "a webhook" ? webhook : {}),
          },
        }));
        const person = h.person({ id: PERSON_ID, first_name: "Canaryfirst", last_name: "Canarylast", username: "canary_person_un", language_code: "en" });
        const coordinator = deskUser(h, {
          id: COORDINATOR_ID,
          is_bot: false,
          first_name: "Canarycoordfirst",
          last_name: "Canarycoordlast",
          username: "canary_coord_un",
          language_code: "en",
        });
        // In the group but not on the allowlist: refused and audited.
        const outsider = deskUser(h, { id: OUTSIDER_ID, is_bot: false, first_name: "Canaryoutsider", username: "canary_outsider_un", language_code: "en" });

        // Triage: every typed answer and the pin carry a canary. No danger right now, so the
        // case is "high", not "critical", and the card offers Escalate.
        await person.send(`/start ${SAY.startPayload}`);
        await person.tap("yes");
        await person.tap("none");
        await person.tap("_done");
        await person.tap("skip");
        await person.tap("kh");
        await person.send(SAY.province);
        expect(person.lastQuestion()?.text).toMatch(/compound|building/i);
        await person.send(SAY.compound);
        await person.tap("taken");
        await person.tap("locked_in");
        await person.tap("i_write_first");
        await person.tap("embassy_ngo");
        await person.tap("ok");
        const caseId = await firstCaseId(h);

        // The pin (one answer for "where") is the other way to the card: a second person
        // gives it, and a live location moves on (an edit of the pin, ignored past the question).
        const pinned = h.person({ id: PINNED_ID, first_name: "Canarypinned", language_code: "en" });
        await pinned.send("/start");
        await pinned.tap("yes");
        await pinned.tap("none");
        await pinned.tap("_done");
        const pin = await pinned.location(10.58123, 103.54321);
        h.expectUpdates(1);
        h.emulator.pushUpdate({
          edited_message: {
            message_id: pin.message_id,
            date: pin.date,
            edit_date: Math.floor(now / 1000),
            chat: { id: pinned.chat.id, type: "private", first_name: "Canarypinned" },
            from: pinned.from,
            location: { latitude: 10.59876, longitude: 103.55432, live_period: 3600 },
          },
        });
        await h.settle();
        await pinned.tap("with_me");
        await pinned.tap("guarded");
        await pinned.tap("any_time");
        await pinned.tap("ngo_only");
        await pinned.tap("ok");
        const pinnedCaseId = (await createdCaseIds(h))[1] ?? "";
        const pinnedCard = await h.emulator.waitFor(() => h.deskMessages().find((m) => m.text?.includes(pinnedCaseId) && m.reply_markup), 10_000);
        for (const shown of ["10.58123", "103.54321"]) expect(pinnedCard.text, `the card shows ${shown}`).toContain(shown);

        await person.tap("inside");
        // A forged button is pressed.
        await person.press(person.lastQuestion()!.message_id, SAY.forgedButton);
        await person.send(SAY.surroundings);
        await person.tap("no");
        await person.tap("beaten");
        await person.tap("_done");
        await person.tap("ransom");
        await person.send(SAY.ransom);
        await person.tap("company");
        await person.send(SAY.nationality);
        await person.send(SAY.others);
        await person.send(SAY.notes);

        const card = await h.emulator.waitFor(() => h.deskMessages().find((m) => m.text?.includes(caseId) && m.reply_markup), 10_000);
        expect((await h.app.cases.get(caseId))?.tier).toBe("high");
        /** The case's card as it stands (a /case repost becomes the card). */
        const cardNow = async () => {
          const id = (await h.app.cases.get(caseId))?.cardMessageId;
          return h.deskMessages().find((m) => m.message_id === id);
        };
        const press = async (label: RegExp) => {
          const current = await cardNow();
          await coordinator.press(current!.message_id, buttonOn(current, label));
        };

        // Someone in the group who is no coordinator presses Claim and replies: both refused.
        await outsider.press(card.message_id, buttonOn(card, /Claim/));
        await outsider.send("canary-outsider-reply", card.message_id);
        expect((await h.app.cases.get(caseId))?.status).toBe("open");

        // Claim, then escalate with a reason, through the card's buttons.
        await coordinator.press(card.message_id, buttonOn(card, /Claim/));
        await press(/Escalate/);
        await press(/Moved or sold/);
        expect(await h.app.cases.get(caseId)).toMatchObject({ status: "claimed", tier: "critical" });
        // The answers did reach the (now full) card: the canaries are real data, not lost on the way.
        for (const shown of [SAY.province, SAY.compound, KHMER, "97 316 4820", "73,519", SAY.nationality, "9,173", "Villacanary", CHINESE]) {
          expect((await cardNow())?.text, `the card shows ${shown}`).toContain(shown);
        }

        // The person said "only when I write first" and has been quiet for longer than the
        // grace period: the reply is held, and a desk pass does not send it.
        now += 45 * MINUTE;
        await coordinator.send(SAY.heldReply, card.message_id);
        expect(h.deskMessages().at(-1)?.text).toMatch(/Held/);
        await h.app.desk.tick();
        expect(person.messages().some((m) => m.text?.includes(SAY.heldReply))).toBe(false);

        // The person writes: their words reach the desk and the held reply goes out.
        now += MINUTE;
        // Discreet mode off first, so what they write stays in the chat for them to edit below.
        await person.send("/discreet");
        const written = await person.send(SAY.relayDelivered);
        await h.emulator.waitFor(() => person.messages().some((m) => m.text?.includes(SAY.heldReply)), 10_000);
        expect(h.deskMessages().some((m) => m.text?.includes(SAY.relayDelivered))).toBe(true);
        // ...sends a photo (refused politely) and edits what they wrote.
        await person.media("photo");
        h.expectUpdates(1);
        h.emulator.editText(person.chat, written.message_id, SAY.edited);
        await h.settle();
        // A message over the rate limit is dropped, with one notice.
        const rateKey = h.keys.rateBucket(createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", PERSON_ID));
        // An empty bucket that refills only in a minute.
        await h.redis.hset(rateKey, { t: "0", at: String(Date.now() + 60_000) });
        await h.redis.pexpire(rateKey, 60_000);
        await person.send(SAY.flooded);
        expect(h.deskMessages().some((m) => m.text?.includes(SAY.flooded))).toBe(false);
        await h.redis.del(rateKey);

        // A /reply while the window is open is delivered at once.
        await coordinator.send(`/reply ${caseId} ${SAY.slashReply}`);
        await h.emulator.waitFor(() => person.messages().some((m) => m.text?.includes(SAY.slashReply)), 10_000);

        // Telegram refuses the relay of the person's next message: the update fails and is logged.
        const refusedAt = h.emulator.calls().length;
        h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });
        await person.send(SAY.relayRefused);
        const refused = h.emulator.calls().slice(refusedAt).filter((c) => !c.ok);
        expect(refused).toHaveLength(1);
        expect(refused[0]).toMatchObject({ method: "sendMessage", params: { chat_id: DESK_CHAT_ID } });
        expect(String(refused[0]!.params.text)).toContain(SAY.relayRefused);

        // Quick exit; the team is told (with no content).
        await person.send("exit");
        expect(person.messages()).toEqual([]);
        await h.emulator.waitFor(() => h.deskMessages().some((m) => m.text?.includes(caseId) && /quick exit/.test(m.text)), 10_000);

        // The coordinator's commands; Telegram refuses the card /case posts again (its payload holds
        // every answer): the plain fallback card goes out and a dead letter is written.
        await coordinator.send("/queue");
        await coordinator.send("/mine");
        const repostAt = h.emulator.calls().length;
        h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities: Unsupported start tag" });
        await coordinator.send(`/case ${caseId}`);
        const refusedCard = h.emulator.calls().slice(repostAt).filter((c) => !c.ok);
        expect(refusedCard).toHaveLength(1);
        expect(String(refusedCard[0]!.params.text)).toContain(SAY.compound);
        expect(await h.redis.xlen(h.keys.casesDeadLetter)).toBe(1);
        expect((await cardNow())?.message_id).not.toBe(card.message_id);

        // Resolve through the (reposted) card.
        await press(/Resolve/);
        await press(/Rescued/);
        expect((await h.app.cases.get(caseId))?.status).toBe("resolved");

        // The harness captured every part's logs, the desk's and the error paths' included.
        const logs = () => h.logs.join("");
        for (const line of [
          "beacon started",
          "flow started",
          "case filed",
          "Telegram refused a card; a plain fallback card was sent",
          "person message relayed to desk",
          "rate limit exceeded",
          "update failed",
          "quick exit",
        ]) {
          expect(logs(), `the captured logs show "${line}"`).toContain(`"${line}"`);
        }
        expect(logs()).toContain(`"mode":"${receiving === "a webhook" ? "webhook" : "polling"}"`);
        // No line links a person's pseudonym to a case id (logs outlive retention).
        const entries = logs().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
        expect(entries.filter((e) => "person" in e && "caseId" in e).map((e) => e.msg)).toEqual([]);

        // First look: before the erase, while the case's data is in Redis.
        const before = await lookEverywhere(h, redis, monitor, output);
        expect(before.redis).toContain(h.keys.caseRecord(caseId)); // the dump does see the case
        if ((await aofRewrites(redis)) === rewritesBefore) expect(before.aof).toContain(h.keys.casesStream); // no rewrite since: the AOF holds the test's writes verbatim
        expect(leaksIn(before)).toEqual([]);

        // Then /erase, and stop the app so that shutdown logs too.
        await person.send("/erase");
        expect(await h.app.cases.get(caseId)).toBeUndefined();
        await pinned.send("/erase");
        expect(await h.app.cases.get(pinnedCaseId)).toBeUndefined();
        expect(logs()).toContain('"erase requested"');
        await h.stop();
        harness = undefined;
        expect(leaksIn(await lookEverywhere(h, redis, monitor, output))).toEqual([]);
      });
    },
    120_000,
  );

  it("the leak check sees a canary planted in each channel", async () => {
    await watched(async ({ redis, monitor, output }) => {
      const h = (harness = await startHarness());
      const person = h.person({ id: randomUserId() });
      await person.send("/start");
      // The app logs an error's type: give one a canary for a name, on the app's own log path.
      const client = h.redis as unknown as { evalsha: (...args: unknown[]) => Promise<unknown> };
      const evalsha = client.evalsha.bind(h.redis);
      client.evalsha = async (...args: unknown[]) => {
        client.evalsha = evalsha;
        throw Object.assign(new Error("planted"), { name: "canary_person_un" });
      };
      await person.send("hello");
      process.stdout.write("Canaryfirst\n");
      process.stderr.write(Buffer.from(`${KHMER}\n`));
      fs.writeSync(1, "9,173\n"); // as pino's own destination writes
      console.error({ deep: { er: { still: { deeper: PERSON_ID } } } });
      const ns = h.namespace;
      await redis.set(`${ns}:plant:string`, SAY.province);
      await redis.hset(`${ns}:plant:hash`, "field", SAY.compound);
      await redis.hset(`${ns}:plant:hash-field`, "Villacanary", "value");
      await redis.rpush(`${ns}:plant:list`, CHINESE);
      await redis.sadd(`${ns}:plant:set`, SAY.nationality);
      await redis.zadd(`${ns}:plant:zset`, 9173, "10.58123"); // a score is data too
      await redis.xadd(`${ns}:plant:stream`, "*", "amount", "73519");
      await redis.set(`${ns}:plant:gone`, SAY.heldReply); // only the AOF and MONITOR keep it
      await redis.del(`${ns}:plant:gone`);
      await redis.echo(SAY.slashReply); // only MONITOR sees it
      const seen = leaksIn(await lookEverywhere(h, redis, monitor, output));
      await redis.del(...(await redis.keys(`${ns}:plant:*`)));
      expect(seen).toEqual(
        expect.arrayContaining([
          "logs: the person's username",
          "output: the person's first name",
          "output: the surroundings in Khmer",
          "output: the person's Telegram id",
          "output: the number of others, grouped",
          ...["redis", "aof", "monitor"].flatMap((channel) =>
            ["the typed province", "the typed compound", "a surname in the notes", "the notes in Chinese", "the typed nationality", "the pin's latitude", "the number of others", "the ransom amount"].map((what) => `${channel}: ${what}`),
          ),
          "aof: the coordinator's held reply",
          "monitor: the coordinator's held reply",
          "monitor: the coordinator's /reply",
        ]),
      );
      expect(seen).not.toContain("redis: the coordinator's held reply");
    }, { quiet: true });
  });
});

describe("erase after the case was closed", () => {
  it("/erase still destroys a resolved case of the person", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person);
    const caseId = await firstCaseId(harness);
    const record = (await harness.app.cases.get(caseId))!;
    const { person: pseudonym } = (await harness.app.cases.getContact(caseId))!;
    await harness.app.cases.transition(caseId, "resolve", { expectedVersion: record.version, actor: "coord-x", outcome: "rescued" });
    // Closing a case drops the person's pointer to it; only its sealed contact still knows whose it is.
    expect(await harness.app.cases.caseOfPerson(pseudonym)).toBeUndefined();
    await person.send("/erase");
    expect(await harness.app.cases.get(caseId)).toBeUndefined();
    expect(await harness.app.cases.getContact(caseId)).toBeUndefined();
  });
});
