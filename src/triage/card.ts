import { z } from "zod";
import { visitOrder } from "../flow/engine.js";
import { cardField, fieldOf, localizedNames, slug, tiers, type CardField, type Compound } from "../flow/schema.js";
import type { Answer, FlowBundle, FlowState } from "../flow/types.js";
import { scoreAnswers } from "./score.js";

/** zod for `Answer` (src/flow/types.ts); the type check below keeps them in step. */
export const answerSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("choice"), option: z.string() }),
  z.strictObject({ kind: z.literal("multi"), options: z.array(z.string()) }),
  z.strictObject({ kind: z.literal("text"), text: z.string(), lang: z.string() }),
  z.strictObject({ kind: z.literal("number"), value: z.number() }),
  z.strictObject({ kind: z.literal("location"), lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }),
  z.strictObject({ kind: z.literal("place"), id: z.string() }),
]);
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const answerSchemaMatchesType: Same<z.infer<typeof answerSchema>, Answer> = true;
void answerSchemaMatchesType;

const epochMs = z.number().int().nonnegative();

/**
 * What coordinators see of a case: the answers in the order they were given,
 * the score, and where the person is. Stored sealed; `schemaVersion` lets
 * old cards be read after the shape changes.
 */
export const triageCardSchema = z.strictObject({
  schemaVersion: z.literal(1),
  caseId: z.string().min(1),
  flow: z.strictObject({ id: slug, hash: z.string().min(1) }),
  /** The person's language when the case was filed. */
  lang: z.string().min(1),
  startedAt: epochMs,
  completedAt: epochMs,
  tier: z.enum(tiers),
  reasons: z.array(slug),
  flags: z.array(slug),
  indicators: z.array(slug),
  answers: z.array(z.strictObject({ node: slug, field: cardField.optional(), answer: answerSchema })),
  location: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      // Names are read from the flow version by id; cards filed before that carry them.
      nearestCompound: z.strictObject({ id: slug, names: localizedNames.optional(), distanceKm: z.number().nonnegative() }).optional(),
    })
    .optional(),
});
export type TriageCard = z.infer<typeof triageCardSchema>;

/**
 * Builds the card of a finished (or finishing) run. Throws a ZodError only
 * if the engine produced something the card cannot hold — a bug, not input.
 */
export function buildCard(bundle: FlowBundle, state: FlowState, opts: { caseId: string; lang: string; now: number }): TriageCard {
  const order = visitOrder(bundle, state.answers);
  // Answers off the walked path should not exist; keep them last rather than lose them.
  for (const id of Object.keys(state.answers)) if (!order.includes(id)) order.push(id);
  const answers: TriageCard["answers"] = [];
  for (const node of order) {
    const answer = state.answers[node];
    const def = bundle.flow.nodes[node];
    if (!answer || !def) continue;
    const field = fieldOf(def);
    answers.push(field !== undefined ? { node, field, answer } : { node, answer });
  }
  const score = scoreAnswers(bundle.flow, state.answers);
  const where = answers.find((a) => a.answer.kind === "location")?.answer;
  const card: TriageCard = {
    schemaVersion: 1,
    caseId: opts.caseId,
    flow: { id: bundle.flow.id, hash: bundle.hash },
    lang: opts.lang,
    startedAt: state.startedAt,
    completedAt: opts.now,
    ...score,
    answers,
  };
  if (where?.kind === "location") {
    const nearest = nearestCompound(bundle.compounds.compounds, where.lat, where.lon);
    // Only the id: a compound's names in every language would be most of the sealed card, per case.
    card.location = nearest ? { lat: where.lat, lon: where.lon, nearestCompound: { id: nearest.id, distanceKm: nearest.distanceKm } } : { lat: where.lat, lon: where.lon };
  }
  return triageCardSchema.parse(card);
}

/** The answer the card holds for a field, if any. */
export function answerOf(card: TriageCard, field: CardField): Answer | undefined {
  return card.answers.find((a) => a.field === field)?.answer;
}

/**
 * Beyond this a compound is no guide to where the pin is (compounds without
 * coordinates are never candidates), and naming one would send a team to the
 * wrong town.
 */
export const NEAREST_COMPOUND_MAX_KM = 10;

/** Closest compound with coordinates within NEAREST_COMPOUND_MAX_KM, distance rounded to 0.1 km. */
export function nearestCompound(
  compounds: readonly Compound[],
  lat: number,
  lon: number,
): { id: string; names: Compound["names"]; distanceKm: number } | undefined {
  let best: { id: string; names: Compound["names"]; distanceKm: number } | undefined;
  for (const c of compounds) {
    if (c.lat === undefined || c.lon === undefined) continue;
    const d = haversineKm(lat, lon, c.lat, c.lon);
    if (!best || d < best.distanceKm) best = { id: c.id, names: c.names, distanceKm: d };
  }
  if (!best || best.distanceKm > NEAREST_COMPOUND_MAX_KM) return undefined;
  return { ...best, distanceKm: Math.round(best.distanceKm * 10) / 10 };
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
