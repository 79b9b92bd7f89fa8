import { describe, expect, it } from "vitest";
import { createPseudonymizer } from "../../src/crypto/box.js";
import { COORDINATORS, harnessPerTest, randomUserId, type Harness } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { completeTriage } from "../helpers/triage-path.js";
import { textUpdate, WEBHOOK_SECRET } from "../helpers/webhook.js";
import { firstCaseId } from "../helpers/cases.js";
import { DONE_MARK, markersOf, personMark } from "../helpers/update-marks.js";

const TRY_AGAIN = translator.t("en", "error-try-again");
/** What a person hears in webhook mode when Telegram will deliver their update again. */
const DELAY = translator.t("en", "error-delay");
const SLOW_DOWN = translator.t("en", "flood-notice");
const MINUTE = 60_000;

const start = harnessPerTest();

const pseudonymOf = (h: Harness, userId: number) => createPseudonymizer(h.config.pseudonymSecret ?? "")("chat", userId);

/** Texts the bot sent into a chat (including ones deleted since). */
const sentTexts = (h: Harness, chatId: number) =>
  h.emulator
    .calls("sendMessage")
    .filter((c) => c.ok && Number(c.params.chat_id) === chatId)
    .map((c) => String(c.params.text));

/**
 * Runs `before` ahead of the next Lua script call whose first key matches,
 * once (every per-update script goes through `evalsha`); `before` may throw to
 * make that call fail. The harness's Redis client is the app's.
 */
function beforeScript(h: Harness, firstKey: (key: string) => boolean, before: () => Promise<void>, times = 1): void {
  const client = h.redis as unknown as { evalsha: (...args: unknown[]) => Promise<unknown> };
  const original = client.evalsha.bind(h.redis);
  let left = times;
  client.evalsha = async (...args: unknown[]) => {
    if (left > 0 && firstKey(String(args[2] ?? ""))) {
      left--;
      await before();
    }
    return original(...args);
  };
}
// The gate's first key is the person's update markers hash, `<ns>:upd:{<pseudonym>}`.
const isGateScript = (key: string) => key.includes(":upd:{");
const isFlushScript = (key: string) => key.includes(":lock:{");
/** What ioredis rejects a command with once its connection is gone. */
const connectionClosed = () => new Error("Connection is closed.");

async function claimFirstCase(h: Harness) {
  const caseId = await firstCaseId(h);
  const card = await h.emulator.waitFor(() => h.deskMessages().find((m) => m.text?.includes(caseId) && m.reply_markup), 10_000);
  const claim = card.reply_markup!.inline_keyboard.flat().find((b) => "callback_data" in b && /claim/i.test(b.text));
  const coordinator = h.coordinator(COORDINATORS[0]!);
  await coordinator.press(card.message_id, claim && "callback_data" in claim ? claim.callback_data : "");
  return { caseId, card, coordinator };
}

describe("quick exit and the team's contact window", () => {
  it("an exit word closes the 'only after I write first' window: the team's message stays held until the person writes", async () => {
    let now = Date.now();
    const h = await start({ clock: () => now });
    const person = h.person({ id: randomUserId() });
    await completeTriage(person); // answers "only when I write first"
    const { caseId, card, coordinator } = await claimFirstCase(h);

    // The person writes to the team, which opens the window; ten minutes later, the captor comes.
    await person.send("I am here");
    expect(await h.redis.hget(h.keys.prefs(pseudonymOf(h, person.from.id)), "lastInboundAt")).not.toBeNull();
    now += 10 * MINUTE;
    await person.send("exit");
    expect(person.messages()).toEqual([]);
    expect(await h.redis.hget(h.keys.prefs(pseudonymOf(h, person.from.id)), "lastInboundAt")).toBeNull();
    // The team is told, with no content, as a reply to the card, and it is audited.
    const exitNote = translator.t(h.config.coordinatorLocale, "desk-person-exited", { ref: caseId });
    const note = await h.emulator.waitFor(() => h.emulator.calls("sendMessage").find((c) => c.ok && c.params.text === exitNote), 10_000);
    expect(note.params.reply_parameters).toMatchObject({ message_id: card.message_id });
    const audit = (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
    expect(audit.some((line) => line.includes("quick_exit") && line.includes(caseId))).toBe(true);

    now += MINUTE;
    await coordinator.send("We can talk now.", card.message_id);
    expect(h.deskMessages().at(-1)?.text).toMatch(/Held/);
    await h.app.desk.tick();
    expect(person.messages()).toEqual([]);

    // Writing something that is not an exit word is writing first: the held message goes out.
    now += MINUTE;
    await person.send("hello again");
    await h.emulator.waitFor(() => person.messages().some((m) => m.text?.includes("We can talk now.")), 10_000);
  }, 60_000);
});

/** No token left in the person's flood-guard bucket, and none coming back for 5 s. */
async function emptyBucket(h: Harness, person: string): Promise<void> {
  await h.redis.hset(h.keys.rateBucket(person), { t: "0", at: String(Date.now() + 5_000) });
  await h.redis.pexpire(h.keys.rateBucket(person), 10_000);
}

describe("quick exit and the rate limit", () => {
  it("an exit that would be over the limit still wipes the chat, with no 'slow down' notice", async () => {
    const h = await start({ env: { RATE_LIMIT_PER_SECOND: "3" } });
    const person = h.person({ id: randomUserId() });
    await person.send("/start");
    expect(person.messages().length).toBeGreaterThan(1);
    // The person's bucket is empty (and refills only after `at`, 5 s ahead): the exit is over the limit.
    await emptyBucket(h, pseudonymOf(h, person.from.id));
    await person.send("exit");
    expect(person.messages()).toEqual([]);
    expect(sentTexts(h, person.chat.id)).not.toContain(SLOW_DOWN);
  });

  it("a message dropped by the limit, and the notice, are deleted by the next exit", async () => {
    const h = await start({ env: { RATE_LIMIT_PER_SECOND: "3" } });
    const person = h.person({ id: randomUserId() });
    await person.send("/start");
    await emptyBucket(h, pseudonymOf(h, person.from.id));
    const dropped = await person.send("they are watching");
    expect(person.lastText()).toBe(SLOW_DOWN);
    await person.send("/exit");
    expect(person.messages()).toEqual([]);
    expect(h.emulator.deleted(person.chat.id)).toContain(dropped.message_id);
  });
});

describe("quick exit when something fails", () => {
  it("keeps the ids of a delete Telegram refused, so a second /exit removes them, and says nothing", async () => {
    const h = await start();
    const person = h.person({ id: randomUserId() });
    await person.send("/start");
    await person.send("/discreet"); // keep questions and answers on screen
    await person.tap("yes");
    const onScreen = person.messages().length;
    expect(onScreen).toBeGreaterThan(3);
    const sentBefore = sentTexts(h, person.chat.id).length;

    h.emulator.failNext("deleteMessages", { error_code: 400, description: "Bad Request: message can't be deleted" });
    await person.send("/exit");
    expect(person.messages().length).toBe(onScreen + 1);
    await person.send("/exit");
    expect(person.messages()).toEqual([]);
    expect(sentTexts(h, person.chat.id).length).toBe(sentBefore);
  });

  it("never answers a failed exit with 'try again'; the exit itself goes, and the next exit wipes the rest", async () => {
    const h = await start();
    const person = h.person({ id: randomUserId() });
    await person.send("/start");
    await person.tap("yes");
    const onScreen = person.messages().length;

    beforeScript(h, isGateScript, async () => {
      throw connectionClosed();
    });
    const exit = await person.send("exit");
    expect(sentTexts(h, person.chat.id)).not.toContain(TRY_AGAIN);
    expect(h.emulator.deleted(person.chat.id)).toContain(exit.message_id);
    expect(person.messages().length).toBe(onScreen);

    await person.send("exit");
    expect(person.messages()).toEqual([]);
    expect(sentTexts(h, person.chat.id)).not.toContain(TRY_AGAIN);
  });
});

const showsFirstQuestion = (h: Harness, chatId: number) =>
  h.emulator.messages(chatId).some((m) => m.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "f:safe_now:yes"));

describe("webhook: an update that fails mid-way is delivered again", () => {
  it("an instance that crashed mid-update leaves it 'processing': its redelivery is refused for later, not dropped, then handled", async () => {
    const h = await start({ webhook: true });
    const userId = randomUserId();
    h.emulator.registerChat({ id: userId, type: "private", first_name: "Web" });
    const update = textUpdate(990_001, userId, "/start");
    const field = String(update.update_id);
    await h.redis.hset(markersOf(h, userId), field, `p:${Date.now() + MINUTE}`);
    expect(await h.emulator.postToWebhook(update, { secret: WEBHOOK_SECRET })).toBe(503);
    expect(h.emulator.messages(userId)).toEqual([]);
    // The crashed instance's mark expires (its expiry passes, the field stays); Telegram's next try takes it over.
    await h.redis.hset(markersOf(h, userId), field, `p:${Date.now() - 1}`);
    expect(await h.emulator.postToWebhook(update, { secret: WEBHOOK_SECRET })).toBe(200);
    expect(await personMark(h, userId, update.update_id)).toMatch(DONE_MARK);
    expect(showsFirstQuestion(h, userId)).toBe(true);
    expect(sentTexts(h, userId)).not.toContain(TRY_AGAIN);
    expect(sentTexts(h, userId)).not.toContain(DELAY);
    // And once it is done, a copy is dropped with 200.
    const sent = sentTexts(h, userId).length;
    expect(await h.emulator.postToWebhook(update, { secret: WEBHOOK_SECRET })).toBe(200);
    expect(sentTexts(h, userId).length).toBe(sent);
  });

  it("a crashed run that had already shown the question: the taken-over copy finds it, and the person sees it once", async () => {
    const h = await start({ webhook: true });
    const userId = randomUserId();
    h.emulator.registerChat({ id: userId, type: "private", first_name: "Web" });
    const update = textUpdate(990_002, userId, "/start");
    expect(await h.emulator.postToWebhook(update, { secret: WEBHOOK_SECRET })).toBe(200);
    expect(showsFirstQuestion(h, userId)).toBe(true);
    // As if the run died right after Telegram took the question: nothing of it reached Redis.
    const p = pseudonymOf(h, userId);
    await h.redis.del(h.keys.flowState(p), h.keys.conversation(p), h.keys.chatMessages(p));
    await h.redis.hset(markersOf(h, userId), String(update.update_id), `p:${Date.now() - 1}`);
    const sends = h.emulator.calls("sendMessage").filter((c) => Number(c.params.chat_id) === userId).length;
    const shown = h.emulator.messages(userId).filter((m) => m.from.is_bot).length;
    expect(await h.emulator.postToWebhook(update, { secret: WEBHOOK_SECRET })).toBe(200);
    expect(h.emulator.calls("sendMessage").filter((c) => Number(c.params.chat_id) === userId).length).toBe(sends);
    expect(h.emulator.messages(userId).filter((m) => m.from.is_bot)).toHaveLength(shown);
    expect(showsFirstQuestion(h, userId)).toBe(true);
  });

  it("after losing the chat lease: 503, the redelivered update is handled, the person hears of a delay once (not 'try again'), and every copy can still be wiped", async () => {
    const h = await start({ webhook: true });
    const person = h.person({ id: randomUserId() });
    const p = pseudonymOf(h, person.from.id);
    let marker: { values: string[]; at: number } | undefined;
    // Another instance takes the chat over just as this one is about to save.
    beforeScript(h, isFlushScript, async () => {
      const key = (await h.redis.keys(`${h.namespace}:upd:*`))[0] ?? "";
      marker = { values: await h.redis.hvals(key), at: Date.now() };
      await h.redis.set(h.keys.chatLock(p), "another-instance", "PX", 300);
    });
    h.expectUpdates(1); // the redelivery
    await person.send("/start");
    await h.settle();

    // While it ran, the update was only "processing", for a short while.
    expect(marker?.values).toEqual([expect.stringMatching(/^p:\d+$/)]);
    const expiresIn = Number(marker!.values[0]!.slice(2)) - marker!.at;
    expect(expiresIn).toBeGreaterThan(0);
    expect(expiresIn).toBeLessThanOrEqual(MINUTE);
    expect(h.logs.some((l) => l.includes("asking Telegram to deliver it again"))).toBe(true);
    expect(h.logs.filter((l) => l.includes('"update failed"'))).toHaveLength(1);
    // The redelivered copy ran and was saved.
    expect(await h.redis.exists(h.keys.flowState(p))).toBe(1);
    const markers = await h.redis.keys(`${h.namespace}:upd:*`);
    expect(markers).toEqual([h.keys.updatesSeen(p)]);
    expect(Object.values(await h.redis.hgetall(markers[0]!))).toEqual([expect.stringMatching(DONE_MARK)]);
    expect(await h.redis.ttl(markers[0]!)).toBeGreaterThan(3600);
    expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "f:safe_now:yes")).toBe(true);
    expect(sentTexts(h, person.chat.id).filter((t) => t === DELAY)).toHaveLength(1);
    expect(sentTexts(h, person.chat.id)).not.toContain(TRY_AGAIN);

    // The first attempt's messages were tracked although its state was not saved.
    await person.send("/exit");
    expect(person.messages()).toEqual([]);
  });

  it("after Redis dropped out while saving: the redelivered update is handled", async () => {
    // The first attempt answered the button and turned the question into the next one; the
    // redelivered copy's answer comes too late and its edit changes nothing, as on Telegram.
    const h = await start({
      webhook: true,
      expectRejected: (c) => c.method === "answerCallbackQuery" || (c.method === "editMessageText" && /not modified/.test(c.description ?? "")),
    });
    const person = h.person({ id: randomUserId() });
    await person.send("/start");
    const question = person.lastQuestion()!;
    // Two failures: the gate retries a failed save once before it gives up on the update.
    beforeScript(
      h,
      isFlushScript,
      async () => {
        throw connectionClosed();
      },
      2,
    );
    h.expectUpdates(1);
    await person.press(question.message_id, "f:safe_now:yes");
    await h.settle();
    expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith("m:danger:"))).toBe(true);
    expect(sentTexts(h, person.chat.id).filter((t) => t === DELAY)).toHaveLength(1);
    expect(sentTexts(h, person.chat.id)).not.toContain(TRY_AGAIN);
    expect(h.logs.filter((l) => l.includes('"update failed"'))).toHaveLength(1);
    // The redelivered copy saved the answer: the flow goes on from the next question.
    await person.tap("none");
    await person.tap("_done");
    expect(person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data === "f:location:skip")).toBe(true);
  });

  it("a typed answer whose save failed is applied once, from Telegram's copy; the person is not asked to send it again", async () => {
    const h = await start({ webhook: true });
    const person = h.person({ id: randomUserId() });
    const asks = (prefix: string) => person.lastQuestion()?.reply_markup?.inline_keyboard.flat().some((b) => "callback_data" in b && b.callback_data.startsWith(prefix)) ?? false;
    await person.send("/start");
    await person.tap("yes");
    await person.tap("none");
    await person.tap("_done");
    await person.tap("skip");
    await person.tap("kh");
    expect(asks("p:province:")).toBe(true);

    beforeScript(
      h,
      isFlushScript,
      async () => {
        throw connectionClosed();
      },
      2,
    );
    h.expectUpdates(1); // Telegram's copy
    await person.send("Near the port");
    await h.settle();
    // A person does what they are told. Asked to send it again, they would, and their
    // resend would answer the next question (the compound) while the copy answered this one.
    if (sentTexts(h, person.chat.id).includes(TRY_AGAIN)) await person.send("Near the port");

    expect(sentTexts(h, person.chat.id).filter((t) => t === DELAY)).toHaveLength(1);
    expect(sentTexts(h, person.chat.id)).not.toContain(TRY_AGAIN);
    // The typed province was taken once: the compound is asked, not the pin after it.
    expect(asks("f:compound:")).toBe(true);
    expect(h.logs.filter((l) => l.includes('"update failed"'))).toHaveLength(1);
  });

  it("a line to the team whose save failed after its relay reaches the group once, not once per delivery", async () => {
    const h = await start({ webhook: true });
    const person = h.person({ id: randomUserId() });
    await completeTriage(person);
    beforeScript(
      h,
      isFlushScript,
      async () => {
        throw connectionClosed();
      },
      2,
    );
    h.expectUpdates(1); // Telegram's copy
    await person.send("They moved us to another building");
    await h.settle();
    expect(h.logs.filter((l) => l.includes('"update failed"'))).toHaveLength(1);
    const relayed = h.deskMessages().filter((m) => m.text?.includes("They moved us to another building"));
    expect(relayed).toHaveLength(1);
  });
});

describe("erase", () => {
  it("forgets the person's settings too (language, last-message time)", async () => {
    const h = await start();
    const person = h.person({ id: randomUserId(), language_code: "vi" });
    await person.send("/start");
    const prefsKey = h.keys.prefs(pseudonymOf(h, person.from.id));
    expect(await h.redis.hgetall(prefsKey)).toMatchObject({ lang: "vi" });
    await person.send("/erase");
    expect(await h.redis.exists(prefsKey)).toBe(0);
  });
});
