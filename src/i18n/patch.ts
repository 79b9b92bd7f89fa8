import { FluentParser, type Message } from "@fluent/syntax";
import { BeaconError } from "../errors.js";
import { reviewedHeader } from "./review-state.js";

/**
 * A review patch, as the sandbox's review page downloads it: an ordinary
 * Fluent file (so Pontoon, Weblate or an editor can read it too) whose
 * comment lines carry the review note:
 *
 * ```
 * # beacon-review-patch: th
 * # review-organisation: Hope Partners
 * # review-date: 2025-03-01
 * # review-complete: yes      (every text was marked good or rewritten)
 * # review-good: welcome, q-safe, …
 * # review-note: free words from the reviewer
 * welcome = …a better text…
 * ```
 */
export interface ReviewPatch {
  locale: string;
  organisation?: string;
  date?: string;
  complete: boolean;
  good: string[];
  note?: string;
  /** Rewritten texts: key → the Fluent source of the whole message (`key = …`). */
  changes: Map<string, string>;
}

/** A patch that cannot be read, or does not fit the file it is for. */
export class PatchError extends BeaconError {
  constructor(message: string) {
    super(message, "locale_patch_invalid");
  }
}

const field = (source: string, name: string): string | undefined =>
  new RegExp(`^# ${name}:[ \\t]*(.*?)[ \\t]*$`, "m").exec(source)?.[1] || undefined;

/** Reads a review patch; throws {@link PatchError} when it is not one. */
export function parsePatch(source: string): ReviewPatch {
  const locale = field(source, "beacon-review-patch");
  if (!locale || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(locale)) {
    throw new PatchError('not a review patch: its first line must be "# beacon-review-patch: <locale>"');
  }
  const changes = new Map<string, string>();
  for (const entry of new FluentParser({ withSpans: true }).parse(source).body) {
    if (entry.type === "Junk") throw new PatchError(`the patch has a text Fluent cannot read: ${entry.content.trim().split("\n")[0] ?? ""}`);
    if (entry.type === "Message") changes.set(entry.id.name, messageSource(source, entry));
  }
  const date = field(source, "review-date");
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new PatchError(`review-date must be YYYY-MM-DD, not "${date}"`);
  const organisation = field(source, "review-organisation");
  const note = field(source, "review-note");
  return {
    locale,
    complete: field(source, "review-complete") === "yes",
    good: (field(source, "review-good") ?? "").split(",").map((k) => k.trim()).filter(Boolean),
    changes,
    ...(organisation ? { organisation } : {}),
    ...(date ? { date } : {}),
    ...(note ? { note } : {}),
  };
}

/**
 * The locale source with the patch's texts in place of the old ones; every
 * other line (comments, order, the other texts) stays as it was, so the diff
 * a maintainer reads shows only what the reviewer changed. A complete review
 * with an organisation and a date also rewrites the `# review:` header.
 */
export function applyPatch(target: string, patch: ReviewPatch): string {
  const messages = new Map<string, Message>();
  for (const entry of new FluentParser({ withSpans: true }).parse(target).body) if (entry.type === "Message") messages.set(entry.id.name, entry);
  const unknown = [...patch.changes.keys()].filter((key) => !messages.has(key));
  if (unknown.length > 0) throw new PatchError(`the patch changes texts the file does not have: ${unknown.join(", ")}`);
  // Splice from the end so earlier offsets stay valid.
  const spans = [...patch.changes].map(([key, text]) => ({ ...spanOf(messages.get(key) as Message), text })).sort((a, b) => b.start - a.start);
  let out = target;
  for (const { start, end, text } of spans) out = `${out.slice(0, start)}${text.trimEnd()}\n${out.slice(end).replace(/^\n/, "")}`;
  if (patch.complete && patch.organisation && patch.date) {
    out = out.replace(/^[^\n]*/, reviewedHeader(patch.organisation, patch.date));
  }
  return out;
}

function spanOf(message: Message): { start: number; end: number } {
  return { start: message.id.span?.start ?? 0, end: message.span?.end ?? 0 };
}

function messageSource(source: string, message: Message): string {
  const { start, end } = spanOf(message);
  return source.slice(start, end);
}
