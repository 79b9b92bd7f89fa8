/**
 * Every rule `flows:check` applies, with what it protects against. Rule ids
 * are stable: tests, fixtures (`tests/fixtures/broken-flows/<rule>/`) and
 * anyone filtering output rely on them.
 */
export const RULES = {
  yaml_syntax: "the file is not valid YAML (indentation, quotes, colons)",
  schema: "a setting is missing, misspelled or has the wrong kind of value",
  unknown_start: "`start` names a step that does not exist",
  unknown_goto: "`next` / `goto` names a step that does not exist",
  unknown_when: "a route's `when` is neither an option of the step nor a flag its options set",
  unknown_parent: "a place step's `parent` names a step that does not exist",
  parent_type: "a place step's `parent` is not a place step",
  missing_default_route: "a list of routes has no default and some answer matches none of them",
  unreachable_node: "no path from the start leads to this step",
  no_path_to_end: "from this step the person can never reach an end step",
  duplicate_option_id: "two options of one step share an id",
  unknown_flag: "scoring names a flag no option sets",
  unknown_place_data: "a place step needs a places/compounds file the flow does not have",
  duplicate_place_id: "two countries, provinces or compounds share an id",
  unknown_province: "a compound's `province` is not in the places file",
  compound_name_missing: "a known compound has no name in one of the languages the bot speaks",
  missing_locale_key: "a text is missing in a language file",
  unused_locale_key: "a language file defines a text nothing uses",
  fluent_syntax: "a language file has a line Fluent cannot read",
  unknown_variable: "a text uses a `{ $variable }` the bot never gives it",
  callback_data_too_long: "a button's data would be over the channel's limit (Telegram: 64 bytes)",
  button_label_too_long: "a button text is too long to fit on a phone",
  locale_missing_header: "a language file does not start with its `# review: …` line",
  message_too_long: "a text, filled with the longest values it can get, is over Telegram's 4096 characters",
  core_fact_not_asked: "a way to a `file_case` step does not ask one of its `core` facts first",
  filing_skipped: "a way to an end that creates a case does not pass the flow's `file_case` step",
  neutral_word_on_screen: "a text left on screen after filing shows the case reference or a word a captor could read as a report (locales/neutral-words.yaml)",
  glossary_term_missing: "a translation lacks the word a reviewer approved for a term its English uses (locales/glossary.yaml)",
} as const satisfies Record<string, string>;

/** Id of one validation rule. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in the order above. */
export const ruleIds = Object.keys(RULES) as RuleId[];
