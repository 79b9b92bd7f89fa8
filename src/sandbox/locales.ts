import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeReview, reviewStateOf } from "../i18n/review-state.js";

/** One language the sandbox offers: only locales with a file, each with its honest review state. */
export interface SandboxLocale {
  code: string;
  /** The file's own `language-name`. */
  name: string;
  /** From the file's `# review:` line: `machine-drafted`, `reviewed (by Org, 2025-03-01)`, … */
  review: string;
}

/** Every `*.ftl` of `localesDir`, sorted by code; an unreadable folder offers nothing rather than failing the page. */
export function listLocales(localesDir: string): SandboxLocale[] {
  let files: string[];
  try {
    files = readdirSync(localesDir).filter((f) => f.endsWith(".ftl")).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const code = file.slice(0, -".ftl".length);
    const source = readFileSync(join(localesDir, file), "utf8");
    const name = /^language-name\s*=\s*(.+)$/m.exec(source)?.[1]?.trim() ?? code;
    return { code, name, review: describeReview(reviewStateOf(source)) };
  });
}
