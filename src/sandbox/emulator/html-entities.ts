import type { MessageEntity } from "grammy/types";

/** Text with formatting moved out into entities, offsets in UTF-16 units like the Bot API. */
export interface FormattedText {
  text: string;
  entities: MessageEntity[];
}

/**
 * The HTML could not be parsed. `reason` is the part Telegram puts after
 * "Bad Request: can't parse entities: ".
 */
export class EntityParseError extends Error {
  constructor(readonly reason: string) {
    super(`can't parse entities: ${reason}`);
    this.name = "EntityParseError";
  }
}

const SUPPORTED_TAGS = new Set([
  "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
  "tg-spoiler", "span", "blockquote", "tg-emoji",
]);

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

interface OpenTag {
  name: string;
  attrs: Map<string, string>;
  offset: number;
}

/**
 * Parses Bot API HTML the way tdlib does, but stricter on one point: a bare
 * `&` is refused even though Telegram guesses, because the docs demand escaping
 * and our own messages should never rely on the guess.
 */
export function parseHtml(input: string): FormattedText {
  let out = "";
  const entities: MessageEntity[] = [];
  const stack: OpenTag[] = [];
  const byteOffset = (index: number) => Buffer.byteLength(input.slice(0, index), "utf8");
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (ch === "&") {
      const decoded = decodeEntityAt(input, i);
      if (!decoded) throw new EntityParseError(`Unsupported HTML entity or unescaped "&" at byte offset ${byteOffset(i)}`);
      out += decoded.value;
      i += decoded.length;
      continue;
    }
    if (ch !== "<") {
      out += ch;
      i += 1;
      continue;
    }
    const begin = i;
    if (input[i + 1] === "/") {
      const close = input.indexOf(">", i);
      if (close < 0) throw new EntityParseError(`Unclosed end tag at byte offset ${byteOffset(begin)}`);
      const name = input.slice(i + 2, close).trim().toLowerCase();
      const open = stack.pop();
      if (!open) throw new EntityParseError(`Unexpected end tag at byte offset ${byteOffset(begin)}`);
      if (open.name !== name) {
        throw new EntityParseError(
          `Unmatched end tag at byte offset ${byteOffset(begin)}, expected "</${open.name}>", found "</${name}>"`,
        );
      }
      closeTag(open, out.length, stack, entities);
      i = close + 1;
      continue;
    }
    const nameMatch = /^[a-zA-Z0-9-]*/.exec(input.slice(i + 1)) as RegExpExecArray;
    const name = nameMatch[0].toLowerCase();
    if (!SUPPORTED_TAGS.has(name)) {
      throw new EntityParseError(`Unsupported start tag "${name}" at byte offset ${byteOffset(begin)}`);
    }
    i += 1 + nameMatch[0].length;
    const read = readAttributes(input, i, name, byteOffset(begin));
    const attrs = read.attrs;
    i = read.end;
    i += 1;
    if (name === "span" && attrs.get("class") !== "tg-spoiler") {
      throw new EntityParseError(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(begin)}`);
    }
    if (name === "tg-emoji" && !/^\d+$/.test(attrs.get("emoji-id") ?? "")) {
      throw new EntityParseError(`Tag "tg-emoji" must have a numeric "emoji-id" at byte offset ${byteOffset(begin)}`);
    }
    stack.push({ name, attrs, offset: out.length });
  }
  const unclosed = stack.pop();
  if (unclosed) throw new EntityParseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text: out, entities };
}

/** Reads a start tag's attributes from `i` up to its `>`; `end` is the index of that `>`. */
function readAttributes(input: string, start: number, name: string, at: number): { attrs: Map<string, string>; end: number } {
  const attrs = new Map<string, string>();
  let i = start;
  for (;;) {
    while (i < input.length && /\s/.test(input[i] as string)) i += 1;
    if (i >= input.length) throw new EntityParseError(`Unclosed start tag at byte offset ${at}`);
    if (input[i] === ">") return { attrs, end: i };
    const attr = /^[a-zA-Z0-9_-]+/.exec(input.slice(i));
    if (!attr) throw new EntityParseError(`Empty attribute name in the tag "${name}" at byte offset ${at}`);
    i += attr[0].length;
    let value = "";
    if (input[i] === "=") {
      i += 1;
      const quote = input[i];
      if (quote === '"' || quote === "'") {
        const end = input.indexOf(quote, i + 1);
        if (end < 0) throw new EntityParseError(`Unclosed start tag at byte offset ${at}`);
        value = decodeAttribute(input.slice(i + 1, end), at);
        i = end + 1;
      } else {
        const bare = /^[^\s>]*/.exec(input.slice(i)) as RegExpExecArray;
        value = decodeAttribute(bare[0], at);
        i += bare[0].length;
      }
    }
    attrs.set(attr[0].toLowerCase(), value);
  }
}

function closeTag(open: OpenTag, end: number, stack: OpenTag[], entities: MessageEntity[]): void {
  const offset = open.offset;
  const length = end - offset;
  const language = open.attrs.get("class")?.match(/^language-(.+)$/)?.[1];
  const parent = stack[stack.length - 1];
  if (open.name === "code" && language && parent?.name === "pre") {
    // <pre><code class="language-x"> is one pre entity carrying the language.
    parent.attrs.set("language", language);
    return;
  }
  if (length === 0) return;
  const entity = toEntity(open, offset, length);
  if (entity) entities.push(entity);
}

function toEntity(open: OpenTag, offset: number, length: number): MessageEntity | undefined {
  switch (open.name) {
    case "b":
    case "strong":
      return { type: "bold", offset, length };
    case "i":
    case "em":
      return { type: "italic", offset, length };
    case "u":
    case "ins":
      return { type: "underline", offset, length };
    case "s":
    case "strike":
    case "del":
      return { type: "strikethrough", offset, length };
    case "code":
      return { type: "code", offset, length };
    case "pre": {
      const language = open.attrs.get("language");
      return language ? { type: "pre", offset, length, language } : { type: "pre", offset, length };
    }
    case "tg-spoiler":
    case "span":
      return { type: "spoiler", offset, length };
    case "blockquote":
      return { type: open.attrs.has("expandable") ? "expandable_blockquote" : "blockquote", offset, length };
    case "tg-emoji":
      return { type: "custom_emoji", offset, length, custom_emoji_id: open.attrs.get("emoji-id") ?? "" };
    case "a": {
      const href = open.attrs.get("href");
      return href ? { type: "text_link", offset, length, url: href } : undefined;
    }
    default:
      return undefined;
  }
}

function decodeAttribute(raw: string, tagOffset: number): string {
  let out = "";
  let i = 0;
  while (i < raw.length) {
    if (raw[i] === "&") {
      const decoded = decodeEntityAt(raw, i);
      if (!decoded) throw new EntityParseError(`Unsupported HTML entity in the attribute of the tag at byte offset ${tagOffset}`);
      out += decoded.value;
      i += decoded.length;
    } else {
      out += raw[i];
      i += 1;
    }
  }
  return out;
}

function decodeEntityAt(input: string, index: number): { value: string; length: number } | undefined {
  const match = /^&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{1,8});/.exec(input.slice(index, index + 12));
  if (!match) return undefined;
  const body = match[1] as string;
  let value: string | undefined;
  if (body.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    value = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  } else {
    value = NAMED_ENTITIES[body];
  }
  return value === undefined ? undefined : { value, length: match[0].length };
}
