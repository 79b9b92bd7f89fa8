import type { FlowNode, LocalizedNames } from "../schema.js";
import type { Answer, FlowBundle } from "../types.js";

/** A place the person can pick. */
export interface PlaceChoice {
  id: string;
  names: LocalizedNames;
}

type PlaceNode = Extract<FlowNode, { type: "place" }>;

/**
 * The places a place node offers given the answers so far, or `undefined`
 * when the node must be skipped: its parent was answered "don't know"/"other",
 * or nothing is left to offer and the person cannot type a name either. A node
 * that takes typed names is still asked with an empty list (a province with no
 * known compound yet, or a typed province), so the person can name the place.
 */
export function placeChoices(
  bundle: FlowBundle,
  node: PlaceNode,
  answers: Record<string, Answer>,
): PlaceChoice[] | undefined {
  let parentId: string | undefined;
  if (node.parent !== undefined) {
    const parent = Object.hasOwn(answers, node.parent) ? answers[node.parent] : undefined;
    if (parent?.kind === "text" && node.allowText) return [];
    if (parent?.kind !== "place") return undefined;
    parentId = parent.id;
  }
  const list = listFor(bundle, node.source, parentId);
  return list.length > 0 || node.allowText ? list : undefined;
}

function listFor(bundle: FlowBundle, source: PlaceNode["source"], parentId: string | undefined): PlaceChoice[] {
  const countries = bundle.places.countries;
  switch (source) {
    case "countries":
      return countries.filter((c) => c.whereList).map(pick);
    case "nationalities":
      return countries.map(pick);
    case "provinces": {
      const scope = parentId === undefined ? countries.filter((c) => c.whereList) : countries.filter((c) => c.id === parentId);
      const provinces = scope.flatMap((c) => c.provinces);
      // Featured first: most calls come from a few provinces.
      return [...provinces.filter((p) => p.featured), ...provinces.filter((p) => !p.featured)].map(pick);
    }
    case "compounds":
      return bundle.compounds.compounds.filter((c) => parentId === undefined || c.province === parentId).map(pick);
  }
}

function pick(place: { id: string; names: LocalizedNames }): PlaceChoice {
  return { id: place.id, names: place.names };
}

/** Names of any known place (country, province or compound), for summaries. */
export function placeNames(bundle: FlowBundle, id: string): LocalizedNames | undefined {
  for (const country of bundle.places.countries) {
    if (country.id === id) return country.names;
    for (const province of country.provinces) if (province.id === id) return province.names;
  }
  return bundle.compounds.compounds.find((c) => c.id === id)?.names;
}
