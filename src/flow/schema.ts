import { z } from "zod";

/**
 * Shape of `flows/*.yaml` (phase one of validation; semantic checks live in
 * validate.ts). Ids are readable slugs so callback data and errors stay legible.
 */
export const slug = z.string().regex(/^[a-z][a-z0-9_]*$/, "must be a lowercase slug (a-z, 0-9, _), starting with a letter");
const localeKey = z.string().regex(/^[a-z][a-z0-9-]*$/, "must be a locale key (a-z, 0-9, -)");

/** Where an answer lands on the triage card. */
export const cardFields = [
  "safe_now",
  "danger",
  "country",
  "province",
  "compound",
  "location",
  "surroundings",
  "situation",
  "passport",
  "phone",
  "restraint",
  "violence",
  "ransom",
  "ransom_amount",
  "nationality",
  "minor",
  "others_count",
  "contact_window",
  "contact_hours",
  "consent",
  "notes",
] as const;
export const cardField = z.enum(cardFields);
export type CardField = z.infer<typeof cardField>;

export const optionSchema = z.strictObject({
  id: slug,
  label: localeKey,
  /** Facts this answer establishes; scoring and routing read them. */
  flags: z.array(slug).optional(),
  /** In a multi-choice, choosing this clears the others (e.g. "none"). */
  exclusive: z.boolean().optional(),
});
export type FlowOption = z.infer<typeof optionSchema>;

export const routeSchema = z.strictObject({
  /** Option id or flag that must be present in the answer; omitted = default route. */
  when: slug.optional(),
  goto: slug,
});
export type Route = z.infer<typeof routeSchema>;

const next = z.union([slug, z.array(routeSchema).min(1)]);

const base = {
  ask: localeKey,
  /** Extra line shown under the question (e.g. a risk warning). */
  hint: localeKey.optional(),
  field: cardField.optional(),
  next: next.optional(),
};

const choiceNode = z.strictObject({ ...base, type: z.literal("choice"), options: z.array(optionSchema).min(1) });
const multiNode = z.strictObject({ ...base, type: z.literal("multi"), options: z.array(optionSchema).min(1) });
const textNode = z.strictObject({
  ...base,
  type: z.literal("text"),
  maxLength: z.number().int().positive().max(4000).default(1000),
  /** Buttons offered beside typing (e.g. "skip", "don't know"). */
  options: z.array(optionSchema).optional(),
});
const numberNode = z.strictObject({
  ...base,
  type: z.literal("number"),
  min: z.number().default(0),
  max: z.number().default(1_000_000_000),
  options: z.array(optionSchema).optional(),
});
const locationNode = z.strictObject({ ...base, type: z.literal("location"), options: z.array(optionSchema).min(1) });
export const placeSources = ["countries", "provinces", "compounds", "nationalities"] as const;
const placeNode = z.strictObject({
  ...base,
  type: z.literal("place"),
  source: z.enum(placeSources),
  /** Node whose place answer narrows this list (country → provinces → compounds). */
  parent: slug.optional(),
  /** Let the person type a name that is not in the list. */
  allowText: z.boolean().default(false),
  /** Buttons after the list (e.g. "don't know", "other"). */
  options: z.array(optionSchema).optional(),
});
const infoNode = z.strictObject({ ...base, type: z.literal("info"), options: z.array(optionSchema).optional() });
const confirmNode = z.strictObject({
  ...base,
  type: z.literal("confirm"),
  /** Label of the "send it" button and of the "change something" button. */
  confirmLabel: localeKey,
  editLabel: localeKey,
});
const endNode = z.strictObject({
  type: z.literal("end"),
  ask: localeKey,
  hint: localeKey.optional(),
  /** Whether reaching this end creates a case. */
  createsCase: z.boolean().default(false),
});

/**
 * Files the case here and goes on: the questions after it only add to the case
 * (each later answer updates its card). `core` names the facts every path to it
 * must have asked (a list inside the list: any one of those fields), which
 * flows:check verifies.
 */
const fileCaseNode = z.strictObject({
  type: z.literal("file_case"),
  core: z.array(z.union([cardField, z.array(cardField).min(1)])).default([]),
  next,
});

export const nodeSchema = z.discriminatedUnion("type", [
  choiceNode,
  multiNode,
  textNode,
  numberNode,
  locationNode,
  placeNode,
  infoNode,
  confirmNode,
  fileCaseNode,
  endNode,
]);
export type FlowNode = z.infer<typeof nodeSchema>;
export type NodeType = FlowNode["type"];
/** Nodes that show something to the person (all but `file_case`). */
export type ShownNode = Exclude<FlowNode, { type: "file_case" }>;

/** The card field a node's answer fills, if any. */
export function fieldOf(node: FlowNode): CardField | undefined {
  return node.type === "end" || node.type === "file_case" ? undefined : node.field;
}

export const tiers = ["critical", "high", "normal"] as const;
export type Tier = (typeof tiers)[number];

export const scoringSchema = z.strictObject({
  /** A flag listed under a tier lifts the case to at least that tier. */
  priority: z.strictObject({
    critical: z.array(slug).default([]),
    high: z.array(slug).default([]),
  }),
  /** ILO forced-labour indicator id → flags that evidence it. */
  indicators: z.record(slug, z.array(slug)),
});
export type Scoring = z.infer<typeof scoringSchema>;

export const flowSchema = z.strictObject({
  specVersion: z.literal(1),
  id: slug,
  start: slug,
  /** Data files (relative to the flow file) for place pickers. */
  data: z
    .strictObject({
      places: z.string().optional(),
      compounds: z.string().optional(),
    })
    .default({}),
  scoring: scoringSchema,
  nodes: z.record(slug, nodeSchema),
});
export type Flow = z.infer<typeof flowSchema>;

// ── place data ───────────────────────────────────────────────────────────────

/** Names by locale; `en` (Latin script) is the fallback. */
export const localizedNames = z.record(z.string(), z.string().min(1)).refine((n) => typeof n.en === "string", {
  message: "needs at least an `en` name",
});
export type LocalizedNames = z.infer<typeof localizedNames>;

export const provinceSchema = z.strictObject({
  id: slug,
  names: localizedNames,
  /** Shown first in the picker (where most calls come from). */
  featured: z.boolean().default(false),
});

export const countrySchema = z.strictObject({
  id: slug,
  names: localizedNames,
  /** IANA zone, for the person's safe-contact hours. */
  timezone: z.string().optional(),
  /** Offered as a "where are you" answer (compound countries). */
  whereList: z.boolean().default(false),
  provinces: z.array(provinceSchema).default([]),
});

export const placesSchema = z.strictObject({
  countries: z.array(countrySchema).min(1),
});
export type Places = z.infer<typeof placesSchema>;

export const compoundSchema = z.strictObject({
  id: slug,
  province: slug,
  names: localizedNames,
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
});
export const compoundsSchema = z.strictObject({ compounds: z.array(compoundSchema) });
export type Compounds = z.infer<typeof compoundsSchema>;
export type Compound = z.infer<typeof compoundSchema>;
