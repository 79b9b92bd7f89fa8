import type { BotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { MARKER_PATTERN } from "./answers.js";
import { REF_PATTERN } from "./person.js";

export type Tier = "critical" | "other";

/** When a case first showed in the coordinators' group, and with which tier. */
export interface Sighting {
  at: number;
  tier: Tier;
  via: "card" | "digest";
}

export interface CardWatch {
  /** First sighting of a person's case: by their marker (a card) or their reference (a card or a digest line). */
  sightingOf(index: number, ref: string | undefined): Sighting | undefined;
  stop(): void;
}

// The first characters of desk-digest-title (locales/en.ftl): a digest, not a card.
const DIGEST_BADGE = "📋";
const REF_ONE = new RegExp(REF_PATTERN.source);

// The badge of TIER_BADGES.critical (src/triage/render.ts) and the tier's name in English.
const isCritical = (text: string) => text.includes("🔴") || text.includes("CRITICAL");

/**
 * Watches the coordinators' group for cases appearing. A card (a message
 * that holds a person's marker, their surroundings text, or any message but a
 * digest that names a case) gives its tier in the header; a digest lists
 * cases by reference, one line each, the tier read from that line.
 */
export function watchCards(emulator: BotApiEmulator, groupId: number): CardWatch {
  const lastText = new Map<number, string>();
  const byMarker = new Map<number, Sighting>();
  const byRef = new Map<string, Sighting>();
  const note = <K>(map: Map<K, Sighting>, key: K, sighting: Sighting) => {
    if (!map.has(key)) map.set(key, sighting);
  };

  const scan = () => {
    const at = Date.now();
    for (const message of emulator.messages(groupId)) {
      const text = message.text ?? "";
      if (lastText.get(message.message_id) === text) continue;
      lastText.set(message.message_id, text);
      const markers = [...text.matchAll(MARKER_PATTERN)].map((m) => Number(m[1]));
      // The card is posted at filing, before the marker (an optional answer) is on it: a
      // message that is no digest and names a case is its card, tier in its headline.
      if (markers.length > 0 || (!text.startsWith(DIGEST_BADGE) && REF_ONE.test(text))) {
        const sighting: Sighting = { at, tier: isCritical(text.split("\n")[0] ?? "") ? "critical" : "other", via: "card" };
        for (const index of markers) note(byMarker, index, sighting);
        for (const ref of text.match(REF_PATTERN) ?? []) note(byRef, ref, sighting);
        continue;
      }
      for (const line of text.split("\n")) {
        for (const ref of line.match(REF_PATTERN) ?? []) note(byRef, ref, { at, tier: isCritical(line) ? "critical" : "other", via: "digest" });
      }
    }
  };
  const unsubscribe = emulator.onChange((event) => {
    if (event.chatId === groupId && (event.type === "message" || event.type === "edit")) scan();
  });
  scan();

  return {
    sightingOf(index, ref) {
      const candidates = [byMarker.get(index), ref === undefined ? undefined : byRef.get(ref)].filter((s) => s !== undefined);
      return candidates.sort((a, b) => a.at - b.at)[0];
    },
    stop: unsubscribe,
  };
}
