import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Answer, FlowState } from "../flow/types.js";

/** One answer as stored: [node, kind, ...value] (the card's packing, src/triage/card-pack.ts, without a field). */
type PackedAnswer = [string, string, ...unknown[]];

/** A flow state as sealed into Redis: the same facts in short names. `w` tells it from a plain state (`v: 1`). */
export interface PackedFlowState {
  w: 2;
  f: string;
  h: string;
  s: string;
  n: string;
  a: PackedAnswer[];
  t: [number, number];
  p?: string[];
  m?: number;
  /** editing, clutter, done, filed: 0 or 1 when set. */
  e?: 0 | 1;
  c?: 0 | 1;
  d?: 0 | 1;
  l?: 0 | 1;
}

/**
 * Every field of a flow state and its packed name. `satisfies` makes a field added to
 * FlowState a compile error here until the packing carries it: else it would be dropped.
 */
export const PACKED_FLOW_FIELDS = {
  v: "w", flowId: "f", flowHash: "h", sessionId: "s", node: "n", answers: "a", startedAt: "t", updatedAt: "t",
  pending: "p", shownMessageId: "m", editing: "e", clutter: "c", done: "d", filed: "l",
} as const satisfies Record<keyof FlowState, keyof PackedFlowState>;

function packAnswer(node: string, answer: Answer): PackedAnswer {
  switch (answer.kind) {
    case "choice":
      return [node, "c", answer.option];
    case "multi":
      return [node, "m", answer.options];
    case "text":
      return [node, "t", answer.text, answer.lang];
    case "number":
      return [node, "#", answer.value];
    case "location":
      return [node, "l", answer.lat, answer.lon];
    case "place":
      return [node, "p", answer.id];
  }
}

function unpackAnswer([, kind, a, b]: PackedAnswer): Answer {
  switch (kind) {
    case "c":
      return { kind: "choice", option: a as string };
    case "m":
      return { kind: "multi", options: a as string[] };
    case "t":
      return { kind: "text", text: a as string, lang: b as string };
    case "#":
      return { kind: "number", value: a as number };
    case "l":
      return { kind: "location", lat: a as number, lon: b as number };
    default:
      return { kind: "place", id: a as string };
  }
}

const bit = (value: boolean | undefined): { on: 0 | 1 } | undefined => (value === undefined ? undefined : { on: value ? 1 : 0 });

/**
 * The flow state as it is sealed: answers as tuples, short names. A person in
 * the optional questions after filing keeps it for days, and it was the
 * largest of their keys after the case (bench: ~980 B sealed).
 *
 * @example
 * unpackFlowState(JSON.parse(JSON.stringify(packFlowState(state)))); // deep-equals state
 */
export function packFlowState(state: FlowState): PackedFlowState {
  const packed: PackedFlowState = {
    w: 2, f: state.flowId, h: state.flowHash, s: state.sessionId, n: state.node,
    a: Object.entries(state.answers).map(([node, answer]) => packAnswer(node, answer)),
    t: [state.startedAt, state.updatedAt],
  };
  if (state.pending !== undefined) packed.p = state.pending;
  if (state.shownMessageId !== undefined) packed.m = state.shownMessageId;
  const flags = { e: bit(state.editing), c: bit(state.clutter), d: bit(state.done), l: bit(state.filed) };
  for (const [k, v] of Object.entries(flags)) if (v) packed[k as "e"] = v.on;
  return packed;
}

/** A stored flow state, packed or as states were stored before. */
export function unpackFlowState(value: PackedFlowState | FlowState): FlowState {
  if (!("w" in value)) return value;
  const state: FlowState = {
    v: 1, flowId: value.f, flowHash: value.h, sessionId: value.s, node: value.n,
    answers: Object.fromEntries(value.a.map((a) => [a[0], unpackAnswer(a)])),
    startedAt: value.t[0], updatedAt: value.t[1],
  };
  if (value.p !== undefined) state.pending = value.p;
  if (value.m !== undefined) state.shownMessageId = value.m;
  if (value.e !== undefined) state.editing = value.e === 1;
  if (value.c !== undefined) state.clutter = value.c === 1;
  if (value.d !== undefined) state.done = value.d === 1;
  if (value.l !== undefined) state.filed = value.l === 1;
  return state;
}

type Json = Record<string, unknown>;

/** A message reduced to what a replayed context needs to know its chat. */
function messageCore(message: Json): Json {
  const chat = message.chat as Json | undefined;
  return { message_id: message.message_id, date: message.date, chat: { id: chat?.id, type: chat?.type } };
}

/**
 * The update that entered the conversation, reduced to what the replay reads
 * of it (the chat, src/bot/flow/runner.ts `triage`). As Telegram sent it, it
 * held the person's name, username and first words in every stored log.
 */
function pruneUpdate(update: Json): Json {
  for (const kind of ["message", "edited_message"]) {
    const message = update[kind] as Json | undefined;
    if (message?.chat) return { update_id: update.update_id, [kind]: messageCore(message) };
  }
  const query = update.callback_query as Json | undefined;
  const from = query?.from as Json | undefined;
  if (query && from) {
    const message = query.message as Json | undefined;
    return {
      update_id: update.update_id,
      callback_query: { id: query.id, chat_instance: query.chat_instance, from: { id: from.id, is_bot: false, first_name: "" }, ...(message?.chat ? { message: messageCore(message) } : {}) },
    };
  }
  return update;
}

/** The conversation log as stored: each conversation's entering update pruned (see `pruneUpdate`). */
export function pruneConversation(state: VersionedState<ConversationData>): VersionedState<ConversationData> {
  const conversations: ConversationData = {};
  for (const [id, runs] of Object.entries(state.state)) {
    conversations[id] = runs.map((run) => {
      const entering = run.replay.receive.findIndex((r) => run.replay.send[r.send]?.payload === "wait");
      const op = run.replay.receive[entering];
      if (!op || typeof op.returnValue !== "object" || op.returnValue === null || !("update_id" in op.returnValue)) return run;
      const receive = [...run.replay.receive];
      receive[entering] = { send: op.send, returnValue: pruneUpdate(op.returnValue as Json) };
      return { ...run, replay: { send: run.replay.send, receive } };
    });
  }
  return { ...state, state: conversations };
}

/** The send payloads the triage's log repeats on every update, by a short code. */
const PAYLOADS = ["wait", "external", "message,edited_message,callback_query"];

/** A conversation log as sealed: each run as [interrupts, sends, receives, args?], known payloads as their index. */
export interface PackedConversation {
  k: 2;
  v: VersionedState<ConversationData>["version"];
  s: Record<string, [number[], (string | number)[], [number, unknown][], string?][]>;
}

/**
 * The conversation log as it is sealed: pruned (see `pruneConversation`), its
 * structure as arrays, the payloads every log repeats as numbers. It is read
 * and written on every update of a person in the flow.
 */
export function packConversation(state: VersionedState<ConversationData>): PackedConversation {
  const pruned = pruneConversation(state);
  const s: PackedConversation["s"] = {};
  for (const [id, runs] of Object.entries(pruned.state)) {
    s[id] = runs.map((run) => {
      const sends = run.replay.send.map(({ payload }) => (PAYLOADS.includes(payload) ? PAYLOADS.indexOf(payload) : payload));
      const receives = run.replay.receive.map((r): [number, unknown] => [r.send, r.returnValue]);
      return run.args === undefined ? [run.interrupts, sends, receives] : [run.interrupts, sends, receives, run.args];
    });
  }
  return { k: 2, v: pruned.version, s };
}

/** A stored conversation log, packed or as logs were stored before. */
export function unpackConversation(value: PackedConversation | VersionedState<ConversationData>): VersionedState<ConversationData> {
  if (!("k" in value)) return value;
  const state: ConversationData = {};
  for (const [id, runs] of Object.entries(value.s)) {
    state[id] = runs.map(([interrupts, sends, receives, args]) => ({
      ...(args === undefined ? {} : { args }),
      interrupts,
      replay: {
        send: sends.map((p) => ({ payload: typeof p === "number" ? PAYLOADS[p]! : p })),
        receive: receives.map(([send, returnValue]) => ({ send, returnValue })),
      },
    }));
  }
  return { version: value.v, state };
}
