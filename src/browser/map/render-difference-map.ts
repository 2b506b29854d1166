import type { ContractLayout } from "../../layout/layout-types.ts";
import { element } from "../element.ts";
import { drawHours } from "./draw-hours.ts";
import { drawRestoring } from "./draw-restoring.ts";
import { drawSpace } from "./draw-space.ts";
import { drawWeek } from "./draw-week.ts";
import { mapData } from "./map-data.ts";
import { mapKey } from "./map-key.ts";
import { mapTables } from "./map-tables.ts";

/** How a map is drawn. */
export interface DifferenceMapOptions {
  /** The page's language, for numbers, days and times. */
  language?: string;
  /** Starts the ids of its tables, unique on the page: "map" by default. */
  id?: string;
}

/**
 * The map of where two partners differ, drawn from a contract when the page renders:
 * four small pictures (time alone and rhythm, what recharges each, coming back after
 * asking for space against how long the other can wait, and the week on one grid
 * with its key), then the same in words as two tables. The pictures are one image to
 * assistive technology, named as such and pointing to the tables; every word a
 * person typed goes in as text. The contract view, the workbook's check view and the
 * renewal screen call it; the caller gives it a heading.
 */
export function renderDifferenceMap(layout: ContractLayout, contract: Record<string, unknown>, options: DifferenceMapOptions = {}): HTMLElement {
  const language = options.language ?? "en";
  const id = options.id ?? "map";
  const data = mapData(layout, contract);
  const panel = (title: string, ...body: Element[]) =>
    element("div", { className: body.length > 1 ? "map-panel map-panel-keyed" : "map-panel", children: [element("p", { className: "map-panel-title", children: [title] }), ...body] });
  return element("div", {
    className: "difference-map",
    children: [
      element("div", {
        className: "map-picture",
        attributes: { role: "img", "aria-label": "A picture of where your needs meet and differ. The two tables after it say the same in words." },
        children: [
          panel("Time alone each week", drawHours(data, language)),
          panel("What recharges you", drawRestoring(data)),
          panel("After asking for space", drawSpace(data)),
          panel("Your week", drawWeek(data, language), mapKey(data, language)),
        ],
      }),
      ...mapTables(data, language, id),
    ],
  });
}
