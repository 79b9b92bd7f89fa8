import { describe, expect, it } from "vitest";
import { EntityParseError, parseHtml } from "../../src/sandbox/emulator/html-entities.js";

describe("parseHtml", () => {
  it("turns supported tags into entities with UTF-16 offsets", () => {
    const parsed = parseHtml('😀 <b>bold <i>both</i></b> <a href="https://x.org/?a=1&amp;b=2">link</a> <code>c</code>');
    expect(parsed.text).toBe("😀 bold both link c");
    expect(parsed.entities).toEqual([
      { type: "bold", offset: 3, length: 9 },
      { type: "italic", offset: 8, length: 4 },
      { type: "text_link", offset: 13, length: 4, url: "https://x.org/?a=1&b=2" },
      { type: "code", offset: 18, length: 1 },
    ]);
  });

  it("knows the aliases, spoilers, quotes, pre with language and custom emoji", () => {
    const parsed = parseHtml(
      '<strong>a</strong><em>b</em><ins>c</ins><del>d</del><span class="tg-spoiler">e</span><tg-spoiler>f</tg-spoiler>' +
        '<blockquote expandable>g</blockquote><pre><code class="language-ts">h</code></pre><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    );
    expect(parsed.entities.map((e) => e.type)).toEqual([
      "bold", "italic", "underline", "strikethrough", "spoiler", "spoiler", "expandable_blockquote", "pre", "custom_emoji",
    ]);
    expect(parsed.entities[7]).toMatchObject({ type: "pre", language: "ts" });
  });

  it("decodes named and numeric entities", () => {
    expect(parseHtml("&lt;&gt;&amp;&quot;&#65;&#x42;").text).toBe('<>&"AB');
  });

  it("reports byte offsets like Telegram", () => {
    expect(() => parseHtml("é<x>")).toThrow(new EntityParseError('Unsupported start tag "x" at byte offset 2'));
    expect(() => parseHtml("<b>a</i>")).toThrow(
      new EntityParseError('Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
    );
    expect(() => parseHtml("a</b>")).toThrow(new EntityParseError("Unexpected end tag at byte offset 1"));
    expect(() => parseHtml("<b")).toThrow(new EntityParseError("Unclosed start tag at byte offset 0"));
    expect(() => parseHtml("1 & 2")).toThrow(EntityParseError);
    expect(() => parseHtml("1 &#xD800; 2")).toThrow(EntityParseError);
  });
});
