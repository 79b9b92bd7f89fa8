import { afterEach, describe, expect, it } from "vitest";
import { GROUP_ID, TOKEN } from "../../bench/drills/beacon.js";
import { judge, midTriage } from "../../bench/drills/people.js";
import type { PersonOutcome } from "../../bench/surge/person.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/sandbox/emulator/index.js";

let emu: BotApiEmulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const person = (index: number, ref?: string): PersonOutcome => ({
  index, userId: 5_000 + index, profile: "other", result: ref ? "filed" : "lost", notices: 0, resends: 2, latencies: [100, 900], ...(ref ? { ref } : {}),
});

async function send(chatId: number, text: string, firstButton?: string): Promise<void> {
  const reply_markup = firstButton ? { inline_keyboard: [[{ text: "b", callback_data: firstButton }]] } : undefined;
  const res = await fetch(`${emu!.apiRoot}/bot${TOKEN}/sendMessage`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat_id: chatId, text, ...(reply_markup ? { reply_markup } : {}) }),
  });
  expect(res.status).toBe(200);
}

describe("drill verdicts", () => {
  it("counts a confirmed case missing from Redis as lost, an unmarked second card as a silent duplicate, a step sent twice as a repeated question", async () => {
    emu = await createBotApiEmulator();
    emu.registerChat({ id: GROUP_ID, type: "supergroup", title: "Coordinators" });
    for (const id of [5_000, 5_001, 5_002]) emu.registerChat({ id, type: "private", first_name: "P" });
    // Cards as Beacon posts them (HTML): the headline, then "Case <ref> · age · language"; posted at filing, before any marker.
    await send(GROUP_ID, "🔴 <b>CRITICAL</b> · minor\n<b>Case AAAA-AAAA</b> · just now · language: English (en)");
    await send(GROUP_ID, "⚠️ Possible repeat: an earlier card for this case may be above; use the newest.\n🔴 <b>CRITICAL</b> · minor\n<b>Case AAAA-AAAA</b> · just now · language: English (en)");
    await send(GROUP_ID, "🟠 <b>HIGH</b> · locked in\n<b>Case BBBB-BBBB</b> · just now · language: English (en)");
    await send(GROUP_ID, "🟠 <b>HIGH</b> · locked in\n<b>Case BBBB-BBBB</b> · 1 min ago · language: English (en)");
    // A digest and a reminder name cases too, but are no cards.
    await send(GROUP_ID, "📋 Waiting cases\n🟠 HIGH · locked in · BBBB-BBBB");
    await send(GROUP_ID, "Still unclaimed: AAAA-AAAA (3 min ago)");
    await send(5_000, "Are you safe?", "f:safe_now:yes");
    await send(5_000, "Are you safe?", "f:safe_now:yes");
    await send(5_002, "Country?", "p:country:kh");
    const verdict = await judge(emu, [person(0, "AAAA-AAAA"), person(1, "BBBB-BBBB"), person(2)], async (id) => id === "AAAA-AAAA");
    expect(verdict).toMatchObject({ people: 3, confirmed: 2, lost: 1, unresumed: 1, silentDuplicates: 1, markedRepeats: 1, repeatedQuestions: 1, resends: 6, slowestAnswerMs: 900 });
    // Person 0 has a reference on screen, person 2 a question and none: only person 2 is mid-triage.
    await send(5_000, "Your reference is AAAA-AAAA");
    expect(midTriage(emu)).toBe(1);
  });
});
