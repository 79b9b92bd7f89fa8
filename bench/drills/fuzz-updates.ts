/** fast-check arbitraries for webhook bodies: every update type, odd unicode, huge ids, bad callback data, wrong types, a planted canary word. */
import fc from "fast-check";
import { GROUP_ID } from "./beacon.js";

/** Planted in every text, name and callback: it must never show up in a log line. */
export const CANARY = "Zwkanary7Q";

const ids = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 3_000_000, max: 3_000_300 }) },
  fc.constant(GROUP_ID),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(-Number.MAX_SAFE_INTEGER),
  fc.constant(2 ** 63),
  fc.constant(1.5),
  fc.constant("3000001"),
  fc.constant(null),
);
const odd = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("\u202e\u200f", "\u0000\u0001", "👩‍👩‍👧‍👦".repeat(50), "ก่่่่่่่่่่่่่่่่่่่่่", "<b>&amp;</b>", "\ud800", "x".repeat(5000)),
);
const text = fc.oneof(
  { weight: 3, arbitrary: odd.map((s) => `${s} ${CANARY}`) },
  fc.constantFrom("/start", "/erase", "/exit", "/language", "/discreet", "/new", "/help", "/start@beacon_test_bot x", "/queue", "/mine", "/reply AAAA-BBBB hi", "exit", "stop"),
  fc.constant(42),
  fc.constant({ nested: CANARY }),
);
const callbackData = fc.oneof(
  odd.map((s) => `${s}${CANARY}`),
  fc.constantFrom("f:safe_now:yes", "m:danger:_done", "c:summary:ok", "e:summary:country", "lang:th", "lang:xx", "d:AAAAAAAAAAAAAAAAAAAAAA", `d:${CANARY}`, "p:country:kh", "f::", ":::", "x".repeat(65)),
  fc.constant(7),
);
const user = fc.record(
  {
    id: ids,
    is_bot: fc.oneof(fc.boolean(), fc.constant("no")),
    first_name: fc.oneof(odd.map((s) => `${CANARY}${s}`), fc.constant(5)),
    last_name: odd.map((s) => `${s}${CANARY}`),
    username: fc.constant(`${CANARY}_user`),
    language_code: fc.oneof(fc.constantFrom("en", "th", "zh-hans", "xx", "", "en-US-x-twain"), fc.constant(1)),
  },
  { requiredKeys: ["id", "first_name"] },
);
const chat = ids.chain((id) => fc.record({ id: fc.constant(id), type: fc.constantFrom("private", "group", "supergroup", "channel", "nonsense"), first_name: fc.constant(CANARY) }));
const message = fc.record(
  {
    message_id: ids,
    date: fc.oneof(fc.nat(), fc.constant(-1)),
    chat,
    from: user,
    text,
    caption: text,
    location: fc.oneof(fc.record({ latitude: fc.double(), longitude: fc.double() }), fc.constant("here")),
    reply_to_message: fc.record({ message_id: ids, chat, text }),
    sticker: fc.constant({ file_id: "x", width: 1 }),
    entities: fc.constant([{ type: "bot_command", offset: 0, length: 9999 }]),
  },
  { requiredKeys: ["message_id", "chat"] },
);
const callbackQuery = fc.record(
  { id: fc.oneof(fc.string(), fc.constant(3)), from: user, chat_instance: fc.string(), data: callbackData, message: fc.option(message, { nil: undefined }) },
  { requiredKeys: ["id", "from"] },
);
const KINDS = [
  "channel_post", "edited_channel_post", "business_message", "inline_query", "chosen_inline_result", "shipping_query", "pre_checkout_query",
  "poll", "poll_answer", "my_chat_member", "chat_member", "chat_join_request", "message_reaction", "message_reaction_count", "chat_boost",
  "removed_chat_boost", "purchased_paid_media", "not_a_kind",
] as const;

/** One webhook body; a few are not even objects. */
export const fuzzedBody = fc.oneof(
  { weight: 5, arbitrary: fc.record({ update_id: ids, message }) },
  { weight: 2, arbitrary: fc.record({ update_id: ids, edited_message: message }) },
  { weight: 4, arbitrary: fc.record({ update_id: ids, callback_query: callbackQuery }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KINDS), message).map(([kind, m]) => ({ update_id: 1, [kind]: m })) },
  fc.constantFrom<unknown>(null, [], "update", 7, {}, { update_id: -1 }, { update_id: 1, message: null }),
);

/** `n` bodies, seeded; every tenth is a copy of an earlier one (a redelivery). */
export function fuzzedBodies(n: number, seed: number): string[] {
  const out: string[] = [];
  let batch = 0;
  while (out.length < n) {
    for (const body of fc.sample(fuzzedBody, { numRuns: Math.min(1000, n - out.length), seed: seed + batch++ })) {
      out.push(out.length % 10 === 9 && out.length > 0 ? (out[Math.floor(out.length / 2)] as string) : JSON.stringify(body));
    }
  }
  return out.slice(0, n);
}
