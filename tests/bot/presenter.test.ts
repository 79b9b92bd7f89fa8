import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPresenter } from "../../src/bot/presenter.js";
import type { Output } from "../../src/flow/types.js";
import { createBotApiEmulator, type BotApiEmulator } from "../../src/sandbox/emulator/index.js";
import { translator } from "../helpers/translator.js";

const TOKEN = "123456:TEST-token-for-the-local-emulator";
const question: Output[] = [{ type: "ask", node: "passport", lines: [{ verbatim: "Do you have your passport?" }], buttons: [[{ text: { verbatim: "Yes" }, press: { kind: "option", node: "passport", arg: "yes" } }]] }];

let emulator: BotApiEmulator;
let api: Api;
beforeAll(async () => {
  emulator = await createBotApiEmulator();
  api = new Api(TOKEN, { apiRoot: emulator.apiRoot });
});
afterAll(() => emulator.close());

describe("presenter: a replay after a crash", () => {
  it("finds the crashed run's copy of the question past the person's message instead of sending it again", async () => {
    const chat = { id: 5101, type: "private" as const };
    const from = { id: 5101, is_bot: false, first_name: "P" };
    emulator.registerChat(chat);
    const presenter = createPresenter({ api, translator });
    emulator.sendText(chat, from, "Kampot");
    const answer = emulator.messages(chat.id).at(-1)!.message_id;
    // The dead run sent the question; its id never reached Redis.
    const first = await presenter.present(chat.id, "en", question, undefined);
    const sends = emulator.calls("sendMessage").length;
    const again = await presenter.present(chat.id, "en", question, undefined, [], { adoptAfter: answer });
    expect(again.adoptedMessageId).toBe(first.askedMessageId);
    expect(again.askedMessageId).toBe(first.askedMessageId);
    expect(emulator.calls("sendMessage").length).toBe(sends);
    expect(emulator.messages(chat.id).filter((m) => m.from.is_bot)).toHaveLength(1);
  });

  it("sends the question when no message of ours is there (the person's own message refuses the edit)", async () => {
    const chat = { id: 5102, type: "private" as const };
    const from = { id: 5102, is_bot: false, first_name: "P" };
    emulator.registerChat(chat);
    const presenter = createPresenter({ api, translator });
    emulator.sendText(chat, from, "one");
    const answer = emulator.messages(chat.id).at(-1)!.message_id;
    emulator.sendText(chat, from, "two");
    const shown = await presenter.present(chat.id, "en", question, undefined, [], { adoptAfter: answer - 1 });
    expect(shown.adoptedMessageId).toBeUndefined();
    expect(emulator.messages(chat.id).filter((m) => m.from.is_bot).map((m) => m.message_id)).toEqual([shown.askedMessageId]);
    expect(emulator.messages(chat.id).filter((m) => !m.from.is_bot).map((m) => m.text)).toEqual(["one", "two"]);
  });
});
