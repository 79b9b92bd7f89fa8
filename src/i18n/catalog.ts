import { cardFields } from "../flow/schema.js";

/**
 * Locale keys that code (not flow files) uses, with the variables each may
 * receive. `flows:check` treats these as used and checks every locale has
 * them and that each message only references variables listed here.
 *
 * Add a line when code starts using a key; keep sections by owner.
 */
export const codeKeys: Record<string, readonly string[]> = {
  // ── language and exit (src/i18n, src/safety) ──
  "language-name": [],
  "exit-words": [],

  // ── flow engine (src/flow/engine.ts) ──
  "btn-done": [],
  "btn-change": [],
  "reask-use-buttons": [],
  "reask-too-long": ["max"],
  "reask-not-a-number": [],
  "reask-out-of-range": ["min", "max"],
  "reask-unsupported": [],
  "reask-stale-button": [],
  "reask-empty": [],
  "summary-title": [],
  "summary-unknown": [],
  "summary-pick-change": [],
  "selected-mark": [],
  // Short names of card fields (summary lines, "change" buttons, cards): field-<card field with dashes>.
  ...Object.fromEntries(cardFields.map((f) => [`field-${f.replaceAll("_", "-")}`, [] as const])),

  // ── person side (src/bot, src/flow/service.ts) ──
  "welcome": [],
  "language-pick": [],
  "help-text": [],
  "erase-done": [],
  "discreet-on": [],
  "discreet-off": [],
  "error-try-again": [],
  "flood-notice": [],
  "case-reference": ["ref"],
  "case-open-info": ["ref"],
};
