import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { User } from "grammy/types";
import { afterAll, describe, expect, it } from "vitest";
import { DESK_CHAT_ID, harnessPerTest, randomUserId, type Harness } from "../helpers/harness.js";
import { caseIdOfUser } from "../helpers/cases.js";
import { completeTriage } from "../helpers/triage-path.js";
import { buttonData, minimalCard } from "../desk/support.js";

/**
 * Several coordinators' groups (issue 12: "routes by the person's country or
 * language, e.g. a Vietnamese desk"): a Vietnamese-speaking person's case goes to
 * the Vietnamese group and nowhere else; everyone else's to the main group; the
 * Vietnamese group's coordinators claim and answer there; /erase takes the card down there.
 */
const VN_GROUP = -1009990001;
const VN_COORDINATOR: User = { id: 7101, is_bot: false, first_name: "Lan", language_code: "vi" };
const dir = mkdtempSync(join(tmpdir(), "beacon-desks-"));
const desksFile = join(dir, "desks.yaml");
writeFileSync(desksFile, `desks:\n  - name: vietnamese\n    chat_id: ${VN_GROUP}\n    coordinators: [${VN_COORDINATOR.id}]\n    match:\n      languages: [vi]\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const harness = harnessPerTest();
const start = () => harness({ env: { DESKS_FILE: desksFile } });
const cardIn = (h: Harness, chatId: number, caseId: string) =>
  h.emulator.messages(chatId).filter((m) => m.from.is_bot && (m.text ?? "").includes(`Case ${caseId}`));

async function filedBy(h: Harness, user: Partial<User>): Promise<{ caseId: string; personId: number }> {
  const personId = randomUserId();
  await completeTriage(h.person({ id: personId, ...user }), { details: false, contact: "any_time" });
  const caseId = await caseIdOfUser(h, personId);
  if (!caseId) throw new Error("no case filed");
  return { caseId, personId };
}

describe("several coordinators' groups", () => {
  it("posts a Vietnamese speaker's card in the Vietnamese group only, and everyone else's in the main group", async () => {
    const h = await start();
    h.emulator.registerChat({ id: VN_GROUP, type: "supergroup", title: "Điều phối" });
    const vi = await filedBy(h, { language_code: "vi" });
    const en = await filedBy(h, { language_code: "en" });
    await h.emulator.waitFor(() => cardIn(h, VN_GROUP, vi.caseId)[0], 10_000);
    await h.emulator.waitFor(() => cardIn(h, DESK_CHAT_ID, en.caseId)[0], 10_000);
    expect(cardIn(h, VN_GROUP, vi.caseId)).toHaveLength(1);
    expect(cardIn(h, DESK_CHAT_ID, vi.caseId)).toHaveLength(0);
    expect(cardIn(h, VN_GROUP, en.caseId)).toHaveLength(0);
    expect(cardIn(h, DESK_CHAT_ID, en.caseId)).toHaveLength(1);
  });

  it("lets the Vietnamese group's coordinator claim and answer there, and /erase takes the card down there", async () => {
    const h = await start();
    const group = { id: VN_GROUP, type: "supergroup" as const, title: "Điều phối" };
    h.emulator.registerChat(group);
    const vi = await filedBy(h, { language_code: "vi" });
    const card = await h.emulator.waitFor(() => cardIn(h, VN_GROUP, vi.caseId)[0], 10_000);
    h.expectUpdates(1);
    h.emulator.pressButton(group, VN_COORDINATOR, card.message_id, buttonData(card, /claim/i));
    await h.settle();
    expect((await h.app.cases.get(vi.caseId))?.status).toBe("claimed");
    h.expectUpdates(1);
    h.emulator.sendText(group, VN_COORDINATOR, "Chúng tôi đã nhận được. DESK-VN-REPLY", { replyToMessageId: card.message_id });
    await h.settle();
    await h.emulator.waitFor(() => h.emulator.messages(vi.personId).find((m) => m.from.is_bot && (m.text ?? "").includes("DESK-VN-REPLY")), 10_000);
    // Nothing of it reached the main group.
    expect(h.deskMessages().some((m) => (m.text ?? "").includes(vi.caseId))).toBe(false);
    await h.person({ id: vi.personId, language_code: "vi" }).send("/erase");
    // The card is turned into a line saying the case was withdrawn: none of the person's answers stay in the group.
    await h.emulator.waitFor(() => h.emulator.messages(VN_GROUP).find((m) => m.message_id === card.message_id && m.text !== card.text), 10_000);
    expect(await h.app.cases.get(vi.caseId)).toBeUndefined();
  });

  it("will not start without a desk that still holds live cases: they would reach no group", async () => {
    const h = await start();
    h.emulator.registerChat({ id: VN_GROUP, type: "supergroup", title: "Điều phối" });
    const vi = await filedBy(h, { language_code: "vi" });
    expect((await h.app.cases.get(vi.caseId))?.desk).toBe("vietnamese");
    // A case filed when DESKS_FILE still listed a desk it has since dropped.
    await h.app.cases.create({ caseId: "GONE-0001", tier: "high", card: minimalCard("GONE-0001"), contact: { chatId: 4242, person: "p-gone", lang: "th", window: { mode: "any" } }, desk: "thai" });
    await expect(h.app.desk.start()).rejects.toThrow(/no longer lists desk "thai" \(1 open\)/);
  });
});
