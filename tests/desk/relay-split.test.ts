import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deskMessages, MAX_TEXT_UNITS, personMessages, splitForTelegram } from "../../src/desk/relay-messages.js";
import { formatText } from "../../src/sandbox/emulator/validate.js";

const HEADER = "ABCD-1234 · person [en]:";
const TEAM = "Message from the team:";

const graphemes = (s: string) => Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(s), (g) => g.segment);
const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** What Telegram (the emulator) keeps of each message: parsed, trimmed, checked against the limit. */
const shown = (text: string, parseMode?: "HTML") => formatText(text, parseMode, undefined).text;

/** The person's text back from the coordinators' messages, as Telegram stores them. */
const fromDesk = (text: string) => deskMessages(HEADER, text).map((m) => shown(m.text, "HTML").slice(HEADER.length + 1)).join("");
/** The coordinator's text back from the person's messages, as Telegram stores them. */
const fromTeam = (text: string) => personMessages(TEAM, text).map((m) => shown(m.text)).join("").slice(TEAM.length + 2);

// Characters that stress the cut: astral emoji, a ZWJ family (8 units), a flag, a combining accent,
// CJK, HTML specials and whitespace.
const ATOMS = ["a", "b", "é", "海", "😀", "👨‍👩‍👧", "🇰🇭", "&", "<", ">", '"', "&amp;", " ", "\n"];
const NON_SPACE = ATOMS.filter((a) => a.trim() !== "");
/** Words of two or more visible characters between short whitespace runs, as people write. */
const prose = (maxWords: number, minWords = 1) =>
  fc
    .array(fc.tuple(fc.array(fc.constantFrom(...NON_SPACE), { minLength: 2, maxLength: 12, size: "max" }), fc.constantFrom(" ", "\n", "  ", " \n")), {
      minLength: minWords,
      maxLength: maxWords,
      size: "max",
    })
    .map((words) => words.map(([w, gap]) => w.join("") + gap).join("").trim());

describe("splitForTelegram", () => {
  it("gives the text back exactly, each part within its budget, never inside a surrogate pair", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ATOMS), { maxLength: 300, size: "max" }), fc.integer({ min: 2, max: 40 }), (atoms, budget) => {
        const text = atoms.join("");
        const parts = splitForTelegram(text, () => budget);
        expect(parts.join("")).toBe(text);
        for (const part of parts) {
          expect(part.length).toBeGreaterThan(0);
          expect(part.length).toBeLessThanOrEqual(budget);
          expect(isLow(part.charCodeAt(0))).toBe(false);
          expect(isHigh(part.charCodeAt(part.length - 1))).toBe(false);
        }
      }),
    );
  });

  it("keeps grapheme clusters whole when they fit, and cuts one longer than a part between code points", () => {
    const family = "👨‍👩‍👧";
    const parts = splitForTelegram(family.repeat(5), () => 10);
    expect(parts).toEqual([family, family, family, family, family]);
    // Longer than a part: cut between code points (a ZWJ stays with what precedes it when it fits).
    expect(splitForTelegram(family, () => 3)).toEqual(["👨\u200d", "👩\u200d", "👧"]);
    fc.assert(
      fc.property(prose(60), fc.integer({ min: 8, max: 60 }), (text, budget) => {
        const parts = splitForTelegram(text, () => budget);
        expect(parts.flatMap(graphemes)).toEqual(graphemes(text));
      }),
    );
  });

  it("never cuts next to whitespace when it can help it, so Telegram's trimming loses nothing", () => {
    expect(splitForTelegram("ab cd", () => 3)).toEqual(["a", "b c", "d"]);
    expect(splitForTelegram("hello world", () => 7)).toEqual(["hello w", "orld"]);
    fc.assert(
      fc.property(prose(80), fc.integer({ min: 40, max: 200 }), (text, budget) => {
        const parts = splitForTelegram(text, () => budget);
        for (const part of parts) expect(part.trim()).toBe(part);
      }),
      { endOnFailure: true }, // shrinking long texts takes minutes
    );
  });

  it("cuts a whitespace run longer than a part at the budget rather than failing", () => {
    const text = `a${" ".repeat(10)}b`;
    const parts = splitForTelegram(text, () => 4);
    expect(parts.join("")).toBe(text);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4);
  });

  it("refuses a budget with no room for a character", () => {
    expect(() => splitForTelegram("abc", () => 1)).toThrow(RangeError);
  });
});

describe("relayed messages as Telegram counts them (UTF-16 units after entity parsing)", () => {
  it("2048 emoji from a person: every desk message accepted, the text complete", () => {
    const text = "😀".repeat(2048);
    const messages = deskMessages(HEADER, text);
    expect(messages).toHaveLength(2);
    expect(fromDesk(text)).toBe(text);
  });

  it("4096 characters of & < > from a person: escaped part by part, never an entity cut in two", () => {
    const text = "&<>\"".repeat(1024);
    const messages = deskMessages(HEADER, text);
    expect(messages).toHaveLength(2);
    expect(messages[0]!.text.length).toBeGreaterThan(3 * MAX_TEXT_UNITS); // escaped, far longer than the limit...
    expect(fromDesk(text)).toBe(text); // ...yet within it once parsed
  });

  it("3000 emoji from a coordinator: the team line heads only the first message", () => {
    const text = "🙂".repeat(3000);
    const messages = personMessages(TEAM, text);
    expect(messages).toHaveLength(2);
    expect(messages[0]!.text.startsWith(`${TEAM}\n\n`)).toBe(true);
    expect(messages[1]!.text.startsWith(TEAM)).toBe(false);
    expect(fromTeam(text)).toBe(text);
  });

  it("any prose, both ways, comes back exactly from what Telegram keeps", () => {
    fc.assert(
      fc.property(prose(700, 400), (text) => {
        fc.pre(text.length > MAX_TEXT_UNITS); // long enough to need cutting
        expect(deskMessages(HEADER, text).length).toBeGreaterThan(1);
        expect(personMessages(TEAM, text).length).toBeGreaterThan(1);
        expect(fromDesk(text)).toBe(text);
        expect(fromTeam(text)).toBe(text);
      }),
      { numRuns: 40, endOnFailure: true }, // shrinking long texts takes minutes
    );
  });
});
