import type { User } from "grammy/types";
import type { BotApiEmulator, EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { answerTo, isQuestion, markerOf, type Answer, type Profile } from "./answers.js";

/** How people behave; the figures of a real person, shortened only by the guard test. */
export interface Behaviour {
  /** Mean time to answer once a question shows (jittered ±30 %). */
  answerDelayMs: number;
  /** Without a new question for this long, the person sends the same answer again. */
  resendAfterMs: number;
  /** Sends of one answer before the person gives up ("lost"). */
  maxTries: number;
}

export interface PersonOutcome {
  index: number;
  userId: number;
  profile: Profile;
  result: "filed" | "lost" | "unfinished";
  /** Error notices (error-try-again, error-delay, flood-notice) the person saw. */
  notices: number;
  /** Same answer sent again (after a notice or a silence). */
  resends: number;
  /** Per answer: ms from its first send to the next question (or, after the last one, to the closing line). */
  latencies: number[];
  /** Wall time of the first confirming tap. */
  confirmedAt?: number;
  /** The case reference the bot gave the person on `/ref` once done. */
  ref?: string;
}

export interface PersonDeps {
  emulator: BotApiEmulator;
  index: number;
  userId: number;
  profile: Profile;
  behaviour: Behaviour;
  random: () => number;
  noticeTexts: ReadonlySet<string>;
  /** The closing line after the last optional answer (end-sent). */
  endText: string;
  selectedMark: string;
  /** Wall time after which the person stops where they are ("unfinished"). */
  deadline: number;
}

/** Case ids as src/cases/store.ts makes them (Crockford base32, 4-4). */
export const REF_PATTERN = /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/g;

type Seen = { type: "question"; question: EmulatedMessage } | { type: "ended" } | { type: "filed"; ref: string } | { type: "notice" };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const signature = (m: EmulatedMessage | undefined) => (m ? `${m.message_id}|${m.text ?? ""}|${JSON.stringify(m.reply_markup ?? null)}` : "");
const latestQuestion = (messages: EmulatedMessage[]) => [...messages].reverse().find(isQuestion);

/**
 * One person going through the triage as real people do: answers each
 * question about a second after it shows, and sends the same answer again
 * after an error notice or 20 s of silence, at most three sends per answer.
 * The case is filed at the confirmation, before the optional questions; once
 * all are answered the person asks for the reference (`/ref`), which finds
 * their card.
 */
export async function simulatePerson(deps: PersonDeps): Promise<PersonOutcome> {
  const { emulator, behaviour } = deps;
  const from: User = { id: deps.userId, is_bot: false, first_name: `Person ${deps.index}`, language_code: "en" };
  const chat = { id: from.id, type: "private" as const };
  const out: PersonOutcome = { index: deps.index, userId: from.id, profile: deps.profile, result: "unfinished", notices: 0, resends: 0, latencies: [] };
  let question: EmulatedMessage | undefined;
  let ended = false;

  const act = (answer: Answer) => {
    if (answer.kind === "press") emulator.pressButton(chat, from, answer.messageId, answer.data);
    else if (answer.kind === "text") emulator.sendText(chat, from, answer.text);
    else emulator.sendLocation(chat, from, answer.latitude, answer.longitude);
  };

  const look = createLook(deps, chat.id, out);
  const think = () => sleep(behaviour.answerDelayMs * (0.7 + 0.6 * deps.random()));

  while (Date.now() < deps.deadline) {
    const answer: Answer = ended ? { kind: "text", text: "/ref" } : answerTo(question, deps.profile, markerOf(deps.index), deps.selectedMark);
    const confirming = answer.kind === "press" && /^c:[^:]+:ok$/.test(answer.data);
    const before = signature(question);
    let firstAt = 0;
    let next: Seen | undefined;
    for (let tries = 1; ; tries++) {
      if (tries > behaviour.maxTries) {
        out.result = "lost";
        return out;
      }
      if (tries > 1) out.resends++;
      act(answer);
      if (tries === 1) firstAt = Date.now();
      if (confirming && tries === 1) out.confirmedAt = firstAt;
      next = await look(before, answer.kind === "text" && answer.text === "/ref", behaviour.resendAfterMs);
      if (next?.type === "question" || next?.type === "ended" || next?.type === "filed") break;
      if (Date.now() >= deps.deadline) return out;
      // A person reads the notice before sending again.
      if (next?.type === "notice") await think();
    }
    if (next.type !== "filed") out.latencies.push(Date.now() - firstAt);
    if (next.type === "ended") {
      question = undefined;
      ended = true;
      continue;
    }
    if (next.type === "filed") {
      out.result = "filed";
      out.ref = next.ref;
      return out;
    }
    question = next.question;
    await think();
  }
  return out;
}

/**
 * What the person sees next in their chat: a new question, the closing line,
 * their reference (after `/ref`), or a new error notice, counted in `out`;
 * undefined after `timeoutMs` of none of these.
 */
function createLook(deps: PersonDeps, chatId: number, out: PersonOutcome) {
  const { emulator } = deps;
  const seenNotices = new Set<number>();
  return (before: string, askedRef: boolean, timeoutMs: number): Promise<Seen | undefined> =>
    new Promise((resolve) => {
      const check = (): Seen | undefined => {
        const mine = emulator.messages(chatId).filter((m) => m.from.is_bot);
        let notice = false;
        for (const m of mine) {
          if (seenNotices.has(m.message_id) || !deps.noticeTexts.has(m.text ?? "")) continue;
          seenNotices.add(m.message_id);
          out.notices++;
          notice = true;
        }
        if (askedRef) {
          const ref = mine.map((m) => (m.text ?? "").match(REF_PATTERN)?.[0]).find((r) => r !== undefined);
          if (ref) return { type: "filed", ref };
        } else {
          const next = latestQuestion(mine);
          if (next && signature(next) !== before) return { type: "question", question: next };
          if (!next && mine.at(-1)?.text === deps.endText) return { type: "ended" };
        }
        return notice ? { type: "notice" } : undefined;
      };
      const done = (seen: Seen | undefined) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(seen);
      };
      const unsubscribe = emulator.onChange((event) => {
        if (event.chatId !== chatId) return;
        const seen = check();
        if (seen) done(seen);
      });
      const timer = setTimeout(() => done(undefined), Math.max(0, Math.min(timeoutMs, deps.deadline - Date.now())));
      const now = check();
      if (now) done(now);
    });
}
