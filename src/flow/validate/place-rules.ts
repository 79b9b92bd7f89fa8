import type { FlowRule } from "./context.js";
import { didYouMean, type Problem } from "./problem.js";

/** A place step's `parent` must name a step… */
export const unknownParent: FlowRule = ({ flow, flowSource }) => {
  const ids = Object.keys(flow.nodes);
  return Object.entries(flow.nodes).flatMap(([id, node]) =>
    node.type === "place" && node.parent !== undefined && !(node.parent in flow.nodes)
      ? [flowSource.problem("unknown_parent", ["nodes", id, "parent"], `step "${id}" narrows its list by step "${node.parent}", which does not exist`, didYouMean(node.parent, ids))]
      : [],
  );
};

/** …and that step must itself pick a place, or there is nothing to narrow by. */
export const parentType: FlowRule = ({ flow, flowSource }) =>
  Object.entries(flow.nodes).flatMap(([id, node]) => {
    if (node.type !== "place" || node.parent === undefined) return [];
    const parent = flow.nodes[node.parent];
    if (!parent || parent.type === "place") return [];
    return [
      flowSource.problem(
        "parent_type",
        ["nodes", id, "parent"],
        `step "${id}" narrows its list by step "${node.parent}", but that step is a ${parent.type} question, not a place question`,
      ),
    ];
  });

/** A place step needs the list it picks from. */
export const unknownPlaceData: FlowRule = ({ flow, flowSource, places, compounds }) =>
  Object.entries(flow.nodes).flatMap(([id, node]) => {
    if (node.type !== "place") return [];
    const needs = node.source === "compounds" ? "compounds" : "places";
    const has = needs === "compounds" ? compounds : places;
    if (has) return [];
    return [
      flowSource.problem(
        "unknown_place_data",
        ["nodes", id, "source"],
        `step "${id}" picks from ${node.source}, but this flow has no ${needs} file`,
        `add "${needs}: ${needs}.yaml" under "data:" at the top of the flow`,
      ),
    ];
  });

/**
 * Place ids are sent back by buttons, named in `when` routes and pointed at by
 * compounds: each must be unique across countries, provinces and compounds, or
 * a route or a name would pick whichever comes first.
 */
export const duplicatePlaceId: FlowRule = ({ places, compounds }) => {
  const problems: Problem[] = [];
  const kindOf = new Map<string, string>();
  const claim = (id: string, kind: string, report: (message: string) => Problem) => {
    const earlier = kindOf.get(id);
    if (earlier === kind) problems.push(report(`there are two ${kind === "country" ? "countries" : `${kind}s`} with the id "${id}"`));
    else if (earlier) problems.push(report(`the id "${id}" is used for both a ${earlier} and a ${kind}`));
    else kindOf.set(id, kind);
  };
  if (places) {
    places.data.countries.forEach((country, i) => {
      claim(country.id, "country", (m) => places.source.problem("duplicate_place_id", ["countries", i, "id"], m));
      country.provinces.forEach((province, j) => {
        claim(province.id, "province", (m) => places.source.problem("duplicate_place_id", ["countries", i, "provinces", j, "id"], m));
      });
    });
  }
  if (compounds) {
    compounds.data.compounds.forEach((compound, i) => {
      claim(compound.id, "compound", (m) => compounds.source.problem("duplicate_place_id", ["compounds", i, "id"], m));
    });
  }
  return problems;
};

/** A compound that names no known province would never be offered to anyone. */
export const unknownProvince: FlowRule = ({ places, compounds }) => {
  if (!compounds || !places) return [];
  const provinces = places.data.countries.flatMap((country) => country.provinces.map((province) => province.id));
  const known = new Set(provinces);
  return compounds.data.compounds.flatMap((compound, i) =>
    compound.province === undefined || known.has(compound.province)
      ? []
      : [
          compounds.source.problem(
            "unknown_province",
            ["compounds", i, "province"],
            `compound "${compound.id}" is in province "${compound.province}", which is not in the places file, so nobody would be offered it`,
            didYouMean(compound.province, provinces),
          ),
        ],
  );
};
