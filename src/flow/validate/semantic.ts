import { callbackDataTooLong } from "./button-rules.js";
import type { FlowContext, FlowRule } from "./context.js";
import { noPathToEnd, unknownGoto, unknownStart, unreachableNode } from "./graph-rules.js";
import { duplicateOptionId, missingDefaultRoute, unknownFlag, unknownWhen } from "./option-rules.js";
import { duplicatePlaceId, parentType, unknownParent, unknownPlaceData, unknownProvince } from "./place-rules.js";
import { coreFactNotAsked, filingSkipped } from "./filing-rules.js";
import type { Problem } from "./problem.js";

/**
 * Phase-two checks, run in this order once the schema passed. Locale rules
 * live in src/i18n/check.ts; the full list of rule ids is in rules.ts.
 */
export const semanticRules: readonly FlowRule[] = [
  unknownStart,
  unknownGoto,
  unknownWhen,
  missingDefaultRoute,
  unreachableNode,
  noPathToEnd,
  duplicateOptionId,
  unknownFlag,
  unknownParent,
  parentType,
  unknownPlaceData,
  duplicatePlaceId,
  unknownProvince,
  callbackDataTooLong,
  coreFactNotAsked,
  filingSkipped,
];

/** Runs every semantic rule over a schema-valid flow. */
export function checkFlow(ctx: FlowContext): Problem[] {
  return semanticRules.flatMap((rule) => rule(ctx));
}
