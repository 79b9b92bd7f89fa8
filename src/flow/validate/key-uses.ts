import type { KeyUse } from "../../i18n/check.js";
import { optionsOf, type FlowContext } from "./context.js";

/** Every locale key the flow shows, with the line of its use (for `missing_locale_key`). */
export function keyUsesOf({ flow, flowSource }: FlowContext): KeyUse[] {
  const uses: KeyUse[] = [];
  const add = (key: string, path: (string | number)[], button: boolean) => {
    uses.push({ key, file: flowSource.file, ...flowSource.at(path), button });
  };
  for (const [id, node] of Object.entries(flow.nodes)) {
    if (node.type === "file_case") continue;
    add(node.ask, ["nodes", id, "ask"], false);
    if (node.hint) add(node.hint, ["nodes", id, "hint"], false);
    optionsOf(node).forEach((option, i) => add(option.label, ["nodes", id, "options", i, "label"], true));
    if (node.type === "confirm") {
      add(node.confirmLabel, ["nodes", id, "confirmLabel"], true);
      add(node.editLabel, ["nodes", id, "editLabel"], true);
    }
  }
  return uses;
}
