import { describe, expect, it } from "vitest";
import { negotiateLocale } from "../../src/i18n/translator.js";

const all = ["en", "zh-Hans", "zh-Hant", "vi", "th", "id", "ms", "tl", "my", "lo", "km", "ko", "ja", "hi", "ru", "sw"];

describe("language negotiation", () => {
  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh", "zh-Hans"],
    ["zh-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["fil", "tl"],
    ["ms-MY", "ms"],
    ["vi", "vi"],
    ["ru-RU", "ru"],
    ["pt-BR", "en"],
    ["km", "km"],
  ])("%s → %s", (code, expected) => {
    expect(negotiateLocale(code, all)).toBe(expected);
  });

  it("falls back to English when nothing matches or no code is given", () => {
    expect(negotiateLocale(undefined, all)).toBe("en");
    expect(negotiateLocale("xx", ["en", "zh-Hans"])).toBe("en");
  });

  it("only picks locales that exist", () => {
    expect(negotiateLocale("zh-TW", ["en", "zh-Hans"])).toBe("en");
  });
});
