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

/** Place ids are sent back by buttons and compounds point at provinces by id: each must be unique. */
export const duplicatePlaceId: FlowRule = ({ places, compounds }) => {
  const problems: Problem[] = [];
  if (places) {
    const countries = new Set<string>();
    const provinces = new Set<string>();
    places.data.countries.forEach((country, i) => {
      if (countries.has(country.id)) {
        problems.push(places.source.problem("duplicate_place_id", ["countries", i, "id"], `there are two countries with the id "${country.id}"`));
      }
      countries.add(country.id);
      country.provinces.forEach((province, j) => {
        if (provinces.has(province.id)) {
          problems.push(
            places.source.problem("duplicate_place_id", ["countries", i, "provinces", j, "id"], `there are two provinces with the id "${province.id}"`),
          );
        }
        provinces.add(province.id);
      });
    });
  }
  if (compounds) {
    const seen = new Set<string>();
    compounds.data.compounds.forEach((compound, i) => {
      if (seen.has(compound.id)) {
        problems.push(compounds.source.problem("duplicate_place_id", ["compounds", i, "id"], `there are two compounds with the id "${compound.id}"`));
      }
      seen.add(compound.id);
    });
  }
  return problems;
};
