/**
 * Forged and replayed presses, after a crowd filed its cases: an outsider's
 * Claim on every card, made-up desk tokens, each card's Claim pressed on the
 * next card, a claim replayed by both coordinators, and every person pressing
 * their first question and their confirmation again. 0 effects (no case
 * changed, created or messaged about), and every refused desk press audited.
 */
import { randomBytes } from "node:crypto";
import type { EmulatedMessage } from "../../src/sandbox/emulator/index.js";
import { GROUP_ID } from "./beacon.js";
import { crowdSize, sleep, withStack, type Drill, type Stack } from "./drill.js";
import { drive, judge } from "./people.js";

const [ALICE, BOB, OUTSIDER] = [7001, 7002, 6666];
const REF = /[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;

const claimOf = (card: EmulatedMessage) =>
  card.reply_markup?.inline_keyboard.flat().find((b) => "callback_data" in b && /Claim/.test(b.text)) as { callback_data: string } | undefined;

export const forgedPresses: Drill = {
  name: "forged and replayed presses on cards and old questions",
  run: (options) =>
    withStack("forged", async (stack) => {
      const { emulator } = stack;
      const outcomes = await drive(emulator, { people: crowdSize(options, 12), rampSeconds: 2, maxSeconds: 120 });
      await judge(emulator, outcomes, stack.caseExists);
      const cards = emulator.messages(GROUP_ID).filter((m) => claimOf(m) && REF.test(m.text ?? ""));
      const group = { id: GROUP_ID, type: "supergroup" as const, title: "Coordinators" };
      const coordinator = (id: number) => ({ id, is_bot: false, first_name: `C${id}`, language_code: "en" });
      const base = emulator.callbackAnswers().length;
      // The one real press: Alice claims the first card.
      const first = cards[0] as EmulatedMessage;
      const realClaim = claimOf(first)?.callback_data ?? "";
      emulator.pressButton(group, coordinator(ALICE), first.message_id, realClaim);
      await answered(stack, base + 1);

      const before = await snapshot(stack);
      const auditBefore = await refusedAudits(stack);
      const callsBefore = emulator.calls().length;
      const textsBefore = new Map(emulator.messages(GROUP_ID).map((m) => [m.message_id, m.text ?? ""]));
      let deskPresses = 0;
      let personPresses = 0;
      const deskPress = (from: number, messageId: number, data: string) => {
        emulator.pressButton(group, coordinator(from), messageId, data);
        deskPresses++;
      };
      for (const [i, card] of cards.entries()) {
        const claim = claimOf(card)?.callback_data ?? "";
        deskPress(OUTSIDER, card.message_id, claim);
        deskPress(ALICE, card.message_id, `d:${randomBytes(16).toString("base64url").slice(0, 22)}`);
        const next = cards[(i + 1) % cards.length] as EmulatedMessage;
        if (next !== card) deskPress(BOB, next.message_id, claim);
      }
      deskPress(BOB, first.message_id, realClaim);
      deskPress(ALICE, first.message_id, realClaim);
      // Every bot message in each person's chat gets their first question's button and the confirmation again.
      for (const person of outcomes) {
        const chat = { id: person.userId, type: "private" as const };
        const user = { id: person.userId, is_bot: false, first_name: `Person ${person.index}`, language_code: "en" };
        for (const m of emulator.messages(person.userId).filter((x) => x.from.is_bot)) {
          for (const data of ["f:safe_now:yes", "c:summary:ok"]) {
            emulator.pressButton(chat, user, m.message_id, data);
            personPresses++;
          }
        }
      }
      await answered(stack, base + 1 + deskPresses + personPresses);
      await sleep(1_000);
      const after = await snapshot(stack);
      const changed = [...after].filter(([id, state]) => before.get(id) !== state).length + Math.abs(after.size - before.size);
      // A refused press shows the pressed card as it stands (fresh buttons, same text): only new messages or other text count.
      const sends = emulator.calls().slice(callsBefore).filter((c) => c.ok && /^(send|copy|forward)/.test(c.method)).length;
      const rewritten = emulator.messages(GROUP_ID).filter((m) => textsBefore.has(m.message_id) && textsBefore.get(m.message_id) !== (m.text ?? "")).length;
      const audited = (await refusedAudits(stack)) - auditBefore;
      return {
        figures: `cards ${cards.length}, forged/replayed desk presses ${deskPresses}, old-question presses ${personPresses}, cases changed ${changed}, messages sent ${sends}, cards showing other text ${rewritten}, refused presses audited ${audited}`,
        held: cards.length >= 2 && changed === 0 && sends === 0 && rewritten === 0 && audited === deskPresses && before.get(REF.exec(first.text ?? "")?.[0] ?? "")?.startsWith("claimed") === true,
      };
    }),
};

function buttonsOf(markup: unknown): string[] {
  const parsed = (typeof markup === "string" ? JSON.parse(markup) : markup) as { inline_keyboard?: { callback_data?: string }[][] };
  return (parsed.inline_keyboard ?? []).flat().flatMap((b) => (b.callback_data ? [b.callback_data] : []));
}

/** Waits until the bot has answered `total` presses in all. */
async function answered(stack: Stack, total: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (stack.emulator.callbackAnswers().length < total && Date.now() < deadline) await sleep(100);
}

/** Every case's status, version, tier and assignee. */
async function snapshot(stack: Stack): Promise<Map<string, string>> {
  const { client, keys } = stack.redis;
  const out = new Map<string, string>();
  for (const id of await client.zrange(keys.casesAll, "0", "-1")) {
    const [status, version, tier, assignee] = await client.hmget(keys.caseRecord(id), "status", "version", "tier", "assignee");
    out.set(id, `${status}|${version}|${tier}|${assignee}`);
  }
  return out;
}

async function refusedAudits(stack: Stack): Promise<number> {
  const entries = await stack.redis.client.xrange(stack.redis.keys.auditStream, "-", "+");
  return entries.filter(([, fields]) => fields.join(" ").includes("result refused")).length;
}
