import { fitSentence, fitText, shortName } from "./fit-text.ts";
import type { MapData } from "./map-data.ts";
import { filledRect, PANEL_WIDTH, svgCanvas, svgRect, svgText } from "./svg-parts.ts";

const COLUMN = PANEL_WIDTH / 3;
const SIZE = 11;
const LINE = 14;

/**
 * What recharges each partner, in three columns like two overlapping circles: only
 * the first partner, both (on a tinted ground), only the second. Long activities
 * wrap to two lines; a partner who chose nothing is "not answered yet".
 */
export function drawRestoring(data: MapData): SVGSVGElement {
  const { restoring, names } = data;
  const columns: { title: string; items: string[]; missing: boolean }[] = [
    { title: `Only ${shortName(names.a, COLUMN - 12, 12)}`, items: restoring.only.a, missing: !restoring.answered.a },
    { title: "Both of you", items: restoring.both, missing: false },
    { title: `Only ${shortName(names.b, COLUMN - 12, 12)}`, items: restoring.only.b, missing: !restoring.answered.b },
  ];
  const heads = columns.map((column) => fitSentence(column.title, COLUMN - 10, 12, 2));
  const headHeight = Math.max(...heads.map((lines) => lines.length)) * 15 + 8;
  const parts: SVGElement[] = [];
  let bottom = 0;
  columns.forEach((column, index) => {
    const x = index * COLUMN + 5;
    parts.push(svgText(x, 14, heads[index] as string[], { size: 12, bold: true }));
    let y = headHeight + 12;
    const items = column.missing ? ["not answered yet"] : column.items.length ? column.items : ["none"];
    for (const item of items) {
      const lines = fitText(item, COLUMN - 18, SIZE, 2);
      const quiet = column.missing || !column.items.length;
      if (!quiet) parts.push(...filledRect(x, y - 8, 7, 7, index === 1 ? "shared" : index === 0 ? "a" : "b"));
      parts.push(svgText(quiet ? x : x + 10, y, lines, { size: SIZE, className: quiet ? "map-label map-missing" : "map-label" }));
      y += lines.length * LINE + 5;
    }
    bottom = Math.max(bottom, y);
  });
  // The middle column's ground: what the two share stands out without colour.
  parts.unshift(svgRect(COLUMN, 0, COLUMN, bottom + 4, "map-fill-shared-ground map-both-ground"));
  return svgCanvas(bottom + 6, parts);
}
