import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeKeys } from "../../src/i18n/catalog.js";
import { englishUse, parseGlossary } from "../../src/i18n/glossary.js";
import { VARIABLE_LIMITS } from "../../src/i18n/limits.js";
import { describeReview, reviewStateOf } from "../../src/i18n/review-state.js";
import { formatProblem } from "../../src/flow/validate.js";

const root = join(import.meta.dirname, "../..");

describe("text limits", () => {
  it("documents a maximum for every variable the bot passes", () => {
    const variables = new Set(Object.values(codeKeys).flat());
    expect([...variables].filter((v) => !(v in VARIABLE_LIMITS))).toEqual([]);
  });
});

describe("review state", () => {
  it("reads who reviewed a file and when, and nothing else counts as reviewed", () => {
    expect(describeReview(reviewStateOf("# review: reviewed by Hope Partners, 2025-03-01\nx = y"))).toBe("reviewed (by Hope Partners, 2025-03-01)");
    expect(describeReview(reviewStateOf("# review: machine-drafted\n"))).toBe("machine-drafted");
    expect(reviewStateOf("# review: reviewed\n").state).not.toBe("reviewed");
    expect(reviewStateOf("no header").state).toBe("machine-drafted");
  });
});

describe("glossary", () => {
  const source = readFileSync(join(root, "locales/glossary.yaml"), "utf8");
  const glossary = parseGlossary(source, "locales/glossary.yaml");
  const english = readFileSync(join(root, "locales/en.ftl"), "utf8");

  it("parses, and every term is one the English texts use", () => {
    expect(glossary.problems).toEqual([]);
    expect(glossary.terms.map((t) => t.id)).toEqual(expect.arrayContaining(["passport", "compound", "embassy", "ransom", "debt", "coordinator", "safe", "exit_word"]));
    for (const term of glossary.terms) expect(englishUse(term, english), term.id).toBeDefined();
  });

  it("approves only English until a reviewer approves a word (other locales are drafted)", () => {
    for (const term of glossary.terms) expect(Object.keys(term.approved)).toEqual(["en"]);
  });

  it("reports a glossary mistake at its line", () => {
    const bad = parseGlossary("terms:\n  passport:\n    en: passport\n    why: x\n", "locales/glossary.yaml");
    expect(bad.problems.map(formatProblem)).toEqual(["locales/glossary.yaml:3:9  glossary terms.passport.en: Invalid input: expected array, received string"]);
  });
});
