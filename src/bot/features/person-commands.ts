import { Composer, InlineKeyboard, type Context } from "grammy";
import { decodePress } from "../flow/callback-codec.js";
import type { FlowService } from "../flow/service.js";
import type { Translator } from "../../i18n/translator.js";
import type { QuickExit } from "./quick-exit.js";
import type { BotContext } from "../../transport/context.js";
import type { PrefsStore } from "../../person/prefs.js";
import { TRIAGE_CONVERSATION } from "../flow/runner.js";
import type { CaseEraser } from "../../cases/ports.js";
import { normalise } from "../person-input.js";


export interface PersonCommandsDependencies {
  translator: Translator;
  prefs: PrefsStore;
  service: FlowService;
  quickExit: QuickExit;
  eraser: CaseEraser;
  /** The person's live case, if any. */
  caseOfPerson: (person: string) => Promise<string | undefined>;
  /** Has the message showing the reference deleted a little later (a timer that survives a restart). */
  showReference: (entry: { chatId: number; person: string; messageId: number }) => Promise<void>;
}

/** The language picker: each language named in its own script. */
export function languageKeyboard(translator: Translator): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  translator.locales.forEach((locale, i) => {
    keyboard.text(translator.t(locale, "language-name"), `lang:${locale}`);
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}



/**
 * What `/start` does (and the cover passphrase, `welcome` then on): the
 * welcome when asked for, then an unfinished triage resumes at its question;
 * someone whose report is already with the team is told so (and /new starts
 * another), rather than being asked everything again.
 */
export function hotlineOpener(deps: Pick<PersonCommandsDependencies, "translator" | "service" | "caseOfPerson">) {
  const { translator, service } = deps;
  return async (ctx: BotContext, welcome: boolean): Promise<void> => {
    const person = ctx.beacon.person ?? "";
    if (welcome) await ctx.reply(translator.t(ctx.beacon.locale, "welcome"), { reply_markup: languageKeyboard(translator) });
    const caseId = (await service.unfinished(person)) ? undefined : await deps.caseOfPerson(person);
    if (caseId) {
      await ctx.reply(translator.t(ctx.beacon.locale, "case-open-info"));
      return;
    }
    await service.reshow(person, ctx.chat?.id);
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(TRIAGE_CONVERSATION);
  };
}

/**
 * What a person can do at any moment, before the flow sees the update:
 * quick exit (/exit or an exit word), /erase, /discreet, /language, /start, /new, /ref, /help.
 */
export function createPersonCommands(deps: PersonCommandsDependencies): Composer<BotContext> {
  const { translator, prefs, service, quickExit } = deps;
  const composer = new Composer<BotContext>();
  const people = composer.chatType("private");

  /** The person's live case when no triage of theirs is part-way (a /new report would own their updates). */
  const reportWithTeam = async (person: string): Promise<string | undefined> =>
    (await service.unfinished(person)) ? undefined : deps.caseOfPerson(person);

  const exit = async (ctx: BotContext) => {
    const person = ctx.beacon.person;
    if (!person || ctx.chatId === undefined) return;
    await ctx.conversation.exitAll();
    await quickExit.wipe(ctx.chatId, person);
    ctx.beacon.compactAfter = true;
  };

  people.command("exit", exit);
  people.on("message:text", async (ctx, next) => {
    if (translator.exitWords().has(normalise(ctx.message.text))) return exit(ctx);
    await next();
  });

  people.command("erase", async (ctx) => {
    const person = ctx.beacon.person;
    if (!person) return;
    await ctx.conversation.exitAll();
    const erased = await deps.eraser.eraseForPerson(person);
    await quickExit.wipe(ctx.chat.id, person);
    // Their language and last-message time are about them too.
    await prefs.clear(person);
    ctx.beacon.compactAfter = true;
    ctx.beacon.logger.info({ erased: Boolean(erased) }, "erase requested");
    // One short line so the person knows it worked; it says nothing about what was erased.
    await ctx.reply(translator.t(ctx.beacon.locale, "erase-done"));
  });

  people.command("discreet", async (ctx) => {
    const person = ctx.beacon.person;
    if (!person) return;
    const current = await prefs.get(person);
    await prefs.set(person, { discreet: !current.discreet });
    await ctx.reply(translator.t(ctx.beacon.locale, current.discreet ? "discreet-off" : "discreet-on"));
  });

  people.command("language", async (ctx) => {
    await ctx.reply(translator.t(ctx.beacon.locale, "language-pick"), { reply_markup: languageKeyboard(translator) });
  });

  people.callbackQuery(/^lang:(.+)$/, async (ctx) => {
    const locale = ctx.match[1] ?? "";
    const person = ctx.beacon.person;
    await ctx.answerCallbackQuery().catch(() => undefined);
    if (!person || !translator.locales.includes(locale)) return;
    await prefs.set(person, { lang: locale });
    ctx.beacon.locale = locale;
    await ctx.deleteMessage().catch(() => undefined);
    // A report already with the team: the language is all that changes (no new triage), said in it.
    const caseId = await reportWithTeam(person);
    if (caseId) {
      await ctx.reply(translator.t(locale, "case-open-info"));
      return;
    }
    // Answers are kept; the current question is shown again in the new language.
    await service.reshow(person, ctx.chat?.id);
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(TRIAGE_CONVERSATION);
  });

  // A triage button no conversation took, while the report is with the team (an old
  // question, the summary's "send" again): a quiet word on the button, and no new triage.
  people.on("callback_query:data", async (ctx, next) => {
    const person = ctx.beacon.person;
    if (!person || !(await reportWithTeam(person))) return next();
    await ctx.answerCallbackQuery({ text: translator.t(ctx.beacon.locale, "reask-stale-button") }).catch(() => undefined);
    // A triage question still on screen after the report went in: a crash took its delete and
    // its id with it (the beacon kill drill: the person kept pressing it). Discreet mode wants it gone;
    // deleteMessages skips a message already gone.
    const pressed = ctx.callbackQuery.message?.message_id;
    if (pressed !== undefined && (ctx.beacon.prefs?.discreet ?? true) && decodePress(ctx.callbackQuery.data)) {
      await ctx.api.deleteMessages(ctx.chat.id, [pressed]).catch(() => undefined);
    }
  });

  // The reference only on request: it names a case, so it is never left on screen unasked.
  people.command("ref", async (ctx, next) => {
    const person = ctx.beacon.person ?? "";
    const caseId = await deps.caseOfPerson(person);
    if (!caseId) return next();
    // The asking goes at once; the answer after a minute, long enough to note it down.
    await ctx.api.deleteMessages(ctx.chat.id, [ctx.message.message_id]).catch(() => undefined);
    const shown = await ctx.reply(translator.t(ctx.beacon.locale, "case-reference", { ref: caseId }));
    await deps.showReference({ chatId: ctx.chat.id, person, messageId: shown.message_id });
  });

  people.command("help", async (ctx) => {
    await ctx.reply(translator.t(ctx.beacon.locale, "help-text"));
  });

  people.command("new", async (ctx) => {
    await ctx.conversation.exitAll();
    await service.restart(ctx.beacon.person ?? "", ctx.chat.id);
    await ctx.conversation.enter(TRIAGE_CONVERSATION);
  });

  const open = hotlineOpener(deps);
  people.command("start", (ctx) => open(ctx, ctx.beacon.firstContact));

  people.on("message", async (ctx, next) => {
    if (ctx.beacon.firstContact) {
      await ctx.reply(translator.t(ctx.beacon.locale, "welcome"), { reply_markup: languageKeyboard(translator) });
    }
    await next();
  });

  return composer;
}
