import { Api } from "grammy";
import { describe, expect, it } from "vitest";
import { STREAM_GROUPS } from "../../src/redis/keys.js";
import { BOT_TOKEN, COORDINATORS, DESK_CHAT_ID, harnessPerTest, randomUserId, type Harness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";
import { buttonData, cardsOf, minimalCard, standaloneDesk } from "../desk/support.js";
import { firstCaseId } from "../helpers/cases.js";

const [ALICE, BOB] = COORDINATORS as [number, number];
const OUTSIDER = 6_666;

const start = harnessPerTest();

async function waitForCard(h: Harness, caseId: string) {
  return h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
}

/** The newest state of the card message with this id. */
function messageById(h: Harness, id: number) {
  return h.deskMessages().find((m) => m.message_id === id);
}

async function pending(h: Harness): Promise<number> {
  const summary = (await h.redis.call("XPENDING", h.keys.casesStream, STREAM_GROUPS.desk)) as [number, ...unknown[]];
  return Number(summary[0]);
}

/**
 * Runs the desk's dispatcher by hand until every entry of the cases stream has
 * been read and acknowledged (nothing pending in the desk group): whatever
 * cards the stream asks for have been posted by then.
 */
async function drainDispatcher(h: Harness): Promise<void> {
  await h.app.desk.stop(); // waits out a pass in flight; from here on only this test moves the stream
  for (let pass = 0; pass < 10; pass++) {
    const acknowledged = await h.app.desk.dispatcher.pollOnce();
    if (acknowledged === 0 && (await pending(h)) === 0) return;
  }
  throw new Error(`the dispatcher still has ${await pending(h)} pending entries after 10 passes`);
}

async function fileCase(h: Harness, caseId: string, chatId = randomUserId()) {
  h.emulator.registerChat({ id: chatId, type: "private", first_name: "Hidden" });
  const person = `p-${caseId}`;
  await h.app.cases.create({
    caseId,
    tier: "critical",
    card: minimalCard(caseId),
    contact: { chatId, person, lang: "en", window: { mode: "hours", windows: [{ from: "22:00", to: "23:30" }], timezone: "Asia/Bangkok" } },
  });
  return { chatId, person };
}

describe("desk: cards from a real triage", () => {
  it("posts exactly one card with the facts given, and nothing that identifies the person", async () => {
    const h = await start();
    const personId = randomUserId();
    const person = h.person({ id: personId, first_name: "Srey", last_name: "Secretname", username: "srey_secret_user" });
    await completeTriage(person, { notes: "Please help <script>alert(1)</script> & hurry" });
    const caseId = await firstCaseId(h);
    const posted = await waitForCard(h, caseId);
    await drainDispatcher(h); // a second card would have been posted by now
    expect(cardsOf(h, caseId)).toHaveLength(1);
    // Posted after the core facts, then edited with each later answer: read its latest state.
    const card = messageById(h, posted.message_id)!;

    const text = card.text ?? "";
    expect(text).toContain("🔴 CRITICAL");
    expect(text).toContain("injured");
    expect(text).toContain("Cambodia › Preah Sihanouk (Sihanoukville) ›");
    expect(text).toMatch(/Otres/);
    expect(text).toContain("The company or a boss took it");
    expect(text).toContain("No, I am locked in");
    expect(text).toContain("15,000 USD");
    expect(text).toContain("Tall blue building near the beach, guards at the gate");
    expect(text).toContain("Please help <script>alert(1)</script> & hurry"); // escaped on the way, shown verbatim
    expect(text).toContain("[en]");
    expect(text).toMatch(/retention of identity documents/);
    expect(text).toContain("Open · not claimed yet");
    // This path gives the lists, not a pin (pin + map link on the card: tests/triage/render.test.ts).
    for (const secret of [String(personId), "Srey", "Secretname", "srey_secret_user"]) expect(text).not.toContain(secret);
    expect(buttonData(card, /Claim/)).toMatch(/^d:[A-Za-z0-9_-]{22}$/);
  });
});

describe("desk: buttons", () => {
  it("gives a case to exactly one of two coordinators pressing Claim at once", async () => {
    const h = await start();
    await fileCase(h, "RACE-0001");
    const card = await waitForCard(h, "RACE-0001");
    const claim = buttonData(card, /Claim/);
    h.coordinator(ALICE, "Alice").pressRaw(card.message_id, claim);
    h.coordinator(BOB, "Bob").pressRaw(card.message_id, claim);
    await h.settle();

    const record = await h.app.cases.get("RACE-0001");
    expect(record?.status).toBe("claimed");
    const answers = h.emulator.callbackAnswers().map((a) => a.text);
    expect(answers.filter((t) => t?.startsWith("Claimed"))).toHaveLength(1);
    // The one who lost is told who holds the case, by the name the card shows.
    const winner = record?.assigneeName;
    expect(answers.filter((t) => t === `${winner} already took this case.`)).toHaveLength(1);
    const audit = (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
    expect(audit.filter((a) => a.includes("action claim") && a.includes("result ok"))).toHaveLength(1);
    expect(audit.filter((a) => a.includes("action claim") && a.includes("result refused") && a.includes("reason stale"))).toHaveLength(1);
    const shown = messageById(h, card.message_id)?.text ?? "";
    expect(shown).toMatch(/Claimed by (Alice|Bob)/);
    expect(shown).not.toContain(String(ALICE));
  });

  it("refuses and audits a press from outside the allowlist, a forged token and a press on an outdated card", async () => {
    const h = await start();
    await fileCase(h, "OLDC-0001");
    const card = await waitForCard(h, "OLDC-0001");
    const claim = buttonData(card, /Claim/);

    await h.coordinator(OUTSIDER, "Mallory").press(card.message_id, claim);
    expect((await h.app.cases.get("OLDC-0001"))?.status).toBe("open");
    await h.coordinator(ALICE).press(card.message_id, "d:AAAAAAAAAAAAAAAAAAAAAA");
    await h.coordinator(ALICE).press(card.message_id, claim);
    expect((await h.app.cases.get("OLDC-0001"))?.status).toBe("claimed");
    // Bob still holds the card as it was before Alice's claim: its Resolve menu token is for version 1.
    const oldResolveMenu = buttonData(card, /Resolve/);
    await h.coordinator(BOB).press(card.message_id, oldResolveMenu);
    await h.coordinator(BOB).press(card.message_id, claim);

    const audit = (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
    expect(audit.some((a) => a.includes("result refused") && a.includes("reason not_allowed") && a.includes("caseId OLDC-0001"))).toBe(true);
    expect(audit.some((a) => a.includes("result refused") && a.includes("reason unknown_token"))).toBe(true);
    expect(audit.filter((a) => a.includes("result refused") && a.includes("reason stale"))).toHaveLength(2);
    const answers = h.emulator.callbackAnswers().map((a) => a.text ?? "");
    expect(answers[0]).toMatch(/allowlist/);
    expect(answers[1]).toMatch(/expired/);
    expect(answers.slice(3)).toEqual([expect.stringMatching(/out of date/), expect.stringMatching(/already took this case/)]);
    expect((await h.app.cases.get("OLDC-0001"))?.version).toBe(2);
  });

  it("a real token pressed on another case's card changes neither case, and the card stays its own case", async () => {
    const h = await start();
    await fileCase(h, "CARD-000A");
    await fileCase(h, "CARD-000B");
    const cardA = await waitForCard(h, "CARD-000A");
    const cardB = await waitForCard(h, "CARD-000B");
    const claimB = buttonData(cardB, /Claim/);
    const before = messageById(h, cardA.message_id)?.text;

    // B's Claim button replayed on A's card.
    await h.coordinator(ALICE).press(cardA.message_id, claimB);
    expect((await h.app.cases.get("CARD-000B"))?.status).toBe("open");
    expect((await h.app.cases.get("CARD-000A"))?.status).toBe("open");
    const shownA = messageById(h, cardA.message_id);
    expect(shownA?.text).toBe(before);
    expect(shownA?.text).toContain("CARD-000A");
    expect(shownA?.text).not.toContain("CARD-000B");
    expect(shownA?.reply_markup?.inline_keyboard.length ?? 0).toBeGreaterThan(0);
    const audit = (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
    expect(audit.some((a) => a.includes("caseId CARD-000B") && a.includes("result refused") && a.includes("reason wrong_message"))).toBe(true);
    // On its own card the same token still works.
    await h.coordinator(ALICE).press(cardB.message_id, claimB);
    expect((await h.app.cases.get("CARD-000B"))?.status).toBe("claimed");
  });

  it("escalates with a reason and resolves with an outcome through the pick lists", async () => {
    const h = await start();
    h.emulator.registerChat({ id: 42_4242, type: "private" });
    await h.app.cases.create({
      caseId: "ESCL-0001",
      tier: "normal",
      card: minimalCard("ESCL-0001", { tier: "normal", reasons: [] }),
      contact: { chatId: 42_4242, person: "p-escl", lang: "en", window: { mode: "any" } },
    });
    const card = await waitForCard(h, "ESCL-0001");
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Escalate/));
    await alice.press(card.message_id, buttonData(messageById(h, card.message_id), /Minor confirmed/));
    let record = await h.app.cases.get("ESCL-0001");
    expect(record?.tier).toBe("critical");
    expect(messageById(h, card.message_id)?.text).toContain("Escalated: Minor confirmed");
    await alice.press(card.message_id, buttonData(messageById(h, card.message_id), /Resolve/));
    await alice.press(card.message_id, buttonData(messageById(h, card.message_id), /Referred to embassy/));
    record = await h.app.cases.get("ESCL-0001");
    expect(record?.status).toBe("resolved");
    expect(record?.outcome).toBe("referred_embassy");
    expect(messageById(h, card.message_id)?.text).toContain("Resolved: Referred to embassy");
    expect(messageById(h, card.message_id)?.reply_markup).toBeUndefined();
  });
});

describe("desk: every live card can be escalated, and a claim edits its card once", () => {
  it("a critical card offers Escalate; escalating keeps it critical and shows the new reason", async () => {
    const h = await start();
    await fileCase(h, "CRIT-0001");
    const card = await waitForCard(h, "CRIT-0001");
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Escalate/));
    await alice.press(card.message_id, buttonData(messageById(h, card.message_id), /Moved or sold/));
    const record = await h.app.cases.get("CRIT-0001");
    expect(record?.tier).toBe("critical");
    expect(record?.escalationReason).toBe("moved_sold");
    expect(messageById(h, card.message_id)?.text).toContain("Escalated: Moved or sold");
    // Still escalatable after that: it can get worse again.
    expect(buttonData(messageById(h, card.message_id), /Escalate/)).toBeTruthy();
  });

  it("a claim edits the card exactly once", async () => {
    const h = await start();
    await fileCase(h, "ONCE-0001");
    const card = await waitForCard(h, "ONCE-0001");
    const editsBefore = h.emulator.calls("editMessageText").filter((c) => c.params.message_id === card.message_id).length;
    await h.coordinator(ALICE, "Alice").press(card.message_id, buttonData(card, /Claim/));
    await h.settle();
    const edits = h.emulator.calls("editMessageText").filter((c) => c.params.message_id === card.message_id && c.ok);
    expect(edits.length - editsBefore).toBe(1);
    expect(messageById(h, card.message_id)?.text).toContain("Claimed by Alice");
  });
});

describe("desk: dispatcher", () => {
  it("posts one card when the dispatcher dies between posting and acknowledging, then restarts", async () => {
    const h = await start();
    await h.app.desk.stop();
    const crashing = standaloneDesk(h, {
      consumer: "desk-a",
      afterPost: () => {
        throw new Error("simulated crash after posting");
      },
    });
    await fileCase(h, "CRSH-0001");
    expect(await crashing.dispatcher.pollOnce()).toBe(0);
    expect(cardsOf(h, "CRSH-0001")).toHaveLength(1);
    expect(await pending(h)).toBe(1);

    const restarted = standaloneDesk(h, { consumer: "desk-a" });
    expect(await restarted.dispatcher.pollOnce()).toBe(1);
    expect(cardsOf(h, "CRSH-0001")).toHaveLength(1);
    expect(await pending(h)).toBe(0);
  });

  it("retries saving the id of a card Telegram accepted instead of posting it again", async () => {
    const h = await start();
    await h.app.desk.stop();
    const desk = standaloneDesk(h, { consumer: "desk-s" });
    await fileCase(h, "SAVE-0001");
    // The two next scripts on the case record (recording the card's id) meet a dropped connection.
    const recordKey = h.keys.caseRecord("SAVE-0001");
    const original = h.redis.evalsha.bind(h.redis) as (...args: unknown[]) => Promise<unknown>;
    let failures = 2;
    (h.redis as unknown as { evalsha: (...args: unknown[]) => Promise<unknown> }).evalsha = (...args: unknown[]) => {
      if (failures > 0 && String(args[2]) === recordKey) {
        failures--;
        return Promise.reject(new Error("Connection is closed."));
      }
      return original(...args);
    };
    expect(await desk.dispatcher.pollOnce()).toBe(1);
    expect(failures).toBe(0);
    expect(cardsOf(h, "SAVE-0001")).toHaveLength(1);
    expect((await h.app.cases.get("SAVE-0001"))?.cardMessageId).toBe(cardsOf(h, "SAVE-0001")[0]?.message_id);
    expect(await h.redis.exists(h.keys.deskPosting("SAVE-0001"))).toBe(0);
  });

  it("marks a card that may repeat one an earlier, interrupted post put in the group", async () => {
    const h = await start();
    await h.app.desk.stop();
    const desk = standaloneDesk(h, { consumer: "desk-r" });
    await fileCase(h, "REPT-0001");
    // What a post that crashed after Telegram took the card, before its id was saved, leaves behind.
    await h.redis.set(h.keys.deskPosting("REPT-0001"), "1", "EX", 60);
    expect(await desk.dispatcher.pollOnce()).toBe(1);
    const [card] = cardsOf(h, "REPT-0001");
    expect(card?.text).toContain("Possible repeat");
    await fileCase(h, "REPT-0002");
    expect(await desk.dispatcher.pollOnce()).toBe(1);
    expect(cardsOf(h, "REPT-0002")[0]?.text).not.toContain("Possible repeat");
  });

  it("takes over an entry a dead consumer left pending, once it has been idle long enough", async () => {
    const h = await start();
    await h.app.desk.stop();
    const survivor = standaloneDesk(h, { consumer: "desk-b", claimIdleMs: 300 });
    await survivor.dispatcher.pollOnce(); // creates the group
    await fileCase(h, "DEAD-0001");
    // A consumer reads the entry and dies before doing anything with it.
    await h.redis.call("XREADGROUP", "GROUP", STREAM_GROUPS.desk, "desk-dead", "COUNT", 10, "STREAMS", h.keys.casesStream, ">");
    expect(await survivor.dispatcher.pollOnce()).toBe(0);
    expect(cardsOf(h, "DEAD-0001")).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 400));
    expect(await survivor.dispatcher.pollOnce()).toBe(1);
    expect(cardsOf(h, "DEAD-0001")).toHaveLength(1);
    expect(await pending(h)).toBe(0);
  });

  it("dead-letters a card Telegram refuses with 400, with a reason code and no card text", async () => {
    const h = await start();
    await h.app.desk.stop();
    const desk = standaloneDesk(h, { consumer: "desk-c" });
    await fileCase(h, "FAIL-0001");
    // A refusal of the card's content (a chat-level 400 such as "chat not found" is retried instead):
    // the full card, the plain fallback and the fallback without buttons are all refused.
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: message is too long" }, 3);
    expect(await desk.dispatcher.pollOnce()).toBe(1);
    expect(cardsOf(h, "FAIL-0001")).toHaveLength(0);
    expect(await pending(h)).toBe(0);
    const dead = await h.redis.xrange(h.keys.casesDeadLetter, "-", "+");
    expect(dead.length).toBeGreaterThan(0);
    for (const [, f] of dead) {
      const fields = f.join(" ");
      expect(fields).toContain("caseId FAIL-0001");
      expect(fields).toContain("reason sendMessage:400");
      expect(fields).not.toContain("CARD-NOTE");
    }
  });

  it("edits the card in place when the case changes elsewhere, and leaves a 'not modified' edit alone", async () => {
    const h = await start();
    await fileCase(h, "EDIT-0001");
    const card = await waitForCard(h, "EDIT-0001");
    const actor = "someone-else";
    await h.app.cases.transition("EDIT-0001", "claim", { expectedVersion: 1, actor, actorName: "Dara" });
    await h.emulator.waitFor(() => messageById(h, card.message_id)?.text?.includes("Claimed by Dara"), 10_000);
    expect(cardsOf(h, "EDIT-0001")).toHaveLength(1);
  });
});

describe("desk: commands and re-announce", () => {
  it("lists the queue by priority, reposts a card, lists mine, and refuses outsiders", async () => {
    let now = Date.UTC(2025, 0, 1, 5, 0);
    const h = await start({ clock: () => now });
    await fileCase(h, "QUEU-0001");
    now += 60_000;
    h.emulator.registerChat({ id: 51_515, type: "private" });
    await h.app.cases.create({
      caseId: "QUEU-0002",
      tier: "normal",
      card: minimalCard("QUEU-0002", { tier: "normal", reasons: [] }),
      contact: { chatId: 51_515, person: "p-q2", lang: "en", window: { mode: "any" } },
    });
    await waitForCard(h, "QUEU-0002");
    const alice = h.coordinator(ALICE, "Alice");
    await alice.send("/queue");
    const queue = h.deskMessages().at(-1)?.text ?? "";
    expect(queue.indexOf("QUEU-0001")).toBeGreaterThan(-1);
    expect(queue.indexOf("QUEU-0001")).toBeLessThan(queue.indexOf("QUEU-0002"));

    await alice.send("/case QUEU-0002");
    const repost = h.deskMessages().at(-1)!;
    expect(repost.text).toContain("Case QUEU-0002");
    expect((await h.app.cases.get("QUEU-0002"))?.cardMessageId).toBe(repost.message_id);
    await alice.press(repost.message_id, buttonData(repost, /Claim/));
    await alice.send("/mine");
    expect(h.deskMessages().at(-1)?.text).toContain("QUEU-0002");

    await h.coordinator(OUTSIDER).send("/queue");
    expect(h.deskMessages().at(-1)?.text).toMatch(/allowlist/);
    const audit = (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
    expect(audit.some((a) => a.includes("action queue") && a.includes("reason not_allowed"))).toBe(true);
  });

  it("reminds the group of an unclaimed critical case after the interval, once per interval", async () => {
    let now = Date.UTC(2025, 0, 1, 5, 0);
    const h = await start({ clock: () => now, env: { REANNOUNCE_MINUTES: "10" } });
    await fileCase(h, "RMND-0001");
    const card = await waitForCard(h, "RMND-0001");
    await h.app.desk.tick();
    const reminders = () => h.deskMessages().filter((m) => m.text?.includes("Still unclaimed: RMND-0001"));
    expect(reminders()).toHaveLength(0);
    now += 11 * 60_000;
    await h.app.desk.tick();
    await h.app.desk.tick();
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.reply_to_message_id).toBe(card.message_id);
    await h.coordinator(ALICE).press(card.message_id, buttonData(messageById(h, card.message_id), /Claim/));
    now += 11 * 60_000;
    await h.app.desk.tick();
    expect(reminders()).toHaveLength(1);
  });
});

describe("desk: relay", () => {
  it("relays both ways without either side's id, name or username", async () => {
    const h = await start();
    const personId = randomUserId();
    const person = h.person({ id: personId, first_name: "Srey", last_name: "Secretname", username: "srey_secret_user" });
    await completeTriage(person, { contact: "any_time" });
    const caseId = await firstCaseId(h);
    const card = await waitForCard(h, caseId);
    const alice = h.coordinator(ALICE, "AliceCoordinator");
    await alice.press(card.message_id, buttonData(card, /Claim/));

    // Only the owner may write to the person.
    await h.coordinator(BOB, "Bob").send("I will take this one", card.message_id);
    expect(h.deskMessages().at(-1)?.text).toMatch(/Only the coordinator who claimed/);

    const before = person.botMessages().length;
    await alice.send("We read your message. Are you safe right now?", card.message_id);
    expect(h.deskMessages().at(-1)?.text).toMatch(/Delivered/);
    const toPerson = person.botMessages().slice(before);
    expect(toPerson).toHaveLength(1);
    expect(toPerson[0]!.text).toBe("Message from the team:\n\nWe read your message. Are you safe right now?");
    expect(toPerson[0]!.protect_content).toBe(true);

    await person.send("Yes, for now. They took my phone <b>yesterday</b>");
    const relayed = h.deskMessages().at(-1)!;
    expect(relayed.text).toBe(`${caseId} · person [en]:\nYes, for now. They took my phone <b>yesterday</b>`);
    expect(relayed.reply_to_message_id).toBe(card.message_id);
    const ack = person.botMessages().at(-1)!;
    expect(ack.text).toBe("Thank you, all received.");
    await person.send("Second line");
    // One note per cool-down: nothing new after it.
    expect(person.botMessages().filter((m) => m.message_id > ack.message_id)).toEqual([]);

    await person.media("sticker");
    expect(person.lastText()).toMatch(/write your message as text/);
    expect(h.deskMessages().some((m) => m.media)).toBe(false);

    // A reply to the relayed message reaches the person too; /reply works the same.
    await alice.send("Stay calm, we are working on it.", relayed.message_id);
    await alice.send(`/reply ${caseId} Second note\nwith a line break`);
    expect(person.botMessages().map((m) => m.text).slice(-2)).toEqual([
      "Message from the team:\n\nStay calm, we are working on it.",
      "Message from the team:\n\nSecond note\nwith a line break",
    ]);

    const personSide = person.botMessages().map((m) => `${m.text} ${JSON.stringify(m.reply_markup ?? {})}`).join("\n");
    for (const secret of [String(ALICE), "AliceCoordinator", String(DESK_CHAT_ID)]) expect(personSide).not.toContain(secret);
    const deskSide = h.deskMessages().map((m) => m.text ?? "").join("\n");
    for (const secret of [String(personId), "Srey", "Secretname", "srey_secret_user"]) expect(deskSide).not.toContain(secret);
    const audit = (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
    expect(audit.some((a) => a.includes("action reply") && a.includes("reason not_owner"))).toBe(true);
    expect(audit.filter((a) => a.includes("action reply") && a.includes("reason delivered"))).toHaveLength(3);
  });

  it("holds a message outside the safe-contact window and delivers it when the window opens", async () => {
    // 12:00 in Bangkok; the person's window is 22:00–23:30 there.
    let now = Date.UTC(2025, 0, 1, 5, 0);
    const h = await start({ clock: () => now });
    const { chatId } = await fileCase(h, "HOLD-0001");
    const card = await waitForCard(h, "HOLD-0001");
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Claim/));
    await alice.send("We have news for you.", card.message_id);
    expect(h.deskMessages().at(-1)?.text).toMatch(/Held/);
    expect(h.emulator.messages(chatId)).toHaveLength(0);
    const held = await h.redis.lrange(h.keys.caseOutbox("HOLD-0001"), 0, -1);
    expect(held).toHaveLength(1);
    expect(held[0]).not.toContain("news"); // sealed

    await h.app.desk.tick();
    expect(h.emulator.messages(chatId)).toHaveLength(0);
    now = Date.UTC(2025, 0, 1, 15, 10); // 22:10 in Bangkok
    await h.app.desk.tick();
    expect(h.emulator.messages(chatId).map((m) => m.text)).toEqual(["Message from the team:\n\nWe have news for you."]);
    expect(await h.redis.exists(h.keys.caseOutbox("HOLD-0001"))).toBe(0);
    expect(h.deskMessages().at(-1)?.text).toMatch(/held message\(s\) delivered/);
    await h.app.desk.tick();
    expect(h.emulator.messages(chatId)).toHaveLength(1);
  });
});

describe("desk: a person who starts over", () => {
  it("leaves the messages of a triage started again with /new to the flow", async () => {
    const h = await start();
    const person = h.person({ id: randomUserId() });
    await completeTriage(person);
    const caseId = await firstCaseId(h);
    await waitForCard(h, caseId);
    await person.send("/new");
    expect(person.lastQuestion()?.text).toMatch(/write a few messages now/);
    await person.tap("yes");
    const deskBefore = h.deskMessages().length;
    await person.send("typed while the danger question is open");
    expect(h.deskMessages()).toHaveLength(deskBefore);
    expect(person.lastText()).toMatch(/tap one of the buttons/);
  });
});

describe("desk: erase", () => {
  it("takes the card and relayed lines down before the case is destroyed", async () => {
    const h = await start();
    const person = h.person({ id: randomUserId() });
    await completeTriage(person, { notes: "ERASE-ME-NOTE" });
    const caseId = await firstCaseId(h);
    const card = await waitForCard(h, caseId);
    await person.send("ERASE-ME-RELAY");
    await person.send("/erase");
    expect(await h.app.cases.get(caseId)).toBeUndefined();
    const desk = h.deskMessages().map((m) => m.text ?? "").join("\n");
    expect(desk).not.toContain("ERASE-ME-NOTE");
    expect(desk).not.toContain("ERASE-ME-RELAY");
    expect(messageById(h, card.message_id)?.text).toBe(`⚪ Case ${caseId} was withdrawn by the person. Their answers have been erased.`);
    expect(messageById(h, card.message_id)?.reply_markup).toBeUndefined();
    const audit = (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
    expect(audit.some((a) => a.includes("actor person") && a.includes("action erase") && a.includes(`caseId ${caseId}`))).toBe(true);
  });
});

describe("desk: relay of long texts", () => {
  const TEAM_PREFIX = "Message from the team:\n\n";

  /** A person with a filed case claimed by Alice, inside their safe-contact window. */
  async function claimedCase() {
    const h = await start();
    const person = h.person({ id: randomUserId() });
    // "Any time": about how long texts are cut, not about when the team may write.
    await completeTriage(person, { contact: "any_time" });
    const caseId = await firstCaseId(h);
    const card = await waitForCard(h, caseId);
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Claim/));
    return { h, person, caseId, card, alice };
  }

  /** The person's text as the coordinators received it: the parts in order, each under the case header. */
  function relayedToDesk(h: Harness, caseId: string, fromIndex: number) {
    const header = `${caseId} · person [en]:\n`;
    const parts = h.deskMessages().slice(fromIndex).filter((m) => m.from.is_bot && m.text?.startsWith(header));
    return { parts, text: parts.map((m) => m.text!.slice(header.length)).join("") };
  }

  async function personRelays(text: string) {
    const { h, person, caseId, card } = await claimedCase();
    const before = h.deskMessages().length;
    await person.send(text);
    const relayed = relayedToDesk(h, caseId, before);
    expect(relayed.text).toBe(text);
    for (const part of relayed.parts) {
      expect(part.text!.length).toBeLessThanOrEqual(4096);
      expect(part.reply_to_message_id).toBe(card.message_id);
    }
    expect(h.unexpectedRejections()).toEqual([]);
    return relayed;
  }

  it("relays 2100 emoji from a person complete, in parts Telegram accepts", async () => {
    const text = "😀".repeat(2100);
    const relayed = await personRelays(text);
    expect(relayed.parts).toHaveLength(2);
  });

  it("relays a 4096-character text full of & < > complete, escaped part by part", async () => {
    const unit = "Tom & Jerry <3 >_< a&amp;b <b>x</b> &lt;&\n";
    const text = `${unit.repeat(Math.ceil(4096 / unit.length))}`.slice(0, 4095) + "&";
    expect(text).toHaveLength(4096);
    const relayed = await personRelays(text);
    expect(relayed.parts).toHaveLength(2);
  });

  it("delivers a coordinator's reply of 3000 emoji complete, the team line heading the first part", async () => {
    const { h, person, caseId } = await claimedCase();
    const text = "🙂".repeat(3000);
    const before = person.botMessages().length;
    await h.coordinator(ALICE, "Alice").send(`/reply ${caseId} ${text}`);
    expect(h.deskMessages().at(-1)?.text).toMatch(/Delivered/);
    const parts = person.botMessages().slice(before).map((m) => m.text ?? "");
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.startsWith(TEAM_PREFIX)).toBe(true);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join("").slice(TEAM_PREFIX.length)).toBe(text);
    expect(h.unexpectedRejections()).toEqual([]);
  });
});

describe("strict harness", () => {
  it("fails on a call the emulator refused that nobody expected, and passes injected and declared ones", async () => {
    const h = await start();
    const api = new Api(BOT_TOKEN, { apiRoot: h.emulator.apiRoot });
    await expect(api.sendMessage(DESK_CHAT_ID, "x".repeat(4097))).rejects.toThrow(/too long/);
    expect(() => h.assertNoRejectedCalls()).toThrow(/sendMessage → 400 "Bad Request: message is too long"/);
    expect(() => h.assertNoRejectedCalls()).not.toThrow(); // reported once

    // An injected failure is expected, once per injection.
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: chat not found" });
    await expect(api.sendMessage(DESK_CHAT_ID, "a")).rejects.toThrow(/chat not found/);
    expect(() => h.assertNoRejectedCalls()).not.toThrow();
    await expect(api.sendMessage(999_999_999, "a")).rejects.toThrow(/chat not found/);
    expect(() => h.assertNoRejectedCalls()).toThrow(/chat_id=999999999/);

    // A declared refusal is expected.
    h.allowRejected((call) => call.description === "Bad Request: message text is empty");
    await expect(api.sendMessage(DESK_CHAT_ID, " ")).rejects.toThrow(/empty/);
    expect(() => h.assertNoRejectedCalls()).not.toThrow();
    expect(h.unexpectedRejections().map((c) => c.description)).toEqual(["Bad Request: message is too long", "Bad Request: chat not found"]);
  });
});
