import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { showCurrent, startFlow, stepFlow } from "../../src/flow/engine.js";
import type { FlowBundle, FlowState, Input } from "../../src/flow/types.js";
import { loadBundleFile } from "../helpers/flow-fixtures.js";
import { buttonInput, dataOf } from "../helpers/press.js";

/**
 * An input to try: either fixed, or "the n-th button of whatever is shown
 * now", so random runs actually walk deep into the flow.
 */
type Move = { kind: "input"; input: Input } | { kind: "button"; index: number };

const texts = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom("", "   ", "\u0000\u0007\u202e", "5,000", "$5k", "10.627, 103.522", "yes", "😀".repeat(600)),
  fc.integer({ min: 9_000, max: 11_000 }).map((n) => "x".repeat(n)),
);
const forged = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.tuple(fc.constantFrom("f", "m", "p", "c", "e", "z"), fc.stringMatching(/^[a-z_]{1,12}$/), fc.stringMatching(/^[a-z_]{1,12}$/)).map((p) => p.join(":")),
  fc.constantFrom("f:safe_now:yes", "m:violence:_done", "c:summary:ok", "c:summary:edit", "e:summary:country", "p:country:kh", "f:constructor:x", "f:__proto__:x"),
);
const moves: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(40).map((index): Move => ({ kind: "button", index })) },
  { weight: 2, arbitrary: texts.map((text): Move => ({ kind: "input", input: { type: "text", text, lang: "en" } })) },
  { weight: 2, arbitrary: forged.map((data): Move => ({ kind: "input", input: buttonInput(data) })) },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 20 }).map((kind): Move => ({ kind: "input", input: { type: "unsupported", kind } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.double({ min: -200, max: 200 }), fc.double({ min: -400, max: 400 }))
      .map(([lat, lon]): Move => ({ kind: "input", input: { type: "location", lat, lon } })),
  },
);

function inputOf(bundle: FlowBundle, state: FlowState, move: Move): Input {
  if (move.kind === "input") return move.input;
  const buttons = showCurrent(bundle, state).flatMap((o) => (o.type === "ask" ? o.buttons.flat() : []));
  const button = buttons[move.index % Math.max(1, buttons.length)];
  return button ? buttonInput(dataOf(button)) : { type: "text", text: "ok", lang: "en" };
}

/** Cases filed during the random runs: proof the random walks get past the first questions. */
let finished = 0;

function check(bundle: FlowBundle, sequence: Move[]): void {
  let now = 1;
  let state = startFlow(bundle, { sessionId: "p", now }).state;
  for (const move of sequence) {
    if (state.done) state = startFlow(bundle, { sessionId: "p", now }).state;
    const input = inputOf(bundle, state, move);
    const step = stepFlow(bundle, state, input, { now: ++now });
    expect(Object.hasOwn(bundle.flow.nodes, step.state.node)).toBe(true);
    expect(step.outputs.length).toBeGreaterThan(0);
    for (const o of step.outputs) {
      if (o.type === "ask" || o.type === "update_buttons") {
        for (const b of o.buttons.flat()) expect(Buffer.byteLength(dataOf(b))).toBeLessThanOrEqual(64);
      }
    }
    state = step.state;
    if (step.outputs.some((o) => o.type === "complete")) finished++;
  }
}

// Unconditional: loadBundleFile throws when a flow is missing, so a renamed flow fails here instead of losing its runs.
const flows = ["tests/fixtures/flows/engine/mini.yaml", "flows/triage.yaml"];

describe("engine under random input", () => {
  for (const flow of flows) {
    it(`never throws, stays on a node and always answers (${flow})`, () => {
      const bundle = loadBundleFile(flow);
      fc.assert(
        fc.property(fc.array(moves, { minLength: 1, maxLength: 60 }), (sequence) => check(bundle, sequence)),
        { numRuns: 300 },
      );
    });

    it(`random button walks file cases (${flow})`, () => {
      const bundle = loadBundleFile(flow);
      finished = 0;
      const buttons = fc.nat(40).map((index): Move => ({ kind: "button", index }));
      fc.assert(
        fc.property(fc.array(buttons, { minLength: 20, maxLength: 80 }), (sequence) => check(bundle, sequence)),
        { numRuns: 200 },
      );
      expect(finished).toBeGreaterThan(0);
    });
  }

  it("a done state answers buttons with stale_button and ignores the rest", () => {
    const bundle = loadBundleFile("tests/fixtures/flows/engine/mini.yaml");
    const done = stepFlow(bundle, startFlow(bundle, { sessionId: "p", now: 1 }).state, buttonInput("f:safe_now:not_now"), { now: 2 });
    expect(done.state.done).toBe(true);
    fc.assert(
      fc.property(moves, (move) => {
        const input = inputOf(bundle, done.state, move);
        const step = stepFlow(bundle, done.state, input, { now: 3 });
        expect(step.state).toBe(done.state);
        expect(step.outputs).toEqual(input.type === "button" ? [{ type: "reask", node: "later", reason: "stale_button" }] : []);
      }),
    );
  });
});
