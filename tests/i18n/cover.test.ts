import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { loadCoverContent, loosePassphrase } from "../../src/i18n/cover.js";

const content = loadCoverContent(join(import.meta.dirname, "../../locales/cover"));

describe("cover mode", () => {
  it("matches a passphrase whatever its case, accents, spaces and punctuation", () => {
    expect(loosePassphrase("  Mango Sticky-Rice! ")).toBe(loosePassphrase("mangostickyrice"));
    expect(loosePassphrase("Cơm Chiên Trứng")).toBe(loosePassphrase("com chien trung"));
    expect(loosePassphrase("芒果 糯米饭")).toBe("芒果糯米饭");
    expect(loosePassphrase("mango")).not.toBe(loosePassphrase("mangostickyrice"));
  });

  it("ships several items per mode in en, vi, zh-Hans, km, th and id, and falls back to en elsewhere", () => {
    for (const locale of ["en", "vi", "zh-Hans", "km", "th", "id"]) {
      for (const mode of ["recipes", "weather"] as const) {
        const items = content.items(locale, mode);
        expect(items.length, `${locale} ${mode}`).toBeGreaterThanOrEqual(4);
        if (locale !== "en") expect(items).not.toEqual(content.items("en", mode));
      }
    }
    expect(content.items("sw", "weather")).toEqual(content.items("en", "weather"));
  });

  it("needs a passphrase when COVER_MODE is set, and reads a comma-separated list", () => {
    expect(() => loadConfig({ COVER_MODE: "weather" })).toThrow(/COVER_PASSPHRASES: required when COVER_MODE is set/);
    expect(() => loadConfig({ COVER_MODE: "cats", COVER_PASSPHRASES: "x" })).toThrow(/COVER_MODE/);
    expect(loadConfig({ COVER_MODE: "weather", COVER_PASSPHRASES: "blue sky, 蓝天 ,," }).cover).toEqual({ mode: "weather", passphrases: ["blue sky", "蓝天"] });
    expect(loadConfig({}).cover).toBeUndefined();
  });
});
