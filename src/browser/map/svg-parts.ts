import { svgElement } from "../element.ts";
import type { Partner } from "../../layout/contract-names.ts";

/** The width every panel of the map is drawn at, in its own units: about a phone's width, so its text keeps its size there. */
export const PANEL_WIDTH = 320;

/** A panel's SVG: scales with the page (its viewBox), hidden from assistive technology (the tables say the same in words). */
export function svgCanvas(height: number, children: SVGElement[]): SVGSVGElement {
  return svgElement("svg", {
    className: "map-svg",
    attributes: { viewBox: `0 0 ${PANEL_WIDTH} ${Math.ceil(height)}`, "aria-hidden": "true", focusable: "false" },
    children,
  });
}

/** Lines of text from (x, y), one under the other; strings only, as text nodes. */
export function svgText(x: number, y: number, lines: readonly string[], options: { size?: number; bold?: boolean; anchor?: "start" | "middle" | "end"; className?: string } = {}): SVGTextElement {
  const size = options.size ?? 12;
  return svgElement("text", {
    className: options.className ?? "map-label",
    attributes: {
      x: String(x),
      y: String(y),
      "font-size": String(size),
      ...(options.bold ? { "font-weight": "700" } : {}),
      ...(options.anchor && options.anchor !== "start" ? { "text-anchor": options.anchor } : {}),
    },
    children: lines.map((line, index) =>
      svgElement("tspan", { attributes: { x: String(x), ...(index ? { dy: String(Math.round(size * 1.25)) } : {}) }, children: isolatedRuns(line) }),
    ),
  });
}

/** Text between U+2068 and U+2069 (fitText's marks of typed text). */
const ISOLATED = /\u2068([^\u2069]*)\u2069/g;

/**
 * A line's text, its typed runs as isolated tspans: an Arabic name keeps its own
 * order and does not turn the English around it. No `direction` is set on a run:
 * Chromium then anchors the whole line from its other end, out of the picture; an
 * isolated run of right-to-left letters reads right to left all the same. The marks
 * themselves never reach the page, which holds no direction control as a character
 * (see visible-controls.ts).
 */
export function isolatedRuns(line: string): (SVGTSpanElement | string)[] {
  const runs: (SVGTSpanElement | string)[] = [];
  let last = 0;
  for (const match of line.matchAll(ISOLATED)) {
    if (match.index > last) runs.push(line.slice(last, match.index));
    runs.push(svgElement("tspan", { attributes: { "unicode-bidi": "isolate" }, children: [match[1] as string] }));
    last = match.index + match[0].length;
  }
  if (last < line.length) runs.push(line.slice(last).replace(/[\u2068\u2069]/g, ""));
  return runs;
}

/** A rectangle, filled with a pattern (`url(#…)`) or by its class. */
export function svgRect(x: number, y: number, width: number, height: number, className: string, fill?: string): SVGRectElement {
  return svgElement("rect", {
    className,
    attributes: { x: fixed(x), y: fixed(y), width: fixed(Math.max(0, width)), height: fixed(Math.max(0, height)), ...(fill ? { fill } : {}) },
  });
}

/** A straight line, styled by its class. */
export function svgLine(x1: number, y1: number, x2: number, y2: number, className: string): SVGLineElement {
  return svgElement("line", { className, attributes: { x1: fixed(x1), y1: fixed(y1), x2: fixed(x2), y2: fixed(y2) } });
}

function fixed(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The fills of the map, each readable in black and white: each partner's own, and the couple's together. */
export type Fill = Partner | "shared";

const TILE = 7;

/**
 * A shape filled the map's way: its ground, then diagonal hatching (the first
 * partner) or dots (the second) drawn as one path of plain lines and circles, the
 * couple's shared time a plain tint, with its outline. Drawn as geometry rather than
 * an SVG pattern, which Chromium prints into a PDF as a large picture (half a
 * megabyte a shape) instead of lines.
 */
export function filledRect(x: number, y: number, width: number, height: number, fill: Fill, className = "map-bar"): SVGElement[] {
  const [x1, y1] = [x + Math.max(0, width), y + Math.max(0, height)];
  const marks: string[] = [];
  if (fill === "a") {
    // Lines x + y = c across the rectangle, every TILE units, each cut to its edges.
    for (let c = Math.ceil((x + y) / TILE) * TILE; c <= x1 + y1; c += TILE) {
      const [fromX, toX] = [Math.max(x, c - y1), Math.min(x1, c - y)];
      if (toX - fromX > 0.5) marks.push(`M${fixed(fromX)} ${fixed(c - fromX)}L${fixed(toX)} ${fixed(c - toX)}`);
    }
  } else if (fill === "b") {
    const r = 1.3;
    const rows = Math.max(1, Math.floor(height / TILE));
    const columns = Math.max(1, Math.floor(width / TILE));
    const [stepX, stepY] = [width / columns, height / rows];
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const [cx, cy] = [x + (column + 0.5) * stepX, y + (row + 0.5) * stepY];
        // Square dots: a circle prints as four curves, a square as one short path, and at this size they read alike.
        if (width >= 2 * r + 1 && height >= 2 * r + 1) marks.push(`M${fixed(cx - r)} ${fixed(cy - r)}h${2 * r}v${2 * r}h${-2 * r}z`);
      }
    }
  }
  // One rectangle is both the ground and the outline, the marks over it: few elements, as a page lays out every one of them.
  return [svgRect(x, y, width, height, `map-fill-${fill}-ground ${className}`), ...(marks.length ? [svgElement("path", { className: `map-fill-${fill}-mark`, attributes: { d: marks.join("") } })] : [])];
}
