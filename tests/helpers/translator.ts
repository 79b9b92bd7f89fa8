import { join } from "node:path";
import { createTranslator } from "../../src/i18n/translator.js";

/** The project's own locales, as the app reads them. */
export const translator = createTranslator({ localesDir: join(import.meta.dirname, "../../locales") });
