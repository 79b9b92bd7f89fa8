import { conversations, createConversation, type Conversation, type ConversationData, type VersionedStateStorage } from "@grammyjs/conversations";
import { Composer, type Context } from "grammy";
import type { Pseudonymize } from "../../crypto/box.js";
import type { BotContext } from "../../transport/context.js";
import { decodePress } from "./callback-codec.js";
import type { FlowService, PersonView, StepInput } from "./service.js";

export const TRIAGE_CONVERSATION = "triage";

const MEDIA_KINDS = ["sticker", "voice", "video_note", "photo", "video", "animation", "document", "audio", "contact", "poll", "dice", "venue", "game", "story"] as const;

/** Reduces an update to the flow's input. Pure, so replaying it gives the same answer. */
export function toStepInput(ctx: Context): StepInput {
  if (ctx.callbackQuery) {
    const { data = "", id, message } = ctx.callbackQuery;
    const buttons = message && "reply_markup" in message ? (message.reply_markup?.inline_keyboard.flat() ?? []) : [];
    return {
      input: { type: "button", press: decodePress(data) },
      callbackQueryId: id,
      pressedMessageId: message?.message_id,
      buttonShown: buttons.some((b) => "callback_data" in b && b.callback_data === data),
    };
  }
  if (ctx.editedMessage) {
    // Every move of a live location arrives as an edit of the first pin.
    const { location, venue, message_id: messageId } = ctx.editedMessage;
    if (location && !venue) return { input: { type: "location", lat: location.latitude, lon: location.longitude }, messageId, edited: true };
    return { input: { type: "unsupported", kind: "edit" }, messageId, edited: true };
  }
  const message = ctx.message;
  if (!message) return { input: { type: "unsupported", kind: "other" } };
  if (message.location && !message.venue) {
    return { input: { type: "location", lat: message.location.latitude, lon: message.location.longitude }, messageId: message.message_id };
  }
  if (typeof message.text === "string") {
    return { input: { type: "text", text: message.text, lang: "" }, messageId: message.message_id };
  }
  const kind = MEDIA_KINDS.find((k) => message[k] !== undefined) ?? "other";
  return { input: { type: "unsupported", kind }, messageId: message.message_id };
}

/** The person as the middleware of the current update saw them (the outside context, not the replayed one). */
function viewOf(ctx: BotContext): PersonView {
  const { person, locale, prefs } = ctx.beacon;
  if (ctx.chatId === undefined || !person) throw new Error("flow update without a person chat");
  return { chatId: ctx.chatId, person, locale, discreet: prefs?.discreet ?? true };
}

/**
 * Binds the flow to @grammyjs/conversations with a bounded replay log: the
 * conversation shows one question, waits for one update, hands it to the
 * service, then rewinds to its top. The stored log never holds more than the
 * entering update and one wait, so each update costs the same at question 3
 * or 40.
 */
export function createFlowRunner(deps: {
  service: FlowService;
  storage: VersionedStateStorage<string, ConversationData>;
  pseudonymize: Pseudonymize;
  /** Updates the conversation must hand on to later features (commands, exit words, language buttons). */
  passThrough: (ctx: Context) => boolean;
}): {
  /**
   * `ctx.conversation`, the waiting conversation and the recovery of one an error dropped;
   * goes before any feature that enters or exits the flow.
   */
  conversations: Composer<BotContext>;
  /** Starts the flow for anything no earlier feature took; goes after the person's commands and the relay. */
  entry: Composer<BotContext>;
} {
  const { service } = deps;

  async function triage(conversation: Conversation<BotContext, Context>, ctx: Context) {
    if (ctx.chatId === undefined) return;
    const top = conversation.checkpoint();
    const shown = await conversation.external((outer) => service.show(viewOf(outer)));
    if (shown === "settled") return;
    const next = await conversation.waitFor(["message", "edited_message", "callback_query"]);
    // Skipping resets the replay to before this wait, so the log stays bounded.
    if (deps.passThrough(next)) await conversation.skip({ next: true });
    const step = toStepInput(next);
    const outcome = await conversation.external((outer) => service.handle(viewOf(outer), step));
    if (outcome === "continue") await conversation.rewind(top);
    // The flow is over without this update: the features after the conversation get it (the relay).
    if (outcome === "handover") await conversation.halt({ next: true });
  }

  const plugin = new Composer<BotContext>();
  const privateChats = plugin.chatType("private");
  privateChats.use(
    conversations<BotContext, Context>({
      storage: {
        type: "key",
        adapter: deps.storage,
        // The context middleware already took the HMAC of this chat; no second one per update.
        getStorageKey: (ctx) => (ctx.chatId === undefined ? undefined : (ctx.beacon?.person ?? deps.pseudonymize("chat", ctx.chatId))),
      },
    }),
  );
  privateChats.use(createConversation<BotContext, Context>(triage, { id: TRIAGE_CONVERSATION }));
  privateChats.on(["message", "callback_query"], async (ctx, next) => {
    // No conversation took this. If a triage is nevertheless part-way, its conversation was
    // dropped by an error (the plugin forgets a conversation that throws) and this is the
    // person's retry: take it as their answer, then wait again. Commands go on as usual.
    if (deps.passThrough(ctx) || ctx.conversation.active(TRIAGE_CONVERSATION) > 0) return next();
    const view = viewOf(ctx);
    if (!(await service.unfinished(view.person))) return next();
    const outcome = await service.handle(view, { ...toStepInput(ctx), afterError: true });
    if (outcome === "handover") return next();
    if (outcome === "continue") await ctx.conversation.enter(TRIAGE_CONVERSATION);
  });
  const entry = new Composer<BotContext>();
  const people = entry.chatType("private");
  people.on(["message", "callback_query"], async (ctx, next) => {
    // Only reached when no conversation took the update and no triage is part-way (the
    // recovery above resumes those): start one. An update the waiting conversation handed
    // on (an unknown command) goes on to the last feature.
    if (ctx.callbackQuery?.data?.startsWith("lang:") || (await ctx.conversation.active(TRIAGE_CONVERSATION)) > 0) return next();
    await ctx.conversation.enter(TRIAGE_CONVERSATION);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
  });
  return { conversations: plugin, entry };
}
