import { triageCardSchema, type TriageCard } from "./card.js";

type Entry = TriageCard["answers"][number];

/**
 * One answer as stored: [node, field, kind, ...value]. `field` is 1 when it is the
 * node's own name (nearly always), 0 when the step fills no card field.
 */
type PackedAnswer = [string, string | 0 | 1, string, ...unknown[]];

interface PackedCard {
  v: 2;
  c: string;
  f: [string, string];
  l: string;
  s: number;
  d: number;
  t: TriageCard["tier"];
  r: string[];
  g: string[];
  i: string[];
  a: PackedAnswer[];
  /** [lat, lon] or [lat, lon, nearest compound id, km]. */
  o?: [number, number] | [number, number, string, number];
}

function packAnswer({ node, field, answer }: Entry): PackedAnswer {
  const f = field === undefined ? 0 : field === node ? 1 : field;
  switch (answer.kind) {
    case "choice":
      return [node, f, "c", answer.option];
    case "multi":
      return [node, f, "m", answer.options];
    case "text":
      return [node, f, "t", answer.text, answer.lang];
    case "number":
      return [node, f, "#", answer.value];
    case "location":
      return [node, f, "l", answer.lat, answer.lon];
    case "place":
      return [node, f, "p", answer.id];
  }
}

function unpackAnswer([node, f, kind, a, b]: PackedAnswer): unknown {
  const answers: Record<string, () => unknown> = {
    c: () => ({ kind: "choice", option: a }),
    m: () => ({ kind: "multi", options: a }),
    t: () => ({ kind: "text", text: a, lang: b }),
    "#": () => ({ kind: "number", value: a }),
    l: () => ({ kind: "location", lat: a, lon: b }),
    p: () => ({ kind: "place", id: a }),
  };
  const answer: unknown = answers[kind]?.() ?? { kind };
  return f === 0 ? { node, answer } : { node, field: f === 1 ? node : f, answer };
}

/**
 * The card as it is sealed into the case record: the same facts in about half the
 * bytes (answers as tuples, short names). Each case is kept for the whole retention
 * period, and the card is most of it. A card that still carries a compound's names
 * (filed before they were read from the flow version) is kept as it is.
 *
 * @example
 * unpackCard(JSON.parse(JSON.stringify(packCard(card)))); // deep-equals card
 */
export function packCard(card: TriageCard): PackedCard | TriageCard {
  if (card.location?.nearestCompound?.names !== undefined) return card;
  const packed: PackedCard = {
    v: 2, c: card.caseId, f: [card.flow.id, card.flow.hash], l: card.lang, s: card.startedAt, d: card.completedAt,
    t: card.tier, r: card.reasons, g: card.flags, i: card.indicators, a: card.answers.map(packAnswer),
  };
  const where = card.location;
  if (where) packed.o = where.nearestCompound ? [where.lat, where.lon, where.nearestCompound.id, where.nearestCompound.distanceKm] : [where.lat, where.lon];
  return packed;
}

/** A stored card, packed or as cards were stored before, checked against the card's schema. */
export function unpackCard(value: unknown): TriageCard {
  const packed = value as Partial<PackedCard> | null;
  if (packed === null || typeof packed !== "object" || packed.v !== 2) return triageCardSchema.parse(value);
  const [lat, lon, id, distanceKm] = packed.o ?? [];
  return triageCardSchema.parse({
    schemaVersion: 1,
    caseId: packed.c,
    flow: { id: packed.f?.[0], hash: packed.f?.[1] },
    lang: packed.l,
    startedAt: packed.s,
    completedAt: packed.d,
    tier: packed.t,
    reasons: packed.r,
    flags: packed.g,
    indicators: packed.i,
    answers: (packed.a ?? []).map(unpackAnswer),
    ...(packed.o ? { location: { lat, lon, ...(id !== undefined ? { nearestCompound: { id, distanceKm } } : {}) } } : {}),
  });
}
