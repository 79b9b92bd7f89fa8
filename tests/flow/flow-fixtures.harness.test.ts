import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  FixtureError,
  flowCoverage,
  loadBundleFile,
  loadFixture,
  pickKey,
  runFixture,
  type FixtureStep,
  type FlowFixture,
} from "../helpers/flow-fixtures.js";

/**
 * The fixture harness checks itself: each case below takes a fixture that
 * passes, breaks one expectation, and requires the harness to report that
 * mismatch (by file, step and what differed). Without this, a harness that
 * stopped comparing something would keep every fixture green.
 */

const BASE = "tests/fixtures/flows/triage/sihanoukville-critical.test.yaml";
const base = loadFixture(BASE);

/** A deep copy of the base fixture, changed by `edit`. */
function broken(edit: (f: FlowFixture) => void): FlowFixture {
  const copy = structuredClone(base);
  edit(copy);
  return copy;
}

/** Index of the first step matching `test` (so the cases do not depend on step numbers). */
function stepIndex(f: FlowFixture, test: (s: FixtureStep) => boolean): number {
  const i = f.steps.findIndex(test);
  if (i < 0) throw new Error("no such step in the base fixture");
  return i;
}

function stepAt(f: FlowFixture, test: (s: FixtureStep) => boolean): FixtureStep {
  const step = f.steps[stepIndex(f, test)];
  if (!step) throw new Error("no such step in the base fixture");
  return step;
}

function card(f: FlowFixture): NonNullable<FlowFixture["card"]> {
  if (!f.card) throw new Error("the base fixture has a card");
  return f.card;
}

/** Runs the fixture and returns the harness's error message; fails when it passes. */
function mismatch(f: FlowFixture): string {
  try {
    runFixture(f);
  } catch (error) {
    expect(error).toBeInstanceOf(FixtureError);
    return (error as Error).message;
  }
  throw new Error("the harness accepted a fixture that does not match the flow");
}

describe("fixture harness: control", () => {
  it("the unmodified base fixture passes", () => {
    const result = runFixture(broken(() => undefined));
    expect(result.card?.tier).toBe("critical");
  });
});

describe("fixture harness: reports every kind of mismatch", () => {
  it("a wrong question", () => {
    const f = broken((x) => {
      stepAt(x, (s) => s.tap === "inside").expect = { ask: "phone" };
    });
    const at = stepIndex(f, (s) => s.tap === "inside");
    expect(mismatch(f)).toBe(`${BASE} step ${at} (tap: "inside"): expected ask phone, got ask(surroundings)`);
  });

  it("a wrong set of buttons, one missing or one too many", () => {
    const fewer = broken((x) => {
      stepAt(x, (s) => s.tap === "hours").expect = { ask: "hours", buttons: ["early", "morning", "midday", "evening"] };
    });
    expect(mismatch(fewer)).toMatch(/expected buttons \[early, evening, midday, morning\], got \[early, morning, midday, evening, late_night, daytime, night\]/);
    const more = broken((x) => {
      stepAt(x, (s) => s.pick?.[0] === "none" && s.expect?.ask === "location").expect = { ask: "location", buttons: ["skip", "dont_know"] };
    });
    expect(mismatch(more)).toMatch(/expected buttons \[dont_know, skip\], got \[skip\]/);
  });

  it("a wrong summary (a field left out, or in another order)", () => {
    const f = broken((x) => {
      const step = stepAt(x, (s) => s.expect?.summary !== undefined);
      step.expect = { ...step.expect, summary: (step.expect?.summary ?? []).filter((field) => field !== "contact_hours") };
    });
    expect(mismatch(f)).toMatch(/expected summary \[.*contact_window, consent\], got \[.*contact_window, contact_hours, consent\]/);
  });

  it("an expected re-ask that was not given", () => {
    const f = broken((x) => {
      stepAt(x, (s) => s.type === "$15,000").expect = { reask: "not_a_number" };
    });
    expect(mismatch(f)).toMatch(/step \d+ \(type: "\$15,000"\): expected reask not_a_number, got ask\(phone\)/);
  });

  it("expected outputs that are missing: say, complete, accepted", () => {
    const say = broken((x) => {
      stepAt(x, (s) => s.tap === "embassy_ngo").expect = { ask: "summary", say: true };
    });
    expect(mismatch(say)).toMatch(/\(tap: "embassy_ngo"\): expected say: true, got ask\(summary\)/);
    const complete = broken((x) => {
      stepAt(x, (s) => s.tap === "embassy_ngo").expect = { complete: true };
    });
    expect(mismatch(complete)).toMatch(/expected complete: true, got ask\(summary\)/);
    const filed = broken((x) => {
      stepAt(x, (s) => s.tap === "embassy_ngo").expect = { filed: true };
    });
    expect(mismatch(filed)).toMatch(/expected filed: true, got ask\(summary\)/);
    const accepted = broken((x) => {
      stepAt(x, (s) => s.send === "sticker").expect = { accepted: true };
    });
    expect(mismatch(accepted)).toMatch(/\(send: "sticker"\): expected accepted: true, got false/);
  });

  it("an output that should not be there", () => {
    const f = broken((x) => {
      stepAt(x, (s) => s.tap === "skip" && s.expect?.complete === true).expect = { complete: false };
    });
    expect(mismatch(f)).toMatch(/\(tap: "skip"\): expected complete: false, got say complete\(sent\)/);
    const filed = broken((x) => {
      stepAt(x, (s) => s.confirm === true).expect = { filed: false };
    });
    expect(mismatch(filed)).toMatch(/\(confirm: true\): expected filed: false, got file\(filed\) ask\(situation\)/);
  });

  it("a button the question does not have, and a multi press that is refused", () => {
    const tap = broken((x) => {
      stepAt(x, (s) => s.tap === "taken").tap = "burnt";
    });
    expect(mismatch(tap)).toMatch(/\(tap: "burnt"\): no button "burnt" on "passport"; buttons: f:passport:with_me f:passport:taken/);
    const pick = broken((x) => {
      // The danger question answered with a toggle of "none" twice: the second clears it, and "done" is refused.
      stepAt(x, (s) => s.pick?.[0] === "none" && s.expect?.ask === "location").pick = ["none", "none"];
    });
    expect(mismatch(pick)).toMatch(/expected ask location, got reask\(empty\)/);
  });

  it("a card expected from a run that did not finish", () => {
    const f = broken((x) => {
      x.steps = x.steps.slice(0, stepIndex(x, (s) => s.confirm === true));
    });
    expect(mismatch(f)).toBe(`${BASE}: card expected but the flow did not file a case (at "summary")`);
  });

  it("a wrong priority", () => {
    const f = broken((x) => {
      card(x).tier = "high";
    });
    expect(mismatch(f)).toMatch(new RegExp(`^${BASE} card: expected tier high, got critical\\n`));
  });

  it("wrong reasons: an empty list is exact, so a reason the card has is reported", () => {
    const none = broken((x) => {
      card(x).reasons = [];
    });
    expect(mismatch(none)).toMatch(/card: reasons also hold minor: expected \[\], got \[minor\]/);
    const extra = broken((x) => {
      card(x).reasons = ["minor", "locked_in"];
    });
    expect(mismatch(extra)).toMatch(/card: reasons lack locked_in: expected \[minor, locked_in\], got \[minor\]/);
    const include = broken((x) => {
      card(x).reasonsInclude = ["passport_retained"];
    });
    expect(mismatch(include)).toMatch(/card: reasons lack passport_retained: got \[minor\]/);
  });

  it("wrong flags and indicators, exact and subset", () => {
    const flags = broken((x) => {
      card(x).flags = (card(x).flags ?? []).filter((f) => f !== "window_2200_0300");
    });
    expect(mismatch(flags)).toMatch(/card: flags also hold window_2200_0300: /);
    const include = broken((x) => {
      card(x).flagsInclude = ["guarded"];
    });
    expect(mismatch(include)).toMatch(/card: flags lack guarded: /);
    const not = broken((x) => {
      card(x).notFlags = ["minor"];
    });
    expect(mismatch(not)).toMatch(/card: flags should not hold minor/);
    const indicators = broken((x) => {
      card(x).indicators = [...(card(x).indicators ?? []), "excessive_overtime"];
    });
    expect(mismatch(indicators)).toMatch(/card: indicators lack excessive_overtime: /);
  });

  it("a wrong card field, an answer that should be absent, and a wrong location", () => {
    const field = broken((x) => {
      card(x).answers = { ...card(x).answers, passport: { kind: "choice", option: "with_me" } };
    });
    expect(mismatch(field)).toMatch(/card: answer passport: expected \{"kind":"choice","option":"with_me"\}, got \{"kind":"choice","option":"taken"\}/);
    const multi = broken((x) => {
      card(x).answers = { ...card(x).answers, violence: { kind: "multi", options: ["beaten"] } };
    });
    expect(mismatch(multi)).toMatch(/card: answer violence: expected .*"beaten"\]\}, got .*"beaten","shocks"\]\}/);
    const absent = broken((x) => {
      card(x).answers = { ...card(x).answers, ransom_amount: null };
    });
    expect(mismatch(absent)).toMatch(/card: expected no answer for ransom_amount, got \{"kind":"number","value":15000\}/);
    const location = broken((x) => {
      card(x).location = { lat: 10.57 };
    });
    expect(mismatch(location)).toMatch(/card: location: expected \{"lat":10.57\}, got undefined/);
  });
});

describe("fixture harness: reading fixture files", () => {
  const dir = mkdtempSync(join(tmpdir(), "beacon-fixture-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it("refuses an unknown key, two actions in one step, and a list that names an item twice", () => {
    const typo = write("typo.test.yaml", "flow: flows/triage.yaml\nsteps:\n  - tap: 'yes'\n    expext: { ask: danger }\n");
    expect(() => loadFixture(typo)).toThrow(/not a valid fixture\n {2}steps\.0: Unrecognized key: "expext"/);
    const two = write("two.test.yaml", "flow: flows/triage.yaml\nsteps:\n  - { tap: 'yes', type: hello }\n");
    expect(() => loadFixture(two)).toThrow(/steps\.0: a step has at most one action/);
    const twice = write("twice.test.yaml", "flow: flows/triage.yaml\nsteps:\n  - tap: 'yes'\ncard:\n  reasons: [minor, minor]\n");
    expect(() => loadFixture(twice)).toThrow(/card\.reasons: lists an item twice/);
  });

  it("fails loudly on a flow file that is not there", () => {
    const gone = write("gone.test.yaml", "flow: flows/renamed-triage.yaml\nsteps:\n  - tap: 'yes'\n");
    expect(() => runFixture(loadFixture(gone))).toThrow(/flow file flows\/renamed-triage\.yaml does not exist/);
    expect(() => loadBundleFile("flows/renamed-triage.yaml")).toThrow(FixtureError);
  });
});

describe("fixture harness: answer coverage", () => {
  it("records answers, not toggles: an option ticked then cleared by an exclusive one is not chosen", () => {
    const { picks } = runFixture(loadFixture("tests/fixtures/flows/triage/country-unknown-pin.test.yaml"));
    const keys = picks.map(pickKey);
    expect(keys).toContain("violence:none");
    expect(keys).not.toContain("violence:beaten");
    expect(keys).toEqual(expect.arrayContaining(["country:dont_know", "location:<location>", "others:<number>", "summary:ok", "notes:skip"]));
  });

  it("reports the options no fixture chose, and refuses a flow without fixtures", () => {
    const one = flowCoverage("flows/triage.yaml", [BASE]);
    const missing = one.missingPicks.map(pickKey);
    expect(missing).toEqual(expect.arrayContaining(["restraint:dont_know", "hours:early", "province:<text>", "summary:edit", "safe_now:not_now"]));
    expect(missing).not.toContain("hours:late_night");
    expect(one.missingEdges.length).toBeGreaterThan(0);
    expect(() => flowCoverage("flows/triage.yaml", ["tests/fixtures/flows/engine/happy-path.test.yaml"])).toThrow(/no fixture is written for flows\/triage\.yaml/);
  });
});
