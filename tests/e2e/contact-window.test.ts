import { afterEach, describe, expect, it } from "vitest";
import { buttonData, cardsOf } from "../desk/support.js";
import { caseIdOfUser } from "../helpers/cases.js";
import { COORDINATORS, randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";

const [ALICE] = COORDINATORS as [number, number];

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

describe("'only after I write first' means a message written after filing", () => {
  it("holds a coordinator's reply sent right after filing, and delivers it once the person writes", async () => {
    const h = (harness = await startHarness());
    const person = h.person({ id: randomUserId() });
    // /start, every answer and the last tap came seconds ago: none of that is writing to the team.
    await completeTriage(person, { contact: "i_write_first" });
    const caseId = (await caseIdOfUser(h, person.from.id))!;
    const card = await h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Claim/));

    await alice.send("We read your answers. Write when you can.", card.message_id);
    expect(h.deskMessages().at(-1)?.text).toMatch(/Held/);
    await h.app.desk.tick();
    expect(person.messages().some((m) => m.text?.includes("We read your answers"))).toBe(false);

    await person.send("I can talk now");
    await h.emulator.waitFor(() => person.messages().some((m) => m.text?.includes("We read your answers")), 10_000);
  });
});
