import { afterAll, describe, expect, it } from "vitest";
import { randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";

let harness: Harness | undefined;
afterAll(async () => {
  await harness?.stop();
});

describe("a flood from one chat", () => {
  it("does not stop 20 others from finishing a triage, and the flooder gets one notice", async () => {
    harness = await startHarness({ env: { RATE_LIMIT_PER_SECOND: "3", LOG_LEVEL: "info" } });
    const h = harness;
    const flooder = h.person({ id: randomUserId() });
    // The others act at a human pace (the limit is 3 a second); the flooder does not.
    const people = Array.from({ length: 20 }, () => h.person({ id: randomUserId() }, { paceMs: 400 }));

    const floodFor = 10_000;
    const started = Date.now();
    let flooded = 0;
    const flood = (async () => {
      // 50 messages a second, for 10 seconds.
      while (Date.now() - started < floodFor) {
        for (let i = 0; i < 5; i++) {
          h.expectUpdates(1);
          h.emulator.sendText(flooder.chat, flooder.from, `spam ${flooded++}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const triages = Promise.all(people.map((p) => completeTriage(p)));
    await Promise.all([flood, triages]);
    await h.settle();

    expect(flooded).toBeGreaterThanOrEqual(450);
    const created = (await h.redis.xrange(h.keys.casesStream, "-", "+")).filter(([, f]) => f.includes("created"));
    expect(created).toHaveLength(20);
    const notices = h.emulator.calls("sendMessage").filter((c) => c.params.chat_id === flooder.chat.id && String(c.params.text).includes("slow down"));
    expect(notices).toHaveLength(1);
  }, 90_000);
});
