import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { z } from "zod";
import { ConfigError } from "../errors.js";
import type { TriageCard } from "../triage/card.js";

const slug = z.string().regex(/^[a-z][a-z0-9_]*$/, "a lower-case slug (a-z, 0-9, _)");
const chatId = z.number().int().refine((n) => n < 0, "a group's chat id is negative (-100…)");

/** One coordinators' group besides the main one, and which cases go to it. */
export const deskRouteSchema = z.strictObject({
  name: slug,
  chat_id: chatId,
  /** Telegram user ids who may claim and answer there. */
  coordinators: z.array(z.number().int().positive()).min(1),
  /** Language of the cards and buttons in that group; default COORDINATOR_LOCALE. */
  locale: z.string().min(2).optional(),
  /** A case goes here when the person wrote in one of these languages or is in one of these countries (place ids of flows/places.yaml). */
  match: z
    .strictObject({ languages: z.array(z.string().min(2)).default([]), countries: z.array(slug).default([]) })
    .refine((m) => m.languages.length + m.countries.length > 0, "match needs at least one language or country"),
});

export const desksFileSchema = z.strictObject({ desks: z.array(deskRouteSchema) });
export type DeskRoute = z.infer<typeof deskRouteSchema>;

/**
 * Reads the desks file (`DESKS_FILE`): every problem at once, each with its path,
 * and the rules that keep cases from being lost between groups (unique names and
 * chats, none the main group's).
 *
 * @example
 * loadDeskRoutes("deploy/desks.yaml", -1001234567890); // [{ name: "vietnamese", chat_id: -100…, … }]
 */
export function loadDeskRoutes(file: string, mainChatId: number | undefined): DeskRoute[] {
  let raw: unknown;
  try {
    const doc = parseDocument(readFileSync(file, "utf8"));
    if (doc.errors.length > 0) throw doc.errors[0];
    raw = doc.toJS();
  } catch (cause) {
    throw new ConfigError(`DESKS_FILE ${file} could not be read as YAML`, { cause });
  }
  const parsed = desksFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${file}: ${i.path.join(".") || "(top)"}: ${i.message}`);
    throw new ConfigError(`DESKS_FILE is not valid:\n${problems.join("\n")}`);
  }
  const problems: string[] = [];
  const seen = (values: Array<string | number>) => values.filter((v, i) => values.indexOf(v) !== i);
  const routes = parsed.data.desks;
  for (const name of seen(routes.map((r) => r.name))) problems.push(`${file}: desk name "${name}" is used twice`);
  for (const id of seen(routes.map((r) => r.chat_id))) problems.push(`${file}: chat_id ${id} is used by two desks`);
  if (mainChatId === undefined && routes.length > 0) problems.push(`${file}: desks need COORDINATOR_CHAT_ID too (the group for every other case)`);
  for (const r of routes) if (r.chat_id === mainChatId) problems.push(`${file}: desk "${r.name}" uses COORDINATOR_CHAT_ID's group; give it a group of its own`);
  if (problems.length > 0) throw new ConfigError(`DESKS_FILE is not valid:\n${problems.join("\n")}`);
  return routes;
}

/** The country a card says the person is in (the place picked at the country step), if any. */
function countryOf(card: TriageCard): string | undefined {
  const answer = card.answers.find((a) => a.field === "country")?.answer;
  return answer?.kind === "place" ? answer.id : undefined;
}

/**
 * The desk a case goes to: the first route whose languages or countries match the
 * card, or undefined for the main group. Pure: every instance and every desk reads
 * the same answer from the same card.
 */
export function routeOf(routes: readonly DeskRoute[], card: TriageCard): string | undefined {
  const country = countryOf(card);
  return routes.find((r) => r.match.languages.includes(card.lang) || (country !== undefined && r.match.countries.includes(country)))?.name;
}
