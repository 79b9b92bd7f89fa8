import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCoverContent } from "../../src/i18n/cover.js";
import { caseIdOfUser } from "../helpers/cases.js";
import { randomUserId, startHarness, type Harness, type Person } from "../helpers/harness.js";
import { translator } from "../helpers/translator.js";
import { completeTriage } from "../helpers/triage-path.js";

/** Issue 13, cover mode: without the passphrase the bot is a recipe service, and nothing shows the hotline. */

const content = loadCoverContent(join(import.meta.dirname, "../../locales/cover"));
const COVER = { COVER_MODE: "recipes", COVER_PASSPHRASES: "Mango Sticky Rice, cơm chiên trứng" };

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** Every text the bot has on screen is a cover item of the locale, with no button. */
function onlyCover(person: Person, locale: string) {
  const items = new Set(content.items(locale, "recipes"));
  const shown = person.botMessages();
  expect(shown.length).toBeGreaterThan(0);
  for (const m of shown) {
    expect(items.has(m.text ?? ""), `not a cover item: ${m.text?.slice(0, 60)}`).toBe(true);
    expect(m.reply_markup).toBeUndefined();
  }
}

describe("cover mode", () => {
  it("without the passphrase, /start, words, commands and old buttons get only cover content", async () => {
    const h = (harness = await startHarness({ env: COVER }));
    const person = h.person({ id: randomUserId() });
    await person.send("/start");
    await person.send("hello, is this the help line?");
    await person.send("/help");
    await person.send("/new");
    await person.press(person.botMessages().at(-1)!.message_id, "f:safe_now:yes");
    onlyCover(person, "en");
    // Nothing of the hotline anywhere the person could read it.
    const hotline = ["welcome", "q-safe-now", "help-text", "language-pick"].map((k) => translator.t("en", k));
    for (const m of person.botMessages()) for (const text of hotline) expect(m.text).not.toBe(text);
    expect(await caseIdOfUser(h, person.from.id)).toBeUndefined();
  });

  it("the passphrase, typed loosely, opens the hotline and the triage runs; the exit word leaves only cover content", async () => {
    const h = (harness = await startHarness({ env: COVER }));
    const person = h.person({ id: randomUserId() });
    await person.send("/start");
    await completeTriage(person, { start: "  mango STICKY-rice " });
    expect(await caseIdOfUser(h, person.from.id)).toBeDefined();
    expect(person.messages().some((m) => m.text?.includes("STICKY"))).toBe(false);

    await person.send("exit");
    onlyCover(person, "en");
    // Closed again: /start is a recipe.
    await person.send("/start");
    onlyCover(person, "en");
  });

  it("speaks the person's language, and a passphrase in another language works without its accents", async () => {
    const h = (harness = await startHarness({ env: COVER }));
    const person = h.person({ id: randomUserId(), language_code: "vi" });
    await person.send("/start");
    onlyCover(person, "vi");
    await person.send("Com Chien Trung");
    expect(person.lastQuestion()?.text).toContain(translator.t("vi", "q-safe-now"));
  });
});
