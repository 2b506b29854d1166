import { fitSentence, shortName } from "./fit-text.ts";
import type { MapData, MapSpaceTurn } from "./map-data.ts";
import { filledRect, PANEL_WIDTH, svgCanvas, svgLine, svgText, type Fill } from "./svg-parts.ts";

const TURN = 104;

/**
 * After one partner asks for space: how soon they come back, against how long the
 * other can comfortably wait, as two bars on the schema's scale (twenty minutes to
 * the next day). Where coming back takes longer than the wait, the stretch between
 * is marked with a bracket and said in words: a gap to talk about.
 */
export function drawSpace(data: MapData): SVGSVGElement {
  const { scale } = data.space;
  const step = PANEL_WIDTH / Math.max(1, scale.length);
  const parts: SVGElement[] = [];
  // The schema's own words: no isolation needed, so the PDF's text layer reads them plainly.
  const heads = scale.map((choice) => fitSentence(choice, step - 4, 10, 2));
  heads.forEach((lines, index) => parts.push(svgText(index * step + 2, 11, lines, { size: 10, className: "map-label map-scale" })));
  const top = 11 + Math.max(1, ...heads.map((lines) => lines.length)) * 12 + 4;
  data.space.turns.forEach((turn, index) => parts.push(...drawTurn(data, turn, top + index * TURN, step, scale.length)));
  return svgCanvas(top + 2 * TURN, parts);
}

function drawTurn(data: MapData, turn: MapSpaceTurn, top: number, step: number, steps: number): SVGElement[] {
  // Names are shortened, never the words after them: "… is back within the next day" must show.
  const away = shortName(data.names[turn.away], PANEL_WIDTH * 0.35, 11);
  const waiting = shortName(data.names[turn.waiting], PANEL_WIDTH * 0.35, 11);
  const end = (position: number) => (position + 1) * step - 3;
  const parts: SVGElement[] = [svgText(0, top + 12, fitSentence(`When ${shortName(data.names[turn.away], PANEL_WIDTH * 0.55, 12)} asks for space`, PANEL_WIDTH, 12), { size: 12, bold: true })];
  const row = (y: number, words: string, position: number | undefined, fill: Fill) => {
    parts.push(svgText(0, y, fitSentence(words, PANEL_WIDTH, 11), { size: 11, className: position === undefined ? "map-label map-missing" : "map-label" }));
    if (position === undefined) return;
    // The scale's steps as ticks along the bar's row only, never through the words above it.
    for (let index = 1; index < steps; index++) parts.push(svgLine(index * step, y + 3, index * step, y + 17, "map-grid"));
    parts.push(...filledRect(0, y + 4, end(position), 12, fill));
  };
  const back = turn.back === undefined ? undefined : data.space.scale[turn.back];
  const wait = turn.wait === undefined ? undefined : data.space.scale[turn.wait];
  row(top + 30, back ? `${away} is back within ${lowerFirst(back)}` : `${away}: back within, not answered yet`, turn.back, turn.away);
  row(top + 58, wait ? `${waiting} can wait ${lowerFirst(wait)}` : `${waiting}: can wait, not answered yet`, turn.wait, turn.waiting);
  if (turn.back !== undefined && turn.wait !== undefined) {
    if (turn.gap > 0) {
      // A bracket over the stretch where one is still away and the other has run out of waiting.
      const [from, to, y] = [end(turn.wait), end(turn.back), top + 80];
      parts.push(svgLine(from, y, to, y, "map-gap"), svgLine(from, y - 5, from, y + 1, "map-gap"), svgLine(to, y - 5, to, y + 1, "map-gap"));
      parts.push(svgText(0, top + 95, ["A gap to talk about"], { size: 11, bold: true, className: "map-label map-gap-label" }));
    } else {
      parts.push(svgText(0, top + 95, [`Fits: back before the wait gets hard`], { size: 11, className: "map-label" }));
    }
  }
  return parts;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
