import { afterEach, describe, expect, it } from "vitest";
import { createBotApiEmulator, type EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { COORDINATORS, DESK_CHAT_ID, randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { buttonData, cardsOf, minimalCard } from "../desk/support.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const [ALICE] = COORDINATORS as [number, number];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Telegram-like pacing in the scheduler (the harness's default is unlimited), with the emulator enforcing Telegram's limits. */
const TELEGRAM_PACING = { SEND_GLOBAL_PER_SECOND: "28", SEND_CHAT_PER_SECOND: "1", SEND_CHAT_BURST: "3", SEND_GROUP_PER_MINUTE: "19" };

// Twelve cases at once, four of them critical, mixed: beyond what the group takes in a minute with a digest kept up.
const BURST = Array.from({ length: 12 }, (_, i) => ({ id: `SURG-${String(i + 1).padStart(4, "0")}`, tier: [1, 3, 6, 9].includes(i) ? "critical" : "normal" }) as const);

const isDigest = (m: EmulatedMessage) => m.from.is_bot && (m.text ?? "").startsWith("📋");
const digestLineOf = (h: Harness, caseId: string) =>
  h
    .deskMessages()
    .filter(isDigest)
    .flatMap((m) => (m.text ?? "").split("\n"))
    .find((l) => l.includes(caseId));

/** When each case was first seen in the group (its card, or its line in a digest), ms since the burst. */
function watchSightings(h: Harness, start: number) {
  const seen = new Map<string, { at: number; via: "card" | "digest" }>();
  const scan = () => {
    for (const m of h.deskMessages()) {
      for (const { id } of BURST) {
        if (seen.has(id) || !(m.text ?? "").includes(id)) continue;
        seen.set(id, { at: Date.now() - start, via: isDigest(m) ? "digest" : "card" });
      }
    }
  };
  const stop = h.emulator.onChange((event) => {
    if (event.chatId === DESK_CHAT_ID) scan();
  });
  return { seen, stop };
}

async function until(probe: () => boolean | Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe("desk under a surge: the digest", () => {
  it("shows every case within seconds, critical cards first, one card per case once the budget is back, no call into a closed bucket", async () => {
    const emulator = await createBotApiEmulator({ limits: true });
    const h = (harness = await startHarness({ emulator, env: TELEGRAM_PACING }));
    const start = Date.now();
    const sightings = watchSightings(h, start);
    for (const { id, tier } of BURST) {
      const chatId = randomUserId();
      h.emulator.registerChat({ id: chatId, type: "private", first_name: "Hidden" });
      await h.app.cases.create({
        caseId: id,
        tier,
        card: minimalCard(id, tier === "normal" ? { tier, reasons: [] } : {}),
        contact: { chatId, person: `p-${id}`, lang: "en", window: { mode: "any" } },
      });
    }

    // Every case is seen within a few seconds: its own card, or its line in the digest.
    await until(() => sightings.seen.size === BURST.length, "every case seen", 10_000);
    for (const [id, s] of sightings.seen) expect(s.at, `${id} seen after ${s.at} ms via ${s.via}`).toBeLessThan(5000);
    const digests = h.deskMessages().filter(isDigest);
    expect(digests).toHaveLength(1);
    expect(BURST.filter((c) => sightings.seen.get(c.id)?.via === "digest").length).toBeGreaterThan(0);
    // A critical case in the digest is marked as such on its line.
    for (const { id, tier } of BURST) {
      const line = digestLineOf(h, id);
      if (line && tier === "critical") expect(line).toContain("🔴");
    }

    // The digest button posts the full card of a waiting case at once.
    const waitingNormal = BURST.find((c) => c.tier === "normal" && cardsOf(h, c.id).length === 0)!;
    const alice = h.coordinator(ALICE, "Alice");
    const digest = h.deskMessages().filter(isDigest).at(-1)!;
    await alice.press(digest.message_id, buttonData(digest, new RegExp(waitingNormal.id)));
    await until(() => cardsOf(h, waitingNormal.id).length === 1, "the card the button asked for", 5000);

    // A claim on that card shows on the digest's next edit.
    const card = cardsOf(h, waitingNormal.id)[0]!;
    await alice.press(card.message_id, buttonData(card, /Claim/));
    await until(() => (digestLineOf(h, waitingNormal.id) ?? "").includes("Claimed by Alice"), "the claim on the digest", 15_000);

    // Once the surge is over and the budget back, every case has exactly one card.
    await until(() => BURST.every((c) => cardsOf(h, c.id).length >= 1), "a card for every case", 100_000);
    await sleep(2000);
    for (const { id } of BURST) expect(cardsOf(h, id), id).toHaveLength(1);
    expect(await h.redis.zcard(h.keys.digestWaiting)).toBe(0);
    for (const { id } of BURST) expect(digestLineOf(h, id) ?? "card below").not.toMatch(/· (CRITICAL|NORMAL)[^·]*$/);

    // Critical cards went out before every lower-tier card the digest held back.
    const cardOrder = BURST.map((c) => ({ ...c, messageId: cardsOf(h, c.id)[0]!.message_id })).sort((a, b) => a.messageId - b.messageId);
    const lastCritical = Math.max(...cardOrder.filter((c) => c.tier === "critical").map((c) => c.messageId));
    const heldBack = cardOrder.filter((c) => c.tier === "normal" && sightings.seen.get(c.id)?.via === "digest" && c.id !== waitingNormal.id);
    for (const c of heldBack) expect(c.messageId, `${c.id} after the last critical card`).toBeGreaterThan(lastCritical);

    const stats = h.emulator.limitStats();
    expect(stats.intoClosedBucket).toBe(0);
    expect(stats.refusedTotal).toBe(0);
    sightings.stop();
  }, 150_000);
});
