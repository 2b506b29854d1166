import type { Partner } from "../../layout/contract-names.ts";
import { element } from "../element.ts";
import { typedText } from "../contract/typed-text.ts";
import type { WeekItem } from "./map-week.ts";

/**
 * What an item of the week is called, for the key and the table: a ritual's name as
 * typed text in its own direction; a partner's own time as their name (isolated,
 * so an Arabic name does not turn the English around it) followed by "’s own time".
 */
export function itemLabel(item: WeekItem, names: Record<Partner, string>): HTMLElement {
  if (item.kind !== "own" || !item.partner) return typedText(item.label, "map-key-label");
  return element("span", { className: "map-key-label", children: [typedText(names[item.partner], "map-name"), "’s own time"] });
}
