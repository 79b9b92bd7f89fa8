/**
 * The pure flow stepper: bundle + state + input → state + outputs. No I/O,
 * no clock, no randomness; the runner passes time and ids in. Split into
 * `engine/*.ts` by concern; this module is the public surface.
 */
export { startFlow, stepFlow, showCurrent, PLACE_TEXT_MAX, type StartOptions, type StepOptions } from "./engine/step.js";
export { routesOf, edgeKey, visitOrder, type RouteEdge } from "./engine/route.js";
export { summaryOf, valueOf, DONE, CONFIRM_OK, CONFIRM_EDIT } from "./engine/render.js";
export { placeChoices, placeNames, type PlaceChoice } from "./engine/places.js";
export { flagsOf, chosenIds, FlowBrokenError } from "./engine/nodes.js";
export { parseNumber, parseCoordinates, cleanText, charLength } from "./engine/parse.js";
