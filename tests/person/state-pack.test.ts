import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import { describe, expect, it } from "vitest";
import type { FlowState } from "../../src/flow/types.js";
import { PACKED_FLOW_FIELDS, packConversation, packFlowState, pruneConversation, unpackConversation, unpackFlowState } from "../../src/person/state-pack.js";

const state: FlowState = {
  v: 1,
  flowId: "triage",
  flowHash: "367bb9b64470c6bf",
  sessionId: "WSV3-6550",
  node: "situation",
  answers: {
    safe_now: { kind: "choice", option: "yes" },
    danger: { kind: "multi", options: ["hurt_now", "locked_in"] },
    location: { kind: "location", lat: 10.58, lon: 103.54 },
    amount: { kind: "number", value: 8000 },
    surroundings: { kind: "text", text: "a casino by the river", lang: "vi" },
    compound: { kind: "place", id: "kh-sihanoukville-golden-fortune" },
  },
  pending: ["beaten"],
  editing: false,
  shownMessageId: 5,
  clutter: true,
  filed: true,
  startedAt: 1_796_416_596_566,
  updatedAt: 1_796_416_596_649,
};

describe("flow state packing", () => {
  it("reads back every kind of answer and every flag, through JSON", () => {
    expect(unpackFlowState(JSON.parse(JSON.stringify(packFlowState(state))))).toEqual(state);
    const bare: FlowState = { v: 1, flowId: "triage", flowHash: "h", sessionId: "s", node: "q1", answers: {}, startedAt: 1, updatedAt: 2 };
    const back = unpackFlowState(JSON.parse(JSON.stringify(packFlowState(bare))));
    expect(back).toStrictEqual(bare);
  });

  it("carries every field a flow state has (the fixture sets them all)", () => {
    expect(Object.keys(PACKED_FLOW_FIELDS).sort()).toEqual(Object.keys({ ...state, done: false }).sort());
    const packed = packFlowState({ ...state, done: false }) as unknown as Record<string, unknown>;
    for (const short of Object.values(PACKED_FLOW_FIELDS)) expect(packed[short], short).toBeDefined();
  });

  it("is smaller than the plain state and still reads states stored plain", () => {
    expect(JSON.stringify(packFlowState(state)).length).toBeLessThan(JSON.stringify(state).length * 0.7);
    expect(unpackFlowState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});

describe("conversation log pruning", () => {
  const log = (returnValue: unknown): VersionedState<ConversationData> => ({
    version: [0, 0],
    state: {
      triage: [
        {
          interrupts: [2],
          replay: {
            send: [{ payload: "wait" }, { payload: "external" }, { payload: "message,edited_message,callback_query" }],
            receive: [{ send: 0, returnValue }, { send: 1, returnValue: { ok: true, ret: "shown" } }],
          },
        },
      ],
    },
  });
  const chat = { id: 1000002, type: "private", first_name: "Mai", last_name: "Tran", username: "mai_t" };
  const from = { id: 1000002, is_bot: false, first_name: "Mai", last_name: "Tran", username: "mai_t", language_code: "vi" };

  it("keeps of the entering update only what the replay reads: no name, username or words", () => {
    const pruned = pruneConversation(log({ update_id: 7, message: { message_id: 3, date: 1_796_416_596, chat, from, text: "help me please" } }));
    const text = JSON.stringify(pruned);
    for (const secret of ["Mai", "Tran", "mai_t", "help me", "language_code"]) expect(text).not.toContain(secret);
    expect(pruned.state.triage![0]!.replay.receive[0]!.returnValue).toEqual({ update_id: 7, message: { message_id: 3, date: 1_796_416_596, chat: { id: 1000002, type: "private" } } });
    // The rest of the log is untouched.
    expect(pruned.state.triage![0]!.replay.receive[1]).toEqual({ send: 1, returnValue: { ok: true, ret: "shown" } });
    expect(pruned.state.triage![0]!.replay.send).toHaveLength(3);
  });

  it("prunes a press that entered the conversation to its chat too", () => {
    const pruned = pruneConversation(log({ update_id: 8, callback_query: { id: "q1", chat_instance: "x", from, data: "f:passport:taken", message: { message_id: 4, date: 1, chat, text: "Where is your passport?" } } }));
    const value = pruned.state.triage![0]!.replay.receive[0]!.returnValue as { callback_query: Record<string, unknown> };
    expect(value.callback_query).toEqual({ id: "q1", chat_instance: "x", from: { id: 1000002, is_bot: false, first_name: "" }, message: { message_id: 4, date: 1, chat: { id: 1000002, type: "private" } } });
  });

  it("packs the log into arrays and reads it back as the plugin wrote it (pruned), and reads logs stored plain", () => {
    const plain = log({ update_id: 7, message: { message_id: 3, date: 1, chat, from, text: "hi" } });
    plain.state.triage![0]!.args = "[]";
    plain.state.triage![0]!.replay.send.push({ payload: "another" });
    const packed = JSON.parse(JSON.stringify(packConversation(plain)));
    expect(unpackConversation(packed)).toEqual(pruneConversation(plain));
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(pruneConversation(plain)).length * 0.8);
    expect(unpackConversation(JSON.parse(JSON.stringify(plain)))).toEqual(plain);
  });
});
