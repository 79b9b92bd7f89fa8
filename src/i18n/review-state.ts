/**
 * The review state of a locale file, read from its first line. The header is
 * the one source of truth: README's language table, the sandbox's language
 * menu and the review page all show what it says, so nobody is told a
 * machine draft was checked by a person.
 *
 * Accepted forms (anything else still passes `locale_missing_header` but is
 * shown as it is written, never as "reviewed"):
 * - `# review: machine-drafted`
 * - `# review: maintainer-written`
 * - `# review: reviewed by <organisation>, <YYYY-MM-DD>`
 */
export interface ReviewState {
  /** `reviewed`, `machine-drafted`, `maintainer-written`, or the header's own words. */
  state: string;
  /** Organisation that reviewed it (only when `state` is `reviewed`). */
  by?: string;
  /** Day of the review, `YYYY-MM-DD` (only when `state` is `reviewed`). */
  date?: string;
}

const HEADER = /^#{1,3} review:\s*(.*?)\s*$/;
const REVIEWED = /^reviewed by (.+?),\s*(\d{4}-\d{2}-\d{2})$/;

/** The review state of a locale source; `machine-drafted` when there is no header (the safe assumption). */
export function reviewStateOf(source: string): ReviewState {
  const first = source.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const words = HEADER.exec(first)?.[1];
  if (!words) return { state: "machine-drafted" };
  const reviewed = REVIEWED.exec(words);
  if (reviewed) return { state: "reviewed", by: reviewed[1] ?? "", date: reviewed[2] ?? "" };
  // "reviewed" without who and when is not trustworthy: show it as written, not as reviewed.
  return { state: words === "reviewed" ? "reviewed (by whom and when not stated)" : words };
}

/** One line for people: `machine-drafted`, or `reviewed (by Org, 2024-05-01)`. */
export function describeReview(review: ReviewState): string {
  if (review.state === "reviewed" && review.by) return `reviewed (by ${review.by}, ${review.date})`;
  return review.state;
}

/** The header line a reviewed file gets. */
export function reviewedHeader(by: string, date: string): string {
  return `# review: reviewed by ${by}, ${date}`;
}
