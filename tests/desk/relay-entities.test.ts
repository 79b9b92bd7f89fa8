import fc from "fast-check";
import { GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { MAX_TEXT_UNITS, personMessages, RelayPartError } from "../../src/desk/relay-messages.js";
import { PersonUnreachableError, unreachableReason } from "../../src/desk/relay-unreachable.js";
import { BotApiFailure } from "../../src/sandbox/emulator/errors.js";
import { formatText } from "../../src/sandbox/emulator/validate.js";

const TEAM = "Message from the team:";
const PREFIX = `${TEAM}\n\n`;
const ATOMS = ["a", "é", "海", "😀", "👨‍👩‍👧", "🇰🇭", "&", "<", " ", "\n", "  "];

/** What Telegram (the emulator) keeps of a plain-text message sent with entities. */
const kept = (text: string, entities: unknown) => formatText(text, undefined, entities);
const refusal = (text: string, entities: unknown): string => {
  try {
    kept(text, entities);
  } catch (error) {
    if (error instanceof BotApiFailure) return error.description;
    throw error;
  }
  return "accepted";
};

describe("the team's words as a spoiler, as Telegram counts them", () => {
  it("covers exactly the words of every part, never the team line, and every part is accepted", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 3000, size: "max" }), (atoms) => {
        const text = atoms.join("").trim();
        fc.pre(text.length > 0);
        let back = "";
        for (const [i, message] of personMessages(TEAM, text).entries()) {
          const start = i === 0 ? PREFIX.length : 0;
          expect(message.entities).toEqual([{ type: "spoiler", offset: start, length: message.part.length }]);
          expect(message.text.slice(start)).toBe(message.part);
          if (message.text.trim() === "") continue; // the relay skips a blank part
          const shown = kept(message.text, message.entities);
          expect(shown.text.length).toBeLessThanOrEqual(MAX_TEXT_UNITS);
          back += shown.text.slice(start);
        }
        expect(back).toBe(text);
      }),
      { numRuns: 60 },
    );
  });

  it("fills a message to Telegram's limit in UTF-16 units, the entity not counted", () => {
    const text = "😀".repeat(MAX_TEXT_UNITS); // two units each: several messages
    const messages = personMessages(TEAM, text);
    expect(messages[0]!.text.length).toBe(MAX_TEXT_UNITS);
    for (const message of messages) expect(refusal(message.text, message.entities)).toBe("accepted");
  });

  it("is the same entity Telegram makes of <tg-spoiler>", () => {
    const [message] = personMessages(TEAM, "embassy & police");
    const html = formatText(`${TEAM}\n\n<tg-spoiler>embassy &amp; police</tg-spoiler>`, "HTML", undefined);
    expect(kept(message!.text, message!.entities)).toEqual(html);
  });
});

describe("the emulator reads given entities like the Bot API", () => {
  it("refuses what Telegram refuses", () => {
    expect(refusal("hello", [{ type: "sparkle", offset: 0, length: 2 }])).toBe("Bad Request: can't parse MessageEntity: Unsupported type specified");
    expect(refusal("hello", [{ type: "spoiler", offset: 0, length: 100 }])).toBe(
      "Bad Request: entity beginning at UTF-16 offset 0 ends after the end of the text at UTF-16 offset 100",
    );
    expect(refusal("😀", [{ type: "spoiler", offset: 0, length: 3 }])).toMatch(/ends after the end of the text/);
    expect(refusal("hello", [{ type: "text_link", offset: 0, length: 2 }])).toBe(`Bad Request: can't parse MessageEntity: Can't find field "url"`);
    expect(refusal("hello", [{ offset: 0, length: 2 }])).toBe(`Bad Request: can't parse MessageEntity: Can't find field "type"`);
    expect(refusal("hello", [{ type: "spoiler", length: 2 }])).toBe(`Bad Request: can't parse MessageEntity: Can't find field "offset"`);
    expect(refusal("hello", [{ type: "spoiler", offset: -1, length: 2 }])).toMatch(/incorrect offset -1/);
    expect(refusal("hello", ["spoiler"])).toBe("Bad Request: can't parse MessageEntity: expected an Object");
    expect(refusal("hello", { type: "spoiler" })).toMatch(/expected an Array/);
  });

  it("ignores types Telegram finds itself, drops empty entities and clips to the trimmed text", () => {
    expect(kept("hi @someone", [{ type: "mention", offset: 3, length: 8 }]).entities).toEqual([]);
    expect(kept("hello", [{ type: "spoiler", offset: 1, length: 0 }]).entities).toEqual([]);
    expect(kept("  hello  ", [{ type: "spoiler", offset: 0, length: 9 }])).toEqual({ text: "hello", entities: [{ type: "spoiler", offset: 0, length: 5 }] });
  });
});

describe("a chat Telegram refuses for good", () => {
  const telegram = (code: number, description: string) =>
    new GrammyError("call failed", { ok: false, error_code: code, description }, "sendMessage", {});

  it("is recognised for a block or a deleted account only", () => {
    expect(unreachableReason(telegram(403, "Forbidden: bot was blocked by the user"))).toBe("blocked");
    expect(unreachableReason(telegram(403, "Forbidden: user is deactivated"))).toBe("deactivated");
    expect(unreachableReason(telegram(403, "Forbidden: bot is not a member of the supergroup chat"))).toBeUndefined();
    expect(unreachableReason(telegram(400, "Bad Request: chat not found"))).toBeUndefined();
    expect(unreachableReason(new Error("network"))).toBeUndefined();
  });

  it("is recognised through the errors that wrap it", () => {
    const blocked = telegram(403, "Forbidden: bot was blocked by the user");
    expect(unreachableReason(new RelayPartError("rest", 1, { cause: blocked }))).toBe("blocked");
    const typed = new PersonUnreachableError("deactivated", 0, { cause: blocked });
    expect(typed.code).toBe("person_deactivated");
    expect(typed.cause).toBe(blocked);
    expect(unreachableReason(typed)).toBe("deactivated");
  });
});
