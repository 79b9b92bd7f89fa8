import type { MessageEntity } from "grammy/types";
import { BeaconError } from "../errors.js";
import { escapeHtml } from "../triage/render.js";

/**
 * Telegram's limit on a message: UTF-16 code units of the text after entity
 * parsing (HTML escapes count as the one character they stand for) and after
 * surrounding whitespace is trimmed.
 */
export const MAX_TEXT_UNITS = 4096;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const isSpace = (s: string | undefined) => s !== undefined && /\s/u.test(s);

/**
 * Cuts `text` into parts of at most `budget(i)` UTF-16 units for part `i`, in
 * order, so that the parts joined give `text` back exactly. A cut falls between
 * grapheme clusters (a cluster longer than a whole part is cut between code
 * points, never inside a surrogate pair) and, so that Telegram's trimming loses
 * nothing, never next to whitespace. Only a whitespace run longer than a whole
 * part can leave no such place; it is cut at the budget.
 */
export function splitForTelegram(text: string, budget: (index: number) => number): string[] {
  const atoms = Array.from(graphemes.segment(text), (g) => g.segment);
  const parts: string[] = [];
  let start = 0;
  while (start < atoms.length) {
    const room = budget(parts.length);
    if (room < 2) throw new RangeError(`no room for text in a message part (${room} UTF-16 units)`);
    let end = start;
    let units = 0;
    while (end < atoms.length && units + (atoms[end] as string).length <= room) units += (atoms[end++] as string).length;
    if (end === start) {
      // One cluster longer than a whole part: cut it between code points (two units at most each).
      atoms.splice(start, 1, ...(atoms[start] as string));
      continue;
    }
    if (end < atoms.length) {
      // Step back to a cut with no whitespace on either side.
      const clean = (cut: number) => !isSpace((atoms[cut - 1] as string).at(-1)) && !isSpace((atoms[cut] as string)[0]);
      let cut = end;
      while (cut > start + 1 && !clean(cut)) cut--;
      if (clean(cut)) end = cut;
    }
    parts.push(atoms.slice(start, end).join(""));
    start = end;
  }
  return parts;
}

/** One relayed message: what is sent, and the part of the original text it carries. */
export interface RelayMessage {
  text: string;
  part: string;
  /** Formatting of `text` as Bot API entities (UTF-16 offsets), sent without a parse mode. */
  entities?: MessageEntity[];
}

/**
 * A person's text for the coordinators' chat, as HTML messages: every part
 * under the case header (lines of other cases may come in between). Each part
 * is escaped on its own, so no cut falls inside an entity; an escape counts as
 * one character once parsed, so the budget is the raw text's.
 */
export function deskMessages(header: string, text: string): RelayMessage[] {
  return splitForTelegram(text, () => MAX_TEXT_UNITS - header.length - 1).map((part) => ({
    text: `<b>${escapeHtml(header)}</b>\n${escapeHtml(part)}`,
    part,
  }));
}

/**
 * A coordinator's text for the person, as plain text (no markup to inject):
 * the team line heads the first part only, and the words of every part are a
 * spoiler entity. Telegram hides spoilers in notifications and in the chat
 * list, so "embassy" or "police" never shows on a watched phone's lock
 * screen; the neutral team line stays readable. Entities do not count towards
 * the 4096 limit, so the budget is the text's.
 */
export function personMessages(teamLine: string, text: string): RelayMessage[] {
  const prefix = `${teamLine}\n\n`;
  return splitForTelegram(text, (i) => MAX_TEXT_UNITS - (i === 0 ? prefix.length : 0)).map((part, i) => {
    const offset = i === 0 ? prefix.length : 0;
    return { text: i === 0 ? `${prefix}${part}` : part, part, entities: [{ type: "spoiler", offset, length: part.length }] };
  });
}

/** Sending part `delivered + 1` of a text failed; the parts before it (none, for the first) went out. */
export class RelayPartError extends BeaconError {
  constructor(
    /** The text not delivered (the failed part and those after it). */
    readonly rest: string,
    /** Parts that went out before the failure. */
    readonly delivered: number,
    options: { cause: unknown },
    /** Parts the text was cut into. */
    readonly total = delivered + 1,
  ) {
    super(`relay part ${delivered + 1} of ${total} not delivered`, "relay_part_failed", options);
  }
}
