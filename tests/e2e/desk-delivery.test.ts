import { Api } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { STREAM_GROUPS } from "../../src/redis/keys.js";
import { BOT_TOKEN, COORDINATORS, DESK_CHAT_ID, randomUserId, startHarness, type Harness } from "../helpers/harness.js";
import { completeTriage } from "../helpers/triage-path.js";
import { buttonData, cardsOf, minimalCard } from "../desk/support.js";
import { firstCaseId } from "../helpers/cases.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const [ALICE] = COORDINATORS as [number, number];

/** Real time that a test can move forward (the desk's pauses and ages read it). */
function movableClock() {
  let offset = 0;
  return { clock: () => Date.now() + offset, advance: (ms: number) => void (offset += ms) };
}

async function fileCase(h: Harness, caseId: string, options: { tier?: "critical" | "normal" } = {}) {
  const chatId = randomUserId();
  h.emulator.registerChat({ id: chatId, type: "private", first_name: "Hidden" });
  const tier = options.tier ?? "critical";
  await h.app.cases.create({
    caseId,
    tier,
    card: minimalCard(caseId, tier === "normal" ? { tier, reasons: [] } : {}),
    contact: { chatId, person: `p-${caseId}`, lang: "en", window: { mode: "any" } },
  });
}

async function pending(h: Harness): Promise<number> {
  const summary = (await h.redis.call("XPENDING", h.keys.casesStream, STREAM_GROUPS.desk)) as [number, ...unknown[]];
  return Number(summary[0]);
}

const failedSends = (h: Harness) => h.emulator.calls("sendMessage").filter((c) => !c.ok);
const messageById = (h: Harness, id: number) => h.deskMessages().find((m) => m.message_id === id);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls an async condition (the emulator's waitFor takes sync probes only). */
async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function callbackTokensNaming(h: Harness, caseId: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await h.redis.scan(cursor, "MATCH", h.keys.callbackToken("*"), "COUNT", "500");
    cursor = next;
    for (const key of keys) if ((await h.redis.get(key))?.includes(caseId)) found.push(key);
  } while (cursor !== "0");
  return found;
}

describe("desk delivery: the coordinators' group is unavailable", () => {
  it("loses no case filed while the group answered 403: exactly one card once it is back", async () => {
    const time = movableClock();
    const h = (harness = await startHarness({ clock: time.clock }));
    h.emulator.failNext("sendMessage", { error_code: 403, description: "Forbidden: bot was kicked from the supergroup chat" });
    await fileCase(h, "KICK-0001");
    await h.emulator.waitFor(() => failedSends(h).length === 1, 10_000);
    await sleep(300);
    expect(cardsOf(h, "KICK-0001")).toHaveLength(0);
    expect(await pending(h)).toBe(1);
    expect(await h.redis.xlen(h.keys.casesDeadLetter)).toBe(0);
    const line = h.logs.find((l) => l.includes("coordinators' chat unavailable"));
    expect(JSON.parse(line ?? "{}")).toMatchObject({ level: 50, caseId: "KICK-0001", code: 403 });
    expect(line).not.toContain("CARD-NOTE");

    // The group is back; the pause runs out and the desk's tick comes round.
    time.advance(60_000);
    await h.app.desk.tick();
    await h.emulator.waitFor(() => cardsOf(h, "KICK-0001").at(-1), 10_000);
    await until(async () => (await pending(h)) === 0, "no pending entry");
    await sleep(300);
    expect(cardsOf(h, "KICK-0001")).toHaveLength(1);
    expect((await h.app.cases.get("KICK-0001"))?.cardMessageId).toBe(cardsOf(h, "KICK-0001")[0]!.message_id);
    expect(await h.redis.xlen(h.keys.casesDeadLetter)).toBe(0);
  });
});

describe("desk delivery: a card Telegram refuses", () => {
  it("posts a plain fallback card with working buttons, and dead-letters the refusal by code", async () => {
    const h = (harness = await startHarness());
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3" });
    await fileCase(h, "PLAI-0001");
    const card = await h.emulator.waitFor(() => cardsOf(h, "PLAI-0001").at(-1), 10_000);
    expect(card.parse_mode).toBeUndefined();
    expect(card.text).toContain("🔴 CRITICAL");
    expect(card.text).toContain("Open · not claimed yet");
    expect(card.text).not.toContain("CARD-NOTE");
    expect(card.text).not.toMatch(/<\/?b>/);
    const dead = await h.redis.xrange(h.keys.casesDeadLetter, "-", "+");
    expect(dead).toHaveLength(1);
    expect(dead[0]![1].join(" ")).toContain("reason sendMessage:400");
    expect(dead[0]![1].join(" ")).toContain("caseId PLAI-0001");

    await h.coordinator(ALICE, "Alice").press(card.message_id, buttonData(card, /Claim/));
    expect((await h.app.cases.get("PLAI-0001"))?.status).toBe("claimed");
    // The next render is the full card again.
    expect(messageById(h, card.message_id)?.text).toContain("CARD-NOTE");
    expect(cardsOf(h, "PLAI-0001")).toHaveLength(1);
  });

  it("gives a case whose every card was refused its card at the next tick", async () => {
    const time = movableClock();
    const h = (harness = await startHarness({ clock: time.clock }));
    // The full card, the plain card, the plain card without buttons.
    h.emulator.failNext("sendMessage", { error_code: 400, description: "Bad Request: message is too long" }, 3);
    await fileCase(h, "NONE-0001");
    // "Nothing pending" also holds before the dispatcher has read the entry: wait for its dead letter too.
    await until(async () => (await h.redis.xlen(h.keys.casesDeadLetter)) > 0 && (await pending(h)) === 0, "the entry refused and acknowledged");
    expect(cardsOf(h, "NONE-0001")).toHaveLength(0);
    // Three refusals for one reason: one dead letter.
    expect(await h.redis.xlen(h.keys.casesDeadLetter)).toBe(1);

    await h.app.desk.tick();
    expect(cardsOf(h, "NONE-0001")).toHaveLength(1);
    await h.app.desk.tick();
    expect(cardsOf(h, "NONE-0001")).toHaveLength(1);
  });
});

describe("desk delivery: a card a coordinator deleted", () => {
  it("posts the card again at the next tick once an edit finds it gone, without a dead letter", async () => {
    const h = (harness = await startHarness());
    h.allowRejected((call) => call.method === "editMessageText" && (call.description ?? "").includes("message to edit not found"));
    await fileCase(h, "GONE-0001");
    const card = await h.emulator.waitFor(() => cardsOf(h, "GONE-0001").at(-1), 10_000);
    // A coordinator deletes the card in the group (the bot gets no update for that).
    await new Api(BOT_TOKEN, { apiRoot: h.emulator.apiRoot }).deleteMessage(DESK_CHAT_ID, card.message_id);
    expect(cardsOf(h, "GONE-0001")).toHaveLength(0);

    // The case changes; the dispatcher's edit finds the card gone.
    await h.app.cases.transition("GONE-0001", "claim", { expectedVersion: 1, actor: "someone-else", actorName: "Dara" });
    await until(async () => (await h.app.cases.get("GONE-0001"))?.cardMessageId === undefined, "the gone card forgotten");
    await until(async () => (await pending(h)) === 0, "no pending entry");

    await h.app.desk.tick();
    const reposted = cardsOf(h, "GONE-0001");
    expect(reposted).toHaveLength(1);
    expect(reposted[0]!.message_id).not.toBe(card.message_id);
    expect(reposted[0]!.text).toContain("Claimed by Dara");
    expect((await h.app.cases.get("GONE-0001"))?.cardMessageId).toBe(reposted[0]!.message_id);
    expect(await h.redis.xlen(h.keys.casesDeadLetter)).toBe(0);
    await h.app.desk.tick();
    expect(cardsOf(h, "GONE-0001")).toHaveLength(1);
  });
});

describe("desk delivery: what the audit and an erase leave behind", () => {
  it("audits escalate and resolve by action and ids only; the reason and outcome stay in the case", async () => {
    const h = (harness = await startHarness());
    await fileCase(h, "AUDT-0001", { tier: "normal" });
    const card = await h.emulator.waitFor(() => cardsOf(h, "AUDT-0001").at(-1), 10_000);
    const alice = h.coordinator(ALICE, "Alice");
    await alice.press(card.message_id, buttonData(card, /Escalate/));
    await alice.press(card.message_id, buttonData(messageById(h, card.message_id), /Minor confirmed/));
    await alice.press(card.message_id, buttonData(messageById(h, card.message_id), /Resolve/));
    await alice.press(card.message_id, buttonData(messageById(h, card.message_id), /Referred to police/));
    const record = await h.app.cases.get("AUDT-0001");
    expect(record?.escalationReason).toBe("minor_confirmed");
    expect(record?.outcome).toBe("referred_police");

    const audit = (await h.redis.xrange(h.keys.auditStream, "-", "+")).map(([, f]) => f.join(" "));
    expect(audit.filter((a) => a.includes("action escalate") && a.includes("result ok") && a.includes("caseId AUDT-0001"))).toHaveLength(1);
    expect(audit.filter((a) => a.includes("action resolve") && a.includes("result ok") && a.includes("caseId AUDT-0001"))).toHaveLength(1);
    const all = audit.join("\n");
    for (const secret of ["minor_confirmed", "referred_police"]) expect(all).not.toContain(secret);
  });

  it("deletes the case's button tokens on /erase", async () => {
    const h = (harness = await startHarness());
    const person = h.person({ id: randomUserId() });
    await completeTriage(person);
    const caseId = await firstCaseId(h);
    const card = await h.emulator.waitFor(() => cardsOf(h, caseId).at(-1), 10_000);
    await h.coordinator(ALICE).press(card.message_id, buttonData(card, /Resolve/)); // the pick list issues more tokens
    expect((await callbackTokensNaming(h, caseId)).length).toBeGreaterThan(0);

    await person.send("/erase");
    expect(await h.app.cases.get(caseId)).toBeUndefined();
    expect(await callbackTokensNaming(h, caseId)).toEqual([]);
    expect(await h.redis.exists(h.keys.caseCallbackTokens(caseId))).toBe(0);
    // A button of the old card now leads nowhere.
    await h.coordinator(ALICE).press(card.message_id, buttonData(card, /Claim/));
    expect(h.emulator.callbackAnswers().at(-1)?.text).toMatch(/expired/);
  });
});
