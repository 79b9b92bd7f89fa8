import { describe, expect, it } from "vitest";
import { runSurge } from "../../bench/surge/driver.js";
import { figuresOf } from "../../bench/surge/metrics.js";

describe("bench:surge driver", () => {
  it("takes three people through the triage to cards in the group with limits on", async () => {
    // Faster people than the benchmark's, so the guard stays short: a private
    // chat allows 3 calls/s here instead of Telegram's 1; every other limit is Telegram's.
    const run = await runSurge({
      people: 3, rampSeconds: 1, answerDelayMs: 500, limits: { privatePerSecond: 3 }, maxSeconds: 40, cardWaitSeconds: 5,
      // The scheduler paces to the same chat limit the emulator enforces here.
      appEnv: { SEND_CHAT_PER_SECOND: "3", SEND_CHAT_BURST: "3" },
    });
    const figures = figuresOf(run);
    expect({ filed: figures.filed, lost: figures.lost, cards: figures.cards_seen }).toEqual({ filed: 3, lost: 0, cards: 3 });
    expect(figures.limits).toBe("on");
    // The tier is read off the card: person 0 reported an injury, the others did not.
    expect(run.people.map((p) => p.sighting?.tier)).toEqual(["critical", "other", "other"]);
    expect(figures.answer_to_question_ms.n).toBeGreaterThanOrEqual(3 * 20);
    expect(figures.limited_calls).toBeGreaterThan(0);
  }, 60_000);
});
