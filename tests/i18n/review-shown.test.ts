import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeReview, reviewStateOf } from "../../src/i18n/review-state.js";
import { listLocales } from "../../src/sandbox/locales.js";

const root = join(import.meta.dirname, "../..");
const localesDir = join(root, "locales");

/** Each locale file's review state, as its header says. */
const fromFiles = Object.fromEntries(
  readdirSync(localesDir)
    .filter((f) => f.endsWith(".ftl"))
    .map((f) => [f.slice(0, -4), describeReview(reviewStateOf(readFileSync(join(localesDir, f), "utf8")))]),
);

/** README's "### Languages" table: locale → review state column. */
function readmeTable(): Record<string, string> {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Languages"));
  const table = section.slice(0, section.search(/\n\n(?!\|)/) + 1);
  const rows = table.split("\n").filter((line) => /^\| [a-zA-Z-]+ \|/.test(line) && !line.startsWith("| locale"));
  return Object.fromEntries(rows.map((row) => row.split("|").map((cell) => cell.trim())).map((cells) => [cells[1] ?? "", cells[3] ?? ""]));
}

describe("review state where people see it", () => {
  it("README's language table lists exactly the locale files, with each file's review state", () => {
    expect(readmeTable()).toEqual(fromFiles);
  });

  it("the sandbox menu offers exactly the locale files, with each file's review state", () => {
    const offered = listLocales(localesDir);
    expect(Object.fromEntries(offered.map((l) => [l.code, l.review]))).toEqual(fromFiles);
  });

  it("the sandbox page has no language list of its own (it offered uk, ar, bn, ne without files)", () => {
    const app = readFileSync(join(root, "src/sandbox/web/app.js"), "utf8");
    expect(app).not.toMatch(/\["(uk|ar|bn|ne)",/);
  });
});
