import type { Tier } from "../flow/schema.js";
import { placeNames } from "../flow/engine.js";
import type { FlowBundle } from "../flow/types.js";
import type { Translator } from "../i18n/translator.js";
import type { SignedIn } from "./sign-in.js";

/** Escapes text for HTML content and attribute values. */
export function esc(value: string | number | undefined): string {
  return String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const NAV = [
  ["/queue", "Queue"],
  ["/map", "Map"],
  ["/compounds", "Compounds"],
  ["/charts", "Charts"],
  ["/export", "Export"],
] as const;

/**
 * A whole page. Scripts are files under /static (the CSP allows no inline
 * script); `csrf` goes into the sign-out form every page carries.
 */
export function page(title: string, body: string, options: { scripts?: string[]; styles?: string[]; csrf?: string } = {}): string {
  const styles = ["/static/dashboard.css", ...(options.styles ?? [])].map((href) => `<link rel="stylesheet" href="${esc(href)}">`).join("");
  const scripts = (options.scripts ?? []).map((src) => `<script src="${esc(src)}" defer></script>`).join("");
  const nav =
    options.csrf === undefined
      ? ""
      : `<nav>${NAV.map(([href, label]) => `<a href="${href}">${label}</a>`).join("")}<form method="post" action="/signout"><input type="hidden" name="_csrf" value="${esc(options.csrf)}"><button>Sign out</button></form></nav>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${esc(title)} · Beacon</title>${styles}${scripts}</head><body><header><strong>Beacon</strong> ${nav}</header><main><h1>${esc(title)}</h1>${body}</main></body></html>`;
}

export const TIER_LABEL: Record<Tier, string> = { critical: "Critical", high: "High", normal: "Normal" };

export function tierBadge(tier: Tier): string {
  return `<span class="tier tier-${tier}">${TIER_LABEL[tier]}</span>`;
}

/**
 * Who holds a case, said without a name or id: the page may be on a shared
 * screen, and a coordinator is known to the others in the group anyway.
 */
export function holderText(assignee: string | undefined, who: SignedIn): string {
  if (!assignee) return "nobody";
  return assignee === who.actor ? "you" : `another coordinator (${assignee.slice(0, 6)})`;
}

/** "3 h", "2 d": the age of a case. */
export function age(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}

/** Place and compound names in the coordinators' locale. */
export type PlaceName = (id: string | undefined) => string;

export function placeNamer(bundle: () => FlowBundle | undefined, translator: Translator, locale: string): PlaceName {
  return (id) => {
    if (!id) return "";
    const current = bundle();
    const names = current ? placeNames(current, id) : undefined;
    return names ? translator.name(locale, names) : id;
  };
}

/** `<select>` of the given options with the current value picked. */
export function select(name: string, current: string | undefined, options: Array<[string, string]>): string {
  const opts = [["", "any"] as [string, string], ...options]
    .map(([value, label]) => `<option value="${esc(value)}"${value === (current ?? "") ? " selected" : ""}>${esc(label)}</option>`)
    .join("");
  return `<label>${esc(name)} <select name="${esc(name)}">${opts}</select></label>`;
}
