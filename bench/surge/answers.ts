import type { EmulatedMessage } from "../../src/sandbox/emulator/index.js";

/** What a person does to answer the question on screen. */
export type Answer =
  | { kind: "press"; messageId: number; data: string }
  | { kind: "text"; text: string }
  | { kind: "location"; latitude: number; longitude: number };

/** Whether the person's case should score critical (an injury) or not (locked in, beaten: high). */
export type Profile = "critical" | "other";

/**
 * The answers of tests/helpers/triage-path.ts (`completeTriage`'s default
 * path: the urgent Sihanoukville case), per node, so a person answers
 * whatever question is on screen rather than replaying a fixed list. Only
 * `danger` differs by profile, which is what decides the tier.
 */
const CHOICES: Record<string, string> = {
  safe_now: "yes",
  country: "kh",
  province: "kh_preah_sihanouk",
  compound: "otres",
  situation: "inside",
  passport: "taken",
  phone: "company",
  restraint: "locked_in",
  money: "ransom",
  nationality: "ph",
  minor: "no",
  contact: "i_write_first",
  consent: "embassy_ngo",
  notes: "skip",
  summary: "ok",
};

const MULTI: Record<string, Record<Profile, string[]>> = {
  danger: { critical: ["injured"], other: ["none"] },
  violence: { critical: ["beaten", "shocks"], other: ["beaten", "shocks"] },
};

/** Text the person types where the node wants text; `surroundings` carries their marker for finding the card. */
function typed(node: string, marker: string): Answer | undefined {
  if (node === "location") return { kind: "location", latitude: 10.5801, longitude: 103.5402 };
  if (node === "surroundings") return { kind: "text", text: `${marker} tall blue building near the beach, guards at the gate` };
  if (node === "amount") return { kind: "text", text: "$15,000" };
  if (node === "others") return { kind: "text", text: "12" };
  return undefined;
}

/** The person's marker in free text, e.g. `surge#17`; the card shows it, so the driver can tell whose case it is. */
export const markerOf = (index: number): string => `surge#${index}`;
export const MARKER_PATTERN = /surge#(\d+)/g;

/** `<kind>:<node>:<arg>` of a flow button (src/flow/engine/callback.ts); other keyboards (the language picker) are not questions. */
function parse(data: string): { kind: string; node: string; arg: string } | undefined {
  const match = /^([fmpce]):([a-z][a-z0-9_]*):([a-z_][a-z0-9_]*)$/.exec(data);
  return match ? { kind: match[1] as string, node: match[2] as string, arg: match[3] as string } : undefined;
}

/** Whether a message is a triage question: the bot's, with flow buttons. */
export function isQuestion(message: EmulatedMessage): boolean {
  const first = message.reply_markup?.inline_keyboard[0]?.[0];
  return message.from.is_bot && first !== undefined && "callback_data" in first && parse(first.callback_data) !== undefined;
}

/**
 * The answer to `question` (a bot message with buttons), or undefined for
 * `/start` when nothing is asked yet. `selectedMark` is the locale's prefix
 * of a ticked option in a multi-choice question.
 */
export function answerTo(question: EmulatedMessage | undefined, profile: Profile, marker: string, selectedMark: string): Answer {
  const buttons = (question?.reply_markup?.inline_keyboard ?? []).flat().flatMap((b) => ("callback_data" in b ? [b] : []));
  const first = buttons[0] && parse(buttons[0].callback_data);
  if (!question || !first) return { kind: "text", text: "/start" };
  const press = (arg: string): Answer => {
    const button = buttons.find((b) => b.callback_data.endsWith(`:${arg}`)) ?? buttons[0];
    return { kind: "press", messageId: question.message_id, data: (button as { callback_data: string }).callback_data };
  };
  const node = first.node;
  const text = typed(node, marker);
  if (text) return text;
  const multi = MULTI[node];
  if (multi) {
    const ticked = new Set(buttons.filter((b) => b.text.startsWith(selectedMark)).map((b) => parse(b.callback_data)?.arg));
    const next = multi[profile].find((arg) => !ticked.has(arg));
    return press(next ?? "_done");
  }
  return press(CHOICES[node] ?? first.arg);
}
