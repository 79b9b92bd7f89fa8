import { describe, expect, it } from "vitest";
import type { CallRecord, EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { COORDINATORS, DESK_CHAT_ID, harnessPerTest, randomUserId, type Harness, type HarnessOptions } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { completeTriage } from "../helpers/triage-path.js";
import { buttonData, cardsOf, minimalCard } from "../desk/support.js";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { firstCaseId } from "../helpers/cases.js";

const [ALICE] = COORDINATORS as [number, number];
const TEAM_PREFIX = "Message from the team:\n\n";
const ACK_TEXT = translator.t("en", "desk-person-ack");
const HOUR = 3_600_000;

const start = harnessPerTest();

/** A person with a filed case claimed by Alice, inside their safe-contact window. */
async function claimedCase(options: HarnessOptions = {}) {
  const h = await start(options);
  const personId = randomUserId();
  const person = h.person({ id: personId });
  // "Any time": these tests are about what the relay sends, not about when it may.
  await completeTriage(person, { contact: "any_time" });
  const caseId = await firstCaseId(h);
  const card = await h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
  const alice = h.coordinator(ALICE, "Alice");
  await alice.press(card.message_id, buttonData(card, /Claim/));
  /** Alice answers on the card; returns the messages the person got. */
  const reply = async (text: string) => {
    const before = person.botMessages().length;
    await alice.send(text, card.message_id);
    return person.botMessages().slice(before);
  };
  return { h, personId, person, caseId, card, alice, reply };
}

async function auditLines(h: Harness): Promise<string[]> {
  return (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
}

const ids = (messages: EmulatedMessage[]) => messages.map((m) => m.message_id);
const isAck = (m: EmulatedMessage) => m.text === ACK_TEXT;

describe("relay safety: the team's words are a spoiler", () => {
  it("hides the words behind a spoiler and leaves the neutral team line readable", async () => {
    const { reply } = await claimedCase();
    const words = "We spoke to the embassy and the police. Are you safe?";
    const [sent, ...more] = await reply(words);
    expect(more).toHaveLength(0);
    expect(sent!.text).toBe(`${TEAM_PREFIX}${words}`);
    expect(sent!.entities).toEqual([{ type: "spoiler", offset: TEAM_PREFIX.length, length: words.length }]);
  });

  it("puts every part of a long reply under a spoiler, counted in UTF-16 units", async () => {
    const { h, reply } = await claimedCase();
    const words = `${"🙂".repeat(1500)} embassy ${"海".repeat(2000)}`;
    const parts = await reply(words);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]!.text!.startsWith(TEAM_PREFIX)).toBe(true);
    let joined = "";
    for (const [i, part] of parts.entries()) {
      const text = part.text!;
      const start = i === 0 ? TEAM_PREFIX.length : 0;
      expect(text.length).toBeLessThanOrEqual(4096);
      // One spoiler over exactly the words of this part; the team line is never covered.
      expect(part.entities).toEqual([{ type: "spoiler", offset: start, length: text.length - start }]);
      joined += text.slice(start);
    }
    expect(joined).toBe(words);
    expect(h.unexpectedRejections()).toEqual([]);
  });
});

describe("relay safety: discreet mode", () => {
  it("deletes the earlier team messages and notes when the person writes again, keeping the newest note", async () => {
    const { h, person, personId, caseId, reply } = await claimedCase();
    const closing = person.botMessages().at(-1)!;
    await person.send("first line to the team");
    const firstAck = person.botMessages().at(-1)!;
    expect(isAck(firstAck)).toBe(true);
    const team = [...(await reply("Team message one")), ...(await reply("Team message two"))];
    expect(team).toHaveLength(2);

    await h.redis.del(h.keys.relayAck(caseId)); // the note's cool-down is over
    await person.send("second line to the team");
    const secondAck = person.botMessages().at(-1)!;
    expect(isAck(secondAck)).toBe(true);
    expect(secondAck.message_id).not.toBe(firstAck.message_id);

    const deleted = h.emulator.deleted(personId);
    expect(deleted).toEqual(expect.arrayContaining([...ids(team), firstAck.message_id]));
    const visible = ids(h.emulator.messages(personId));
    expect(visible).toContain(secondAck.message_id);
    expect(visible).toContain(closing.message_id); // the triage's closing message is not the relay's to remove
    // The person's own lines left their chat once relayed.
    const texts = person.messages().map((m) => m.text);
    expect(texts).not.toContain("first line to the team");
    expect(texts).not.toContain("second line to the team");

    // Within the note's cool-down no new note comes: the newest one stays, the team's message goes.
    const [third] = await reply("Team message three");
    await person.send("third line");
    expect(h.emulator.deleted(personId)).toContain(third!.message_id);
    expect(ids(h.emulator.messages(personId))).toContain(secondAck.message_id);
  });

  it("leaves the team's messages alone when the person switched discreet mode off", async () => {
    const { h, person, personId, caseId, reply } = await claimedCase();
    await person.send("/discreet");
    await person.send("first line");
    const ack = person.botMessages().at(-1)!;
    const team = await reply("Team message");
    await h.redis.del(h.keys.relayAck(caseId));
    await person.send("second line");
    const visible = ids(h.emulator.messages(personId));
    for (const id of [ack.message_id, ...ids(team)]) expect(visible).toContain(id);
  });

  it("asks Telegram to delete only messages inside its 48-hour window", async () => {
    let now = Date.UTC(2025, 0, 1, 5, 0);
    const { h, person, personId, reply } = await claimedCase({ clock: () => now });
    await person.send("first line");
    const ack = person.botMessages().at(-1)!;
    const [old] = await reply("An old team message");

    now += 49 * HOUR;
    await person.send("back after two days");
    const asked = h.emulator.calls("deleteMessages").flatMap((c) => (c.params.message_ids as number[] | undefined) ?? []);
    expect(asked).not.toContain(old!.message_id);
    expect(asked).not.toContain(ack.message_id);
    expect(ids(h.emulator.messages(personId))).toContain(old!.message_id);

    const [fresh] = await reply("A new team message");
    now += 60_000;
    await person.send("and again");
    expect(h.emulator.deleted(personId)).toContain(fresh!.message_id);
  });
});

describe("relay safety: quick exit", () => {
  it("deletes the team's messages and the notes with the rest of the chat", async () => {
    const { h, person, personId, reply } = await claimedCase();
    await person.send("a line to the team");
    const ack = person.botMessages().at(-1)!;
    expect(isAck(ack)).toBe(true);
    const team = await reply("A message from the team");
    const trail = h.keys.relayTrail(createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", personId));
    expect(await h.redis.exists(trail)).toBe(1);
    await person.send("/exit");
    expect(h.emulator.deleted(personId)).toEqual(expect.arrayContaining([ack.message_id, ...ids(team)]));
    expect(h.emulator.messages(personId).filter((m) => m.from.is_bot)).toEqual([]);
    // The trail said the team wrote to them: it goes with the messages.
    expect(await h.redis.exists(trail)).toBe(0);
  });
});

describe("relay safety: a person who blocked the bot", () => {
  const refusedFor = (chatId: number) => (call: CallRecord) => call.errorCode === 403 && Number(call.params.chat_id) === chatId;

  it("answers the coordinator and audits by ids when the person blocked the bot", async () => {
    const { h, personId, caseId, card, alice } = await claimedCase();
    h.emulator.setBlocked(personId, true);
    h.allowRejected(refusedFor(personId));
    await alice.send("Are you still there? SECRET-WORDS", card.message_id);
    const answer = h.deskMessages().at(-1)!;
    expect(answer.text).toBe(`Not delivered: the person of case ${caseId} has blocked this chat or deleted their account.`);
    expect(answer.reply_to_message_id).toBeDefined();
    const audit = await auditLines(h);
    expect(audit.filter((a) => a.includes("action relay") && a.includes("result refused") && a.includes("reason blocked") && a.includes(`caseId ${caseId}`))).toHaveLength(1);
    expect(audit.filter((a) => a.includes("action reply") && a.includes("reason delivered"))).toHaveLength(0);
    const logs = h.logs.join("");
    expect(logs).not.toContain("SECRET-WORDS");
    expect(logs).not.toContain("update failed");
    expect(logs).toContain("person_blocked");
  });

  it("says the same for a deleted account", async () => {
    const { h, caseId, card, alice } = await claimedCase();
    h.emulator.failNext("sendMessage", { error_code: 403, description: "Forbidden: user is deactivated" });
    await alice.send("Hello?", card.message_id);
    expect(h.deskMessages().at(-1)?.text).toMatch(/^Not delivered/);
    expect((await auditLines(h)).some((a) => a.includes("action relay") && a.includes("reason blocked") && a.includes(`caseId ${caseId}`))).toBe(true);
  });

  it("drops held messages once the person blocked the bot, says so once and stops retrying", async () => {
    // 12:00 in Bangkok; the person's window is 22:00–23:30 there.
    let now = Date.UTC(2025, 0, 1, 5, 0);
    const h = await start({ clock: () => now });
    const chatId = randomUserId();
    h.emulator.registerChat({ id: chatId, type: "private", first_name: "Hidden" });
    await h.app.cases.create({
      caseId: "BLCK-0001",
      tier: "critical",
      card: minimalCard("BLCK-0001"),
      contact: { chatId, person: "p-blck", lang: "en", window: { mode: "hours", windows: [{ from: "22:00", to: "23:30" }], timezone: "Asia/Bangkok" } },
    });
    const card = await h.emulator.waitFor(() => cardsOf(h, "BLCK-0001").at(-1), 10_000);
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Claim/));
    await alice.send("First held message.", card.message_id);
    await alice.send("Second held message.", card.message_id);
    expect(await h.redis.llen(h.keys.caseOutbox("BLCK-0001"))).toBe(2);

    h.emulator.setBlocked(chatId, true);
    h.allowRejected(refusedFor(chatId));
    now = Date.UTC(2025, 0, 1, 15, 10); // 22:10 in Bangkok: the window is open
    await h.app.desk.tick();
    await h.app.desk.tick();
    await h.app.desk.tick();

    const attempts = h.emulator.calls("sendMessage").filter((c) => Number(c.params.chat_id) === chatId);
    expect(attempts).toHaveLength(1);
    expect(await h.redis.exists(h.keys.caseOutbox("BLCK-0001"))).toBe(0);
    expect(await h.redis.sismember(h.keys.casesWithHeld, "BLCK-0001")).toBe(0);
    const notes = h.deskMessages().filter((m) => m.text?.includes("were dropped"));
    expect(notes.map((m) => m.text)).toEqual([
      "2 held message(s) for the person of case BLCK-0001 were dropped: they have blocked this chat or deleted their account.",
    ]);
    expect(notes[0]!.reply_to_message_id).toBe(card.message_id);
    const audit = await auditLines(h);
    expect(audit.filter((a) => a.includes("actor desk") && a.includes("action relay") && a.includes("result refused") && a.includes("reason blocked"))).toHaveLength(1);
    expect(h.deskMessages().every((m) => m.chat_id === DESK_CHAT_ID)).toBe(true);
  });
});

describe("relay safety: messages Telegram refuses", () => {
  const REFUSED = "Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 12";

  /**
   * Answers the `nth` (1-based) sendMessage calls into `chatId` with `description`
   * instead of sending them (an outermost API transformer: the emulator never sees them).
   */
  function refuseInto(h: Harness, chatId: number, nth: readonly number[], description: string) {
    let seen = 0;
    h.app.bot.api.config.use(async (prev, method, payload, signal) => {
      if (method === "sendMessage" && Number((payload as { chat_id?: unknown }).chat_id) === chatId && nth.includes(++seen)) {
        return { ok: false, error_code: 400, description } as Awaited<ReturnType<typeof prev>>;
      }
      return prev(method, payload, signal);
    });
  }

  /** A case claimed by Alice whose window (22:00–23:30 Bangkok) is closed at `now`, with messages held. */
  async function heldCase(now: () => number, caseId: string, texts: string[]) {
    const h = await start({ clock: now });
    const chatId = randomUserId();
    h.emulator.registerChat({ id: chatId, type: "private", first_name: "Hidden" });
    await h.app.cases.create({
      caseId,
      tier: "critical",
      card: minimalCard(caseId),
      contact: { chatId, person: `p-${caseId}`, lang: "en", window: { mode: "hours", windows: [{ from: "22:00", to: "23:30" }], timezone: "Asia/Bangkok" } },
    });
    const card = await h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Claim/));
    for (const text of texts) await alice.send(text, card.message_id);
    expect(await h.redis.llen(h.keys.caseOutbox(caseId))).toBe(texts.length);
    return { h, chatId, card };
  }

  it("drops a held message Telegram refuses for good, tells the coordinator once and still delivers the later ones", async () => {
    let now = Date.UTC(2025, 0, 1, 5, 0); // 12:00 in Bangkok
    const { h, chatId, card } = await heldCase(() => now, "REFU-0001", ["First held, refused.", "Second held."]);
    refuseInto(h, chatId, [1], REFUSED);
    now = Date.UTC(2025, 0, 1, 15, 10); // 22:10 in Bangkok: the window is open
    await h.app.desk.tick();
    await h.app.desk.tick();
    await h.app.desk.tick();

    expect(h.emulator.messages(chatId).map((m) => m.text)).toEqual([`${TEAM_PREFIX}Second held.`]);
    expect(await h.redis.exists(h.keys.caseOutbox("REFU-0001"))).toBe(0);
    const dropped = translator.t("en", "desk-held-dropped-refused", { ref: "REFU-0001", count: 1 });
    const notes = h.deskMessages().filter((m) => m.text === dropped);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.reply_to_message_id).toBe(card.message_id);
    const audit = await auditLines(h);
    expect(audit.filter((a) => a.includes("actor desk") && a.includes("action relay") && a.includes("result refused") && a.includes("reason rejected") && a.includes("caseId REFU-0001"))).toHaveLength(1);
    expect(audit.join("\n")).not.toContain("First held");
    expect(h.logs.join("")).not.toContain("First held");
  });

  it("keeps a held message when the person's chat is unavailable for now, and sends it at the next tick", async () => {
    let now = Date.UTC(2025, 0, 1, 5, 0);
    const { h, chatId } = await heldCase(() => now, "REFU-0002", ["Held, chat away."]);
    refuseInto(h, chatId, [1], "Bad Request: chat not found");
    now = Date.UTC(2025, 0, 1, 15, 10);
    await h.app.desk.tick();
    expect(h.emulator.messages(chatId)).toHaveLength(0);
    expect(await h.redis.llen(h.keys.caseOutbox("REFU-0002"))).toBe(1);
    expect(h.deskMessages().some((m) => m.text?.includes("dropped"))).toBe(false);
    await h.app.desk.tick();
    expect(h.emulator.messages(chatId).map((m) => m.text)).toEqual([`${TEAM_PREFIX}Held, chat away.`]);
  });

  it("tells the coordinator how many parts of a reply went out when Telegram refuses one, and audits it", async () => {
    const { h, personId, caseId, card, alice, person } = await claimedCase();
    refuseInto(h, personId, [2], REFUSED);
    const before = person.botMessages().length;
    await alice.send("🙂".repeat(5000), card.message_id); // three parts
    expect(person.botMessages().slice(before)).toHaveLength(1);
    const answer = h.deskMessages().filter((m) => m.from.is_bot).at(-1)!;
    expect(answer.text).toBe(translator.t("en", "desk-relay-partial", { ref: caseId, sent: 1, total: 3 }));
    expect(answer.reply_to_message_id).toBeDefined();
    const audit = await auditLines(h);
    expect(audit.filter((a) => a.includes("action reply") && a.includes("result refused") && a.includes("reason partial") && a.includes(`caseId ${caseId}`))).toHaveLength(1);
    expect(audit.filter((a) => a.includes("action reply") && a.includes("reason delivered"))).toHaveLength(0);
    expect(h.logs.join("")).not.toContain("update failed");
  });
});
