import { PARTNERS } from "../../layout/contract-names.ts";
import { fitSentence, fitText, shortName } from "./fit-text.ts";
import type { MapData } from "./map-data.ts";
import { mapFormats } from "./map-formats.ts";
import { filledRect, PANEL_WIDTH, svgCanvas, svgLine, svgText } from "./svg-parts.ts";

const BAR = PANEL_WIDTH - 80;
const ROW = 66;

/**
 * Hours alone each partner wants a week, as two bars on one scale, each with the
 * number written at its end and the partner's rhythm under it; a partner who has not
 * answered gets words, not an empty bar.
 */
export function drawHours(data: MapData, language: string): SVGSVGElement {
  const { values, scaleMax } = data.hours;
  const { number } = mapFormats(language);
  const parts: SVGElement[] = [];
  PARTNERS.forEach((partner, index) => {
    const top = 16 + index * ROW;
    const value = values[partner];
    parts.push(svgText(0, top, fitText(data.names[partner], PANEL_WIDTH, 13), { size: 13, bold: true }));
    if (value === undefined) {
      parts.push(svgText(0, top + 22, ["hours alone: not answered yet"], { size: 12, className: "map-label map-missing" }));
    } else {
      const width = (value / scaleMax) * BAR;
      parts.push(...filledRect(0, top + 8, Math.max(width, 2), 20, partner));
      parts.push(svgText(Math.max(width, 2) + 6, top + 23, [`${number.format(value)} h`], { size: 12, bold: true }));
    }
    const rhythm = data.rhythm[partner];
    parts.push(svgText(0, top + 44, fitText(`Rhythm: ${rhythm ?? "not answered yet"}`, PANEL_WIDTH, 11), { size: 11, className: rhythm ? "map-label" : "map-label map-missing" }));
  });
  const axis = 16 + 2 * ROW - 6;
  parts.push(svgLine(0, axis, BAR, axis, "map-axis"));
  for (const tick of [0, scaleMax / 2, scaleMax]) {
    const x = (tick / scaleMax) * BAR;
    parts.push(svgLine(x, axis, x, axis + 5, "map-axis"));
    parts.push(svgText(x, axis + 17, [tick === scaleMax ? `${number.format(tick)} h a week` : number.format(tick)], { size: 10, anchor: tick === 0 ? "start" : tick === scaleMax ? "end" : "middle", className: "map-label map-scale" }));
  }
  parts.push(svgText(0, axis + 38, fitSentence(hoursSummary(data, language, (name) => shortName(name, PANEL_WIDTH * 0.45, 12)), PANEL_WIDTH, 12, 2), { size: 12, bold: true }));
  return svgCanvas(axis + 56, parts);
}

/** How the two amounts compare, in one sentence: "Maya Okafor wants 3.5 hours more a week". */
export function hoursSummary(data: MapData, language: string, nameOf = (name: string) => name): string {
  const { a, b } = data.hours.values;
  if (a === undefined || b === undefined) return "Compare once you have both answered.";
  if (a === b) return "You want the same time alone.";
  const more = a > b ? "a" : "b";
  const difference = Math.abs(a - b);
  const number = mapFormats(language).number.format(difference);
  return `${nameOf(data.names[more])} wants ${number} ${difference === 1 ? "hour" : "hours"} more a week.`;
}
