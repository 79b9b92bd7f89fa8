import type { Context } from "grammy";
import type { Translator } from "../i18n/translator.js";

/** How a typed word is compared with the exit words: case, trailing stops and composition aside. */
export function normalise(text: string): string {
  return text.normalize("NFC").trim().toLowerCase().replace(/[.!。！]+$/u, "");
}

/**
 * What these features handle, so a waiting flow conversation hands it on:
 * any command, an exit word, a language button. Pure, for replay.
 */
export function isPersonCommand(ctx: Context, translator: Translator): boolean {
  const text = ctx.message?.text;
  if (text !== undefined) return text.startsWith("/") || translator.exitWords().has(normalise(text));
  return ctx.callbackQuery?.data?.startsWith("lang:") ?? false;
}

/**
 * `/exit` or an exit word in any language. The word check is the one person
 * commands use (`isPersonCommand`: a text that is not a command but counts as
 * one is an exit word), so the gate, the error boundary and the command agree.
 */
export function isExitRequest(ctx: Context, translator: Translator): boolean {
  if (ctx.hasCommand("exit")) return true;
  const text = ctx.message?.text;
  return text !== undefined && !text.startsWith("/") && isPersonCommand(ctx, translator);
}
