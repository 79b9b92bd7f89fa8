import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, inject } from "vitest";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { DESK_CHAT_ID, randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { dumpNamespace } from "../helpers/redis.js";
import { completeTriage } from "../helpers/triage-path.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** How many of this one person's flow and conversation keys exist (keys name the person by pseudonym). */
async function personKeys(h: Harness, userId: number) {
  const person = createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", userId);
  const own = new Set([h.keys.flowState(person), h.keys.conversation(person)]);
  const dump = await dumpNamespace(h.redis, h.namespace);
  return [...dump.keys()].filter((k) => own.has(k)).length;
}

/** Polls the AOF files until `needle` is in them (appendfsync everysec), then returns their text. */
async function aofContaining(needle: string, timeoutMs = 20_000): Promise<string> {
  const aofDir = join(inject("redisDir"), "appendonlydir");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const aof = readdirSync(aofDir)
      .filter((f) => statSync(join(aofDir, f)).isFile())
      .map((f) => readFileSync(join(aofDir, f), "latin1"))
      .join("\n");
    if (aof.includes(needle)) return aof;
    if (Date.now() > deadline) throw new Error(`the AOF did not show ${needle} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("quick exit", () => {
  it("/exit half-way deletes every tracked message of the chat, both sides, and clears the conversation", async () => {
    harness = await startHarness();
    // Someone else half-way through, whose conversation must survive this person's exit.
    const bystander = harness.person({ id: randomUserId() });
    await bystander.send("/start");
    await bystander.tap("yes");
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.send("/discreet"); // keep everything on screen, so there is much to wipe
    await person.tap("yes");
    await person.tap("none");
    await person.tap("_done");
    await person.tap("dont_know");
    await person.tap("skip");
    await person.send("a room on the 5th floor");
    expect(person.messages().length).toBeGreaterThan(8);
    expect(await personKeys(harness, person.from.id)).toBe(2);
    expect(await personKeys(harness, bystander.from.id)).toBe(2);
    const bystanderMessages = bystander.messages();

    await person.send("/exit");
    expect(person.messages()).toEqual([]);
    expect(harness.emulator.deleted(person.chat.id).length).toBeGreaterThan(8);
    expect(await personKeys(harness, person.from.id)).toBe(0);
    expect(await personKeys(harness, bystander.from.id)).toBe(2);
    expect(bystander.messages()).toEqual(bystanderMessages);

    // A new message starts over from the first question.
    await person.send("hello");
    expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "f:safe_now:yes")).toBe(true);
  });

  it.each([
    ["en", "exit"],
    ["en", "EXIT"],
    ["zh-CN", "退出"],
  ])("the exit word works (%s: %s) and sends nothing new", async (lang, word) => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId(), language_code: lang });
    await person.send("/start");
    await person.tap("yes");
    const sentBefore = harness.emulator.calls("sendMessage").length;
    await person.send(word);
    expect(person.messages()).toEqual([]);
    expect(harness.emulator.calls("sendMessage").length).toBe(sentBefore);
  });
});

describe("quick exit and Telegram's 48 hour delete rule", () => {
  it("deletes only the messages younger than 48 h, leaves the older ones, and sends nothing new", async () => {
    const HOUR = 3600_000;
    let now = Date.UTC(2025, 0, 1, 5, 0);
    harness = await startHarness({ clock: () => now });
    const person = harness.person({ id: randomUserId() });
    const ids = () => person.messages().map((m) => m.message_id);
    await person.send("/start");
    await person.send("/discreet"); // keep every question and answer on screen
    await person.tap("yes");
    await person.tap("none");
    await person.tap("_done");
    const old = ids();
    expect(old.length).toBeGreaterThan(4);

    now += 47 * HOUR;
    await person.tap("dont_know");
    await person.tap("skip");
    await person.send("a room on the 5th floor");
    const young = ids().filter((id) => !old.includes(id));
    expect(young.length).toBeGreaterThan(2);
    // Nothing from the first hour was deleted on the way (discreet mode is off).
    expect(ids()).toEqual([...old, ...young]);

    now += 2 * HOUR; // the first messages are now 49 h old, the later ones 2 h
    const callsBefore = harness.emulator.calls().length;
    const exitId = (await person.send("/exit")).message_id;
    const after = harness.emulator.calls().slice(callsBefore).filter((c) => Number(c.params.chat_id) === person.chat.id);

    // The bot asks Telegram only for what Telegram still lets it delete...
    const asked = after.filter((c) => c.method === "deleteMessages").flatMap((c) => c.params.message_ids as number[]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((id) => old.includes(id)), "asked to delete messages older than 48 h").toEqual([]);
    expect(after.filter((c) => c.method === "deleteMessage" && old.includes(Number(c.params.message_id)))).toEqual([]);
    // ...and gets all of it: the younger messages (and the /exit itself) are gone, the older ones stay.
    expect([...new Set(asked)].sort((a, b) => a - b)).toEqual([...young, exitId]);
    expect(ids()).toEqual(old);
    // README: quick exit deletes what Telegram still lets a bot delete and sends nothing; that older
    // messages stay is stated only under "What is not protected". The person is told nothing new.
    expect(after.filter((c) => c.method !== "deleteMessages")).toEqual([]);
    expect(await personKeys(harness, person.from.id)).toBe(0);
  });
});

describe("discreet mode", () => {
  it("is on by default and leaves at most the last message in the chat after a full triage", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person);
    const left = person.messages();
    expect(left.length).toBeLessThanOrEqual(1);
    expect(left[0]?.from.is_bot).toBe(true);
    expect(left[0]?.protect_content).toBe(true);
  });

  it("answering with buttons sends no new message: the question turns into the next one, so the phone does not buzz", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    const sends = () => harness!.emulator.calls("sendMessage").filter((c) => c.params.chat_id === person.chat.id).length;
    const before = sends();
    await person.tap("none");
    await person.tap("_done");
    await person.tap("kh");
    await person.tap("kh_preah_sihanouk");
    expect(sends()).toBe(before);
    expect(person.lastQuestion()?.text).toMatch(/compound|building/i);
    expect(person.messages()).toHaveLength(1);
  });

  it("every message to the person is protected from forwarding and saving", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    const toPerson = harness.emulator.calls("sendMessage").filter((c) => c.params.chat_id === person.chat.id);
    expect(toPerson.length).toBeGreaterThan(1);
    expect(toPerson.every((c) => c.params.protect_content === true)).toBe(true);
  });
});

describe("erase", () => {
  it("/erase after a case destroys it in Redis and tells the desk", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person);
    const caseId = (await harness.redis.xrange(harness.keys.casesStream, "-", "+"))[0]![1][1]!;
    await harness.emulator.waitFor(() => harness!.deskMessages().some((m) => m.text?.includes(caseId)));

    await person.send("/erase");
    expect(await harness.app.cases.get(caseId)).toBeUndefined();
    const leftovers = [...(await dumpNamespace(harness.redis, harness.namespace)).keys()].filter((k) => k.includes(`{${caseId}}`));
    expect(leftovers).toEqual([]);
    await harness.emulator.waitFor(() => harness!.deskMessages().some((m) => /withdrawn/i.test(m.text ?? "")));
    // The card no longer shows the case's facts.
    const card = harness.deskMessages().find((m) => m.text?.includes(caseId));
    expect(card?.text ?? "").not.toMatch(/Otres|passport/i);
    // The person's chat holds one short line, nothing about the case.
    expect(person.messages().length).toBeLessThanOrEqual(1);
  });
});

describe("nothing personal leaks into logs, Redis or the AOF", () => {
  it("finds no canary text or canary Telegram id after a full triage and relay", async () => {
    harness = await startHarness();
    const canaryId = 987_654_321;
    const canaryText = "CANARY-surroundings-7f3a";
    const canaryNote = "CANARY-note-91bd";
    const canaryRelay = "CANARY-relay-c0de";
    const person = harness.person({ id: canaryId, first_name: "CanaryFirst", username: "canary_user" });
    await completeTriage(person, { surroundings: canaryText, notes: canaryNote });
    const caseId = (await harness.redis.xrange(harness.keys.casesStream, "-", "+"))[0]![1][1]!;
    const card = await harness.emulator.waitFor(() => harness!.deskMessages().find((m) => m.text?.includes(caseId)));
    const coordinator = harness.coordinator(7001);
    const claim = card.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && /claim/i.test(b.text));
    await coordinator.press(card.message_id, claim && "callback_data" in claim ? claim.callback_data : "");
    await coordinator.send("CANARY-coordinator-reply", card.message_id);
    await person.send(canaryRelay);
    // Written after everything above, so once the AOF shows it, it holds all of the test's writes.
    const sentinel = `aof-sentinel-${randomBytes(8).toString("hex")}`;
    await harness.redis.set(sentinel, "1");
    const aof = await aofContaining(sentinel);

    const canaries = [canaryText, canaryNote, canaryRelay, "CANARY-coordinator-reply", String(canaryId), "CanaryFirst", "canary_user"];
    const logs = harness.logs.join("\n");
    const redisValues = [...(await dumpNamespace(harness.redis, harness.namespace)).entries()].map(([k, v]) => `${k} ${v}`).join("\n");
    expect(aof).toContain(harness.keys.casesStream); // the AOF really holds the bot's writes
    await harness.redis.del(sentinel);
    for (const canary of canaries) {
      expect(logs, `logs contain ${canary}`).not.toContain(canary);
      expect(redisValues, `redis contains ${canary}`).not.toContain(canary);
      expect(aof, `AOF contains ${canary}`).not.toContain(canary);
    }
    // And the relay did reach both sides.
    expect(person.messages().some((m) => m.text?.includes("CANARY-coordinator-reply"))).toBe(true);
    expect(harness.deskMessages().some((m) => m.text?.includes(canaryRelay))).toBe(true);
    expect(harness.deskMessages().every((m) => !m.text?.includes(String(canaryId)) && !m.text?.includes("canary_user"))).toBe(true);
    void DESK_CHAT_ID;
  });
});

describe("erase after the case was closed", () => {
  it("/erase still destroys a resolved case of the person", async () => {
    harness = await startHarness();
    const person = harness.person({ id: randomUserId() });
    await completeTriage(person);
    const caseId = (await harness.redis.xrange(harness.keys.casesStream, "-", "+"))[0]![1][1]!;
    const record = (await harness.app.cases.get(caseId))!;
    const { person: pseudonym } = (await harness.app.cases.getContact(caseId))!;
    await harness.app.cases.transition(caseId, "resolve", { expectedVersion: record.version, actor: "coord-x", outcome: "rescued" });
    // Closing a case drops the person's pointer to it; only its sealed contact still knows whose it is.
    expect(await harness.app.cases.caseOfPerson(pseudonym)).toBeUndefined();
    await person.send("/erase");
    expect(await harness.app.cases.get(caseId)).toBeUndefined();
    expect(await harness.app.cases.getContact(caseId)).toBeUndefined();
  });
});
