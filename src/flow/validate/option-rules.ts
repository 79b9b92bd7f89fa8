import { placeIds } from "./button-rules.js";
import { optionsOf, type FlowRule } from "./context.js";
import { didYouMean, type Problem } from "./problem.js";

/** Option ids are what a button sends back; two alike would make one answer unreachable. */
export const duplicateOptionId: FlowRule = ({ flow, flowSource }) => {
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    const seen = new Set<string>();
    optionsOf(node).forEach((option, i) => {
      if (seen.has(option.id)) {
        problems.push(
          flowSource.problem("duplicate_option_id", ["nodes", id, "options", i, "id"], `step "${id}" has two options with the id "${option.id}"`, "give each option its own id"),
        );
      }
      seen.add(option.id);
    });
  }
  return problems;
};

/** Every flag scoring reads must be set by some answer, or that priority or indicator can never apply. */
export const unknownFlag: FlowRule = ({ flow, flowSource }) => {
  const produced = new Set(Object.values(flow.nodes).flatMap((node) => optionsOf(node).flatMap((o) => o.flags ?? [])));
  const problems: Problem[] = [];
  const check = (flag: string, path: (string | number)[], where: string) => {
    if (produced.has(flag)) return;
    problems.push(flowSource.problem("unknown_flag", path, `${where} uses the flag "${flag}", but no answer in the flow sets it`, didYouMean(flag, produced)));
  };
  for (const tier of ["critical", "high"] as const) {
    flow.scoring.priority[tier].forEach((flag, i) => check(flag, ["scoring", "priority", tier, i], `priority "${tier}"`));
  }
  for (const [indicator, flags] of Object.entries(flow.scoring.indicators)) {
    flags.forEach((flag, i) => check(flag, ["scoring", "indicators", indicator, i], `indicator "${indicator}"`));
  }
  return problems;
};

/** A `when` that no answer of the step can match makes its route dead. */
export const unknownWhen: FlowRule = (ctx) => {
  const { flow, flowSource } = ctx;
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.type === "end" || !Array.isArray(node.next)) continue;
    const options = optionsOf(node);
    const names = new Set([...options.map((o) => o.id), ...options.flatMap((o) => o.flags ?? [])]);
    // A place step routes on the picked place's id too (e.g. `when: cambodia`).
    if (node.type === "place") for (const place of placeIds(ctx, node.source)) names.add(place.id);
    node.next.forEach((route, i) => {
      if (route.when === undefined || names.has(route.when)) return;
      problems.push(
        flowSource.problem(
          "unknown_when",
          ["nodes", id, "next", i, "when"],
          `step "${id}" has no option or flag called "${route.when}", so this route is never taken`,
          didYouMean(route.when, names),
        ),
      );
    });
  }
  return problems;
};

/**
 * Without a default route, an answer that matches no `when` has nowhere to go
 * and the engine stops the triage. Choice-like steps are fine when every
 * option is matched; typed answers, pins and places always need a default.
 */
export const missingDefaultRoute: FlowRule = ({ flow, flowSource }) => {
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.type === "end" || !Array.isArray(node.next)) continue;
    if (node.next.some((route) => route.when === undefined)) continue;
    const whens = new Set(node.next.map((route) => route.when));
    const options = optionsOf(node);
    const buttonsOnly = node.type === "choice" || node.type === "multi" || (node.type === "info" && options.length > 0);
    const unmatched = options.filter((o) => !whens.has(o.id) && !(o.flags ?? []).some((f) => whens.has(f)));
    const path = ["nodes", id, "next"];
    if (!buttonsOnly) {
      problems.push(
        flowSource.keyProblem("missing_default_route", path, `step "${id}" has no default route, so some answers would have nowhere to go`, 'add a last route with only "goto" and no "when"'),
      );
    } else if (unmatched.length > 0) {
      const list = unmatched.map((o) => `"${o.id}"`).join(", ");
      problems.push(
        flowSource.keyProblem("missing_default_route", path, `step "${id}" has no route for the answer ${list} and no default route`, 'add a last route with only "goto" and no "when"'),
      );
    }
  }
  return problems;
};
