import type { LocaleSet } from "../../i18n/locale-set.js";
import type { Compounds } from "../schema.js";
import type { Problem } from "./problem.js";
import type { YamlSource } from "./source.js";

/**
 * Every known compound needs a name in every language the bot speaks: a
 * missing one falls back to English, and a person reading Chinese meets a
 * list of English buttons at the question where a wrong pick sends rescuers
 * to the wrong building. Repeating the Latin name for a language is fine when
 * that is what people there call the place; leaving it out is not.
 */
export function compoundNameMissing(compounds: { data: Compounds; source: YamlSource }, locales: LocaleSet): Problem[] {
  const languages = [...locales.files.keys()].sort();
  return compounds.data.compounds.flatMap((compound, i) => {
    const missing = languages.filter((l) => !Object.hasOwn(compound.names, l));
    if (missing.length === 0) return [];
    return [
      compounds.source.problem(
        "compound_name_missing",
        ["compounds", i, "names"],
        `compound "${compound.id}" has no name in ${missing.join(", ")}, so people reading ${missing.length === 1 ? "that language" : "those languages"} would see its English name`,
        `add ${missing.map((l) => `"${l}: …"`).join(", ")} under its names; where people there use the Latin name, write that`,
      ),
    ];
  });
}
