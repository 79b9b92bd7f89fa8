import { describe, expect, it } from "vitest";
import { MAX_FILLED_GAP, withGaps } from "../../src/person/message-gaps.js";

describe("withGaps", () => {
  it("fills the small runs between known ids and leaves the kept ones out", () => {
    expect(withGaps([3, 4, 7], [9])).toEqual([3, 4, 5, 6, 7, 8]);
    expect(withGaps([9, 3], [])).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it("goes no further than the known ids: nothing above the newest, nothing below the oldest", () => {
    expect(withGaps([10], [])).toEqual([10]);
    expect(withGaps([], [12])).toEqual([]);
  });

  it("leaves a run wider than MAX_FILLED_GAP alone: nothing known of is there", () => {
    const far = 5 + MAX_FILLED_GAP + 2;
    expect(withGaps([5, far], [])).toEqual([5, far]);
    const near = 5 + MAX_FILLED_GAP + 1;
    expect(withGaps([5, near], [])).toHaveLength(MAX_FILLED_GAP + 2);
  });

  it("keeps each id once, in order", () => {
    expect(withGaps([2, 2, 1], [1])).toEqual([2]);
  });
});
