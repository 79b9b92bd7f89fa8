import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkNeutralTexts } from "../../src/i18n/check.js";
import { loadLocaleSet } from "../../src/i18n/locale-set.js";
import { loadNeutralWords, neutralWordIn, parseNeutralWords } from "../../src/i18n/neutral-words.js";

const localesDir = join(import.meta.dirname, "../../locales");

describe("texts left on screen after filing (locales/neutral-words.yaml)", () => {
  it("matches a word at a word start where words are spaced, anywhere where they are not", () => {
    expect(neutralWordIn("Our Team will write", ["team"], "en")).toBe("team");
    expect(neutralWordIn("Steam and tea", ["team"], "en")).toBeUndefined();
    expect(neutralWordIn("你的消息已经转给我们的团队", ["团队"], "zh-Hans")).toBe("团队");
    expect(neutralWordIn("Tin nhắn đã đến nhóm của chúng tôi", ["nhóm"], "vi")).toBe("nhóm");
  });

  it("holds every locale's closing and relay texts to its list, and has a list for each locale", async () => {
    const set = await loadLocaleSet(localesDir);
    const neutral = await loadNeutralWords(localesDir);
    expect(neutral?.problems).toEqual([]);
    expect(Object.keys(neutral!.words).sort()).toEqual([...set.files.keys()].sort());
    expect(checkNeutralTexts(set, neutral!, ["end-sent"])).toEqual([]);
  });

  it("fails on the texts as they were before (a reference, 'our team')", async () => {
    const set = await loadLocaleSet(localesDir);
    const lists = [...set.files.keys()].map((l) => `  ${l}: ${l === "en" ? "[team, reference]" : "[zzz]"}`).join("\n");
    const neutral = parseNeutralWords(`keys: [case-reference]\nwords:\n${lists}\n`, "n.yaml");
    expect(neutral.problems).toEqual([]);
    const problems = checkNeutralTexts(set, neutral, []).filter((p) => p.file.endsWith("en.ftl"));
    expect(problems.map((p) => p.message)).toEqual([
      'the text "case-reference" stays on screen after filing, but shows the case reference { $ref }',
      'the text "case-reference" stays on screen after filing, but says "reference"',
    ]);
  });
});
