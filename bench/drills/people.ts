/**
 * The simulated people of bench:surge (bench/surge/person.ts) driven against
 * Beacon processes through the emulator, and what a drill judges afterwards:
 * confirmed cases lost, silent duplicate cards, repeated questions.
 */
import type { BotApiEmulator, CallRecord } from "../../src/sandbox/emulator/index.js";
import { DEFAULT_SURGE, runPeople } from "../surge/driver.js";
import type { PersonOutcome } from "../surge/person.js";
import { GROUP_ID } from "./beacon.js";

export interface Crowd {
  people: number;
  rampSeconds: number;
  maxSeconds: number;
  seed?: number;
  answerDelayMs?: number;
  /** How long a person waits for the next question before sending the same answer again (default 8 s). */
  resendAfterMs?: number;
}

/** Runs the crowd; `fault` runs alongside, from the moment the first person may arrive. */
export async function drive(emulator: BotApiEmulator, crowd: Crowd, fault?: () => Promise<void>): Promise<PersonOutcome[]> {
  emulator.registerChat({ id: GROUP_ID, type: "supergroup", title: "Coordinators" });
  const options = {
    ...DEFAULT_SURGE,
    people: crowd.people,
    rampSeconds: crowd.rampSeconds,
    maxSeconds: crowd.maxSeconds,
    seed: crowd.seed ?? 1,
    answerDelayMs: crowd.answerDelayMs ?? 300,
    // A person whose answer met a crash or an outage sends it again after a silence, as people do.
    resendAfterMs: crowd.resendAfterMs ?? 8_000,
    maxTries: 8,
  };
  const [outcomes] = await Promise.all([runPeople(emulator, options, "locales", Date.now()), fault?.()]);
  return outcomes;
}

const MARKER = /surge#(\d+)/g;
const REF = /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/g;
export const REPEAT_MARK = "Possible repeat";

const textOf = (call: CallRecord) => String(call.params.text ?? "");
const markersIn = (text: string) => new Set([...text.matchAll(MARKER)].map((m) => Number(m[1])));

/** Cards the group got (sendMessage accepted), per person index, and how many of the extra ones say they may repeat. */
// A card's second line (desk-card-ref, COORDINATOR_LOCALE en), as sent in HTML: "<b>Case ABCD-1234</b> · …". Digests, reminders and
// relayed lines name cases too, but never on a line of their own that starts so.
const CARD_REF = /^(?:<b>)?Case ([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})(?:<\/b>)? · /m;

/**
 * Cards posted in the group, per case (by the reference on the card): a case
 * posted twice shows as total 2. Cards are posted at filing, before any
 * optional answer (the marker) is on them, so the reference is what ties a
 * post to its case.
 */
export function cardsByCase(emulator: BotApiEmulator): Map<string, { total: number; marked: number }> {
  const out = new Map<string, { total: number; marked: number }>();
  for (const call of emulator.calls("sendMessage")) {
    if (!call.ok || Number(call.params.chat_id) !== GROUP_ID) continue;
    const ref = CARD_REF.exec(textOf(call))?.[1];
    if (ref === undefined) continue;
    const seen = out.get(ref) ?? { total: 0, marked: 0 };
    seen.total++;
    if (textOf(call).includes(REPEAT_MARK)) seen.marked++;
    out.set(ref, seen);
  }
  return out;
}

/** Whether the group shows the person's case now: their card (by marker) or a digest line (by reference). */
function shownInGroup(emulator: BotApiEmulator, outcome: PersonOutcome): boolean {
  return emulator.messages(GROUP_ID).some((m) => {
    const text = m.text ?? "";
    return markersIn(text).has(outcome.index) || (outcome.ref !== undefined && [...text.matchAll(REF)].some((m) => m[0] === outcome.ref));
  });
}

/** Waits (up to `timeoutMs`) for every confirmed case to show in the group. */
export async function waitForCards(emulator: BotApiEmulator, outcomes: PersonOutcome[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const confirmed = outcomes.filter((o) => o.result === "filed");
  while (Date.now() < deadline && confirmed.some((o) => !shownInGroup(emulator, o))) await new Promise((r) => setTimeout(r, 200));
}

const questionNode = (markup: unknown): string | undefined => {
  const parsed = typeof markup === "string" ? (JSON.parse(markup) as unknown) : markup;
  const first = (parsed as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard?.[0]?.[0]?.callback_data;
  return first ? /^[fmpce]:([a-z][a-z0-9_]*):/.exec(first)?.[1] : undefined;
};

/** Questions sent to a person again as a new message (the same step twice in their chat). */
export function repeatedQuestions(emulator: BotApiEmulator, outcomes: PersonOutcome[]): number {
  const people = new Set(outcomes.map((o) => o.userId));
  const seen = new Map<number, Set<string>>();
  let repeats = 0;
  for (const call of emulator.calls("sendMessage")) {
    const chat = Number(call.params.chat_id);
    if (!call.ok || !people.has(chat)) continue;
    const node = questionNode(call.params.reply_markup);
    if (!node) continue;
    const nodes = seen.get(chat) ?? new Set<string>();
    if (nodes.has(node)) repeats++;
    nodes.add(node);
    seen.set(chat, nodes);
  }
  return repeats;
}

export interface Verdict {
  people: number;
  confirmed: number;
  /** Told "received" (a reference) but no case in Redis or nothing in the group. */
  lost: number;
  /** Did not get to a reference before the drill's time limit (gave up or still going). */
  unresumed: number;
  /** Extra cards for one case that do not say they may be a repeat. */
  silentDuplicates: number;
  markedRepeats: number;
  repeatedQuestions: number;
  /** Answers people had to send again (after a silence or an error notice): a question that never came. */
  resends: number;
  /** Error notices people saw. */
  notices: number;
  /** Slowest answer → next question, ms. */
  slowestAnswerMs: number;
}

/** Judges a crowd after the fault: `caseExists` asks the drill's Redis. */
export async function judge(
  emulator: BotApiEmulator,
  outcomes: PersonOutcome[],
  caseExists: (caseId: string) => Promise<boolean>,
): Promise<Verdict> {
  await waitForCards(emulator, outcomes, 30_000);
  const confirmed = outcomes.filter((o) => o.result === "filed");
  let lost = 0;
  for (const o of confirmed) if (!o.ref || !(await caseExists(o.ref)) || !shownInGroup(emulator, o)) lost++;
  let silentDuplicates = 0;
  let markedRepeats = 0;
  for (const { total, marked } of cardsByCase(emulator).values()) {
    markedRepeats += marked;
    silentDuplicates += Math.max(0, total - 1 - marked);
  }
  return {
    people: outcomes.length,
    confirmed: confirmed.length,
    lost,
    unresumed: outcomes.length - confirmed.length,
    silentDuplicates,
    markedRepeats,
    repeatedQuestions: repeatedQuestions(emulator, outcomes),
    resends: outcomes.reduce((n, o) => n + o.resends, 0),
    notices: outcomes.reduce((n, o) => n + o.notices, 0),
    slowestAnswerMs: Math.max(0, ...outcomes.flatMap((o) => o.latencies)),
  };
}

export const verdictText = (v: Verdict) =>
  `filed ${v.confirmed}/${v.people}, lost ${v.lost}, unresumed ${v.unresumed}, silent dup cards ${v.silentDuplicates}, marked repeats ${v.markedRepeats}, repeated questions ${v.repeatedQuestions}, resends ${v.resends}, notices ${v.notices}, slowest answer ${(v.slowestAnswerMs / 1000).toFixed(1)} s`;

/** People with a question on screen and no reference yet: the ones a fault hits mid-triage. */
export function midTriage(emulator: BotApiEmulator): number {
  let n = 0;
  for (const chat of emulator.chats()) {
    if (chat.type !== "private") continue;
    const mine = emulator.messages(chat.id).filter((m) => m.from.is_bot);
    const asked = mine.some((m) => m.reply_markup !== undefined);
    const filed = mine.some((m) => (m.text ?? "").match(REF) !== null);
    if (asked && !filed) n++;
  }
  return n;
}
