import { describe, expect, it } from "vitest";
import { harnessPerTest, randomUserId, type Harness } from "../helpers/harness.js";
import { cardsOf, minimalCard } from "../desk/support.js";

const start = harnessPerTest();

async function fileCase(h: Harness, caseId: string, createdAt: number) {
  const chatId = randomUserId();
  h.emulator.registerChat({ id: chatId, type: "private", first_name: "Hidden" });
  await h.app.cases.create({
    caseId,
    tier: "high",
    card: minimalCard(caseId, { tier: "high", startedAt: createdAt, completedAt: createdAt }),
    contact: { chatId, person: `p-${caseId}`, lang: "en", window: { mode: "any" } },
  });
}

/** The dispatcher notes a card as drawn just after Telegram took it; the clock must not move before. */
async function cardDrawn(h: Harness, caseId: string) {
  const card = await h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
  for (let i = 0; i < 200 && (await h.redis.hget(h.keys.caseRecord(caseId), "cardShownAt")) === null; i++) await new Promise((r) => setTimeout(r, 10));
  return card;
}

const editsOf = (h: Harness, messageId: number) =>
  h.emulator.calls("editMessageText").filter((c) => c.ok && c.params.message_id === messageId).length;

describe("a card's age stays true, at most every ten minutes, as housekeeping", () => {
  it("redraws 'just now' once ten minutes have passed, and not again before the next ten", async () => {
    let now = Date.UTC(2025, 0, 1, 5, 0);
    const h = await start({ clock: () => now });
    await fileCase(h, "AGED-0001", now);
    const card = await cardDrawn(h, "AGED-0001");
    const text = () => h.deskMessages().find((m) => m.message_id === card.message_id)?.text ?? "";
    expect(text()).toContain("just now");

    now += 9 * 60_000;
    await h.app.desk.tick();
    expect(editsOf(h, card.message_id)).toBe(0);
    expect(text()).toContain("just now");

    now += 2 * 60_000;
    await h.app.desk.tick();
    expect(text()).toContain("11 min ago");
    expect(editsOf(h, card.message_id)).toBe(1);

    // Five minutes later the label would read 16 min, but the last redraw was five minutes ago.
    now += 5 * 60_000;
    await h.app.desk.tick();
    expect(editsOf(h, card.message_id)).toBe(1);
    now += 6 * 60_000;
    await h.app.desk.tick();
    expect(text()).toContain("22 min ago");
    expect(editsOf(h, card.message_id)).toBe(2);
  });

  it("leaves a closed card alone", async () => {
    let now = Date.UTC(2025, 0, 1, 5, 0);
    const h = await start({ clock: () => now });
    await fileCase(h, "AGED-0002", now);
    const card = await cardDrawn(h, "AGED-0002");
    const record = await h.app.cases.get("AGED-0002");
    await h.app.cases.transition("AGED-0002", "resolve", { expectedVersion: record!.version, actor: "c-1", outcome: "rescued" });
    // The dispatcher shows the resolution on the card; only then is it a closed card to leave alone.
    await h.emulator.waitFor(() => (h.deskMessages().find((m) => m.message_id === card.message_id)?.text ?? "").includes("Resolved") || undefined, 10_000);
    const before = editsOf(h, card.message_id);
    now += 30 * 60_000;
    await h.app.desk.tick();
    expect(editsOf(h, card.message_id)).toBe(before);
  });
});
