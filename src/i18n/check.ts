import { didYouMean, type Problem } from "../flow/validate/problem.js";
import { messageText, type LocaleFile, type LocaleSet } from "./locale-set.js";
import { neutralWordIn, type NeutralWords } from "./neutral-words.js";

export interface KeyUse {
  key: string;
  file: string;
  line: number;
  col: number;
  /** Shown on a button, so it must stay short. */
  button: boolean;
}

/** Longest button text that still fits two buttons a row on a phone. */
export const MAX_BUTTON_CHARS = 40;

export function checkKeyUses(set: LocaleSet, uses: readonly KeyUse[]): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const use of uses) {
    for (const file of set.files.values()) {
      const message = file.messages.get(use.key);
      const once = `${file.locale}\0${use.key}`;
      if (reported.has(once)) continue;
      reported.add(once);
      if (!message) {
        problems.push({
          file: use.file,
          line: use.line,
          col: use.col,
          rule: "missing_locale_key",
          message: `the text "${use.key}" is missing in ${file.file}`,
          ...hintFor(use.key, file),
        });
        continue;
      }
      for (const variable of message.variables) {
        problems.push({
          file: file.file,
          line: message.line,
          col: message.col,
          rule: "unknown_variable",
          message: `the text "${use.key}" uses { $${variable} }, but flow texts are shown without any values`,
          hint: `remove { $${variable} }`,
        });
      }
    }
  }
  for (const use of uses) {
    if (!use.button) continue;
    for (const file of set.files.values()) {
      const once = `button\0${file.locale}\0${use.key}`;
      if (reported.has(once)) continue;
      reported.add(once);
      const problem = buttonTooLong(set, file, use.key);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** A button label longer than a phone shows on one line, at the text's own line. */
function buttonTooLong(set: LocaleSet, file: LocaleFile, key: string): Problem | undefined {
  const message = file.messages.get(key);
  const text = messageText(set, file.locale, key);
  if (!message || text === undefined) return undefined;
  const length = [...text].length;
  if (length <= MAX_BUTTON_CHARS) return undefined;
  return {
    file: file.file,
    line: message.line,
    col: message.col,
    rule: "button_label_too_long",
    message: `the button text "${key}" is ${length} characters long; keep it to ${MAX_BUTTON_CHARS} so it fits on a phone screen`,
  };
}

/** `button_label_too_long` for texts the code (not a flow) puts on buttons. */
function checkCodeButtons(set: LocaleSet, keys: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const key of keys) {
    for (const file of set.files.values()) {
      const problem = buttonTooLong(set, file, key);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

function hintFor(key: string, file: LocaleFile): { hint?: string } {
  const hint = didYouMean(key, file.messages.keys());
  return hint ? { hint } : {};
}

/**
 * Checks the locale files as a whole, after every flow was read: code keys
 * exist everywhere with only the variables code passes, and every defined
 * text is used by something (`unused_locale_key`).
 *
 * `uses` is every flow's key uses; pass `checkUnused: false` when a flow could
 * not be read, since its keys are then unknown and would look unused.
 */
export function checkCatalog(
  set: LocaleSet,
  options: {
    uses: readonly KeyUse[];
    codeKeys: Record<string, readonly string[]>;
    optionalKeys?: readonly string[];
    checkUnused?: boolean;
    /** Code keys shown on buttons (src/i18n/catalog.ts `isCodeButtonKey`), held to {@link MAX_BUTTON_CHARS}. */
    buttonKeys?: readonly string[];
  },
): Problem[] {
  const problems: Problem[] = [...checkCodeButtons(set, options.buttonKeys ?? [])];
  const { codeKeys } = options;
  for (const file of set.files.values()) {
    for (const [key, allowed] of Object.entries(codeKeys)) {
      const message = file.messages.get(key);
      if (!message) {
        problems.push({
          file: file.file,
          line: 1,
          col: 1,
          rule: "missing_locale_key",
          message: `the text "${key}" is missing in ${file.file} (the bot itself uses it)`,
        });
        continue;
      }
      for (const variable of message.variables) {
        if (allowed.includes(variable)) continue;
        const given = allowed.length ? `only { ${allowed.map((v) => `$${v}`).join(" } { ")} }` : "no values";
        problems.push({
          file: file.file,
          line: message.line,
          col: message.col,
          rule: "unknown_variable",
          message: `the text "${key}" uses { $${variable} }, but the bot gives it ${given}`,
          ...(didYouMean(variable, allowed) ? { hint: `${didYouMean(variable, allowed)}` } : {}),
        });
      }
    }
  }
  if (options.checkUnused === false) return problems;
  const used = new Set([...options.uses.map((u) => u.key), ...Object.keys(codeKeys), ...(options.optionalKeys ?? [])]);
  // A used text that pulls in `{ other-key }` makes that one used too.
  for (let grew = true; grew; ) {
    grew = false;
    for (const file of set.files.values()) {
      for (const [key, message] of file.messages) {
        if (!used.has(key)) continue;
        for (const ref of message.references) {
          if (used.has(ref)) continue;
          used.add(ref);
          grew = true;
        }
      }
    }
  }
  for (const file of set.files.values()) {
    for (const [key, message] of file.messages) {
      if (used.has(key)) continue;
      problems.push({
        file: file.file,
        line: message.line,
        col: message.col,
        rule: "unused_locale_key",
        message: `the text "${key}" is not used by any flow or by the bot`,
        hint: "remove it, or use it in a flow",
      });
    }
  }
  return problems;
}


/**
 * `neutral_word_on_screen`: a text that stays on screen after filing (the
 * closing text of an end that files a case, and the file's `keys`) must not
 * show a case reference or any word of its locale's list: a captor reading
 * the phone must see nothing of a report. Every locale file needs a list.
 */
export function checkNeutralTexts(set: LocaleSet, neutral: NeutralWords, closingKeys: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const keys = [...new Set([...closingKeys, ...neutral.keys])];
  for (const file of set.files.values()) {
    const words = neutral.words[file.locale];
    if (!words) {
      problems.push({ file: neutral.file, line: 1, col: 1, rule: "neutral_word_on_screen", message: `no words are listed for ${file.file}, so its texts left on screen after filing cannot be checked`, hint: `add "${file.locale}: [...]" under words` });
      continue;
    }
    for (const key of keys) {
      const message = file.messages.get(key);
      const text = messageText(set, file.locale, key);
      if (!message || text === undefined) continue;
      const at = { file: file.file, line: message.line, col: message.col, rule: "neutral_word_on_screen" as const };
      if (message.variables.includes("ref")) {
        problems.push({ ...at, message: `the text "${key}" stays on screen after filing, but shows the case reference { $ref }`, hint: "the reference is shown only on /ref" });
      }
      const word = neutralWordIn(text, words, file.locale);
      if (word) {
        problems.push({ ...at, message: `the text "${key}" stays on screen after filing, but says "${word}"`, hint: `a phone read by a captor must show nothing of a report: use none of the words in ${neutral.file}` });
      }
    }
  }
  return problems;
}
