import { formatTime, WEEKDAYS } from "../../agreement/format-time.ts";
import { fitSentence } from "./fit-text.ts";
import type { MapData } from "./map-data.ts";
import { mapFormats } from "./map-formats.ts";
import type { WeekItem } from "./map-week.ts";
import { filledRect, PANEL_WIDTH, svgCanvas, svgRect, svgText, type Fill } from "./svg-parts.ts";
import { svgElement } from "../element.ts";

const GUTTER = 40;
const HEAD = 20;
const COLUMN = (PANEL_WIDTH - GUTTER) / 7;

/** Which fill an item of the week takes: its partner's own, or the couple's. */
export function fillOf(item: WeekItem): Fill {
  return item.kind === "own" && item.partner ? item.partner : "shared";
}

/**
 * The couple's week on one grid, Monday to Sunday across and the hours down: each
 * partner's own time in their pattern, the rituals, the daily moment and the
 * check-in in the shared tint, every piece marked with the letter or number of the
 * key beside it (so long names, any script, stay readable there), things every two
 * weeks with a dashed edge, and times that overlap side by side.
 */
export function drawWeek(data: MapData, language: string): SVGSVGElement {
  const { week } = data;
  const hours = week.lastHour - week.firstHour;
  const hour = hours > 16 ? 14 : 17;
  const bottom = HEAD + hours * hour;
  const parts: SVGElement[] = [];
  const dayName = mapFormats(language).day;
  // The grid's lines as two paths (the hours, and every sixth hour stronger): a page lays out each element it is given.
  const grid: string[] = [`M${PANEL_WIDTH - 0.5} ${HEAD}V${bottom}`];
  const strong: string[] = [];
  WEEKDAYS.forEach((_, index) => {
    const x = GUTTER + index * COLUMN;
    // 1 January 2024 was a Monday.
    parts.push(svgText(x + COLUMN / 2, 13, fitSentence(dayName.format(new Date(Date.UTC(2024, 0, 1 + index))), COLUMN - 2, 11), { size: 11, bold: true, anchor: "middle" }));
    grid.push(`M${Math.round(x * 10) / 10} ${HEAD}V${bottom}`);
  });
  for (let at = week.firstHour; at <= week.lastHour; at++) {
    const y = HEAD + (at - week.firstHour) * hour;
    (at % 6 === 0 ? strong : grid).push(`M${GUTTER - 3} ${y}H${PANEL_WIDTH}`);
    if (at % 2 === 0) parts.push(svgText(GUTTER - 5, y + 3.5, [formatTime(`${String(at % 24).padStart(2, "0")}:00`, language)], { size: 9, anchor: "end", className: "map-label map-scale" }));
  }
  parts.push(svgElement("path", { className: "map-grid", attributes: { d: grid.join("") } }));
  if (strong.length) parts.push(svgElement("path", { className: "map-grid map-grid-strong", attributes: { d: strong.join("") } }));
  for (const slot of week.slots) {
    const item = week.items[slot.item] as WeekItem;
    const width = (COLUMN - 3) / slot.lanes;
    const x = GUTTER + slot.day * COLUMN + 1.5 + slot.lane * width;
    const y = HEAD + (slot.from / 60 - week.firstHour) * hour;
    const height = Math.max(((slot.to - slot.from) / 60) * hour, 11);
    const piece: SVGElement[] = filledRect(x, y, width - 1, height, fillOf(item), item.everyOtherWeek ? "map-slot map-slot-alternate" : "map-slot");
    const size = Math.min(10, width - 2, height - 1);
    if (size >= 6) {
      // The mark on a white chip, so it reads over hatching and dots alike.
      const chip = Math.max(size, (item.mark.length * size) / 1.6) + 2;
      piece.push(svgRect(x + (width - 1) / 2 - chip / 2, y + 0.5, chip, size + 2, "map-mark-chip"));
      piece.push(svgText(x + (width - 1) / 2, y + size + 0.5, [`\u2068${item.mark}\u2069`], { size, bold: true, anchor: "middle" }));
    }
    parts.push(...piece);
  }
  return svgCanvas(bottom + 2, parts);
}
