import type { ContractLayout } from "../../layout/layout-types.ts";
import { element } from "../element.ts";
import type { DifferenceMapOptions } from "./render-difference-map.ts";

/**
 * The map of differences, from a chunk of its own loaded the first time it is drawn:
 * the workbook page's script is near its 40 KB budget, and the contract page keeps
 * its room too (README, "Budgets"). When the chunk cannot be loaded (offline before
 * it was ever cached) or the map cannot be drawn, a short note stands in its place,
 * so the rest of the page still shows.
 */
export async function loadDifferenceMap(layout: ContractLayout, contract: Record<string, unknown>, options: DifferenceMapOptions = {}): Promise<HTMLElement> {
  try {
    const { renderDifferenceMap } = await import("./render-difference-map.ts");
    return renderDifferenceMap(layout, contract, options);
  } catch (error) {
    return element("p", {
      className: "contract-note map-unavailable",
      children: [`The map of where you differ could not be drawn here (${(error as Error).message}). Reload the page to try again; your answers are all in the list.`],
    });
  }
}
