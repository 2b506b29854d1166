import { element, svgElement } from "../element.ts";
import { describeWhen } from "./describe-when.ts";
import { fillOf } from "./draw-week.ts";
import type { MapData } from "./map-data.ts";
import { itemLabel } from "./item-label.ts";
import type { WeekItem } from "./map-week.ts";
import { filledRect } from "./svg-parts.ts";

/**
 * The key of the week grid, as a list beside it: each mark, its swatch and its full
 * name (wrapping, in its own direction), and when it happens; then what is not on
 * the weekly grid (monthly rituals, those without days or a time).
 */
export function mapKey(data: MapData, language: string): HTMLElement {
  const { week } = data;
  const onGrid = new Set(week.slots.map((slot) => slot.item));
  const entry = (item: WeekItem) => {
    const swatch = svgElement("svg", {
      className: "map-swatch",
      attributes: { viewBox: "0 0 16 16", "aria-hidden": "true", focusable: "false" },
      children: filledRect(0.5, 0.5, 15, 15, fillOf(item), item.everyOtherWeek ? "map-slot map-slot-alternate" : "map-slot"),
    });
    return element("li", {
      children: [
        swatch,
        element("span", { className: "map-key-mark", attributes: { dir: "auto" }, children: [item.mark] }),
        " ",
        itemLabel(item, data.names),
        element("span", { className: "map-key-when", children: [describeWhen(item, language)] }),
      ],
    });
  };
  const shown = week.items.filter((_, index) => onGrid.has(index));
  const beside = week.beside.map((index) => week.items[index] as WeekItem);
  return element("div", {
    className: "map-key",
    children: [
      element("ul", { className: "map-key-list", children: shown.map(entry) }),
      ...(beside.length
        ? [element("p", { className: "map-key-title", children: ["Not on the weekly grid"] }), element("ul", { className: "map-key-list", children: beside.map(entry) })]
        : []),
    ],
  });
}
