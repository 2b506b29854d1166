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
      svgElement("tspan", { attributes: { x: String(x), ...(index ? { dy: String(Math.round(size * 1.25)) } : {}) }, children: [line] }),
    ),
  });
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

/** The fills of the map, as patterns, so they read in black and white: each partner's own, and the couple's together. */
export type Fill = Partner | "shared";

/** Patterns ids are unique on the page, as two maps may share one (the renewal screen). */
let drawn = 0;

/**
 * The patterns of one panel: diagonal hatching for the first partner, dots for the
 * second, a plain tint for what the two share; each panel refers to its own
 * (`fills.a` is `url(#map-3-a)`).
 */
export function mapPatterns(): { defs: SVGDefsElement; fills: Record<Fill, string> } {
  const prefix = `map-${++drawn}`;
  const pattern = (id: string, className: string, marks: SVGElement[]) =>
    svgElement("pattern", {
      attributes: { id: `${prefix}-${id}`, width: "8", height: "8", patternUnits: "userSpaceOnUse" },
      children: [svgRect(0, 0, 8, 8, `${className}-ground`), ...marks],
    });
  const defs = svgElement("defs", {
    children: [
      pattern("a", "map-fill-a", [svgLine(-2, 10, 10, -2, "map-fill-a-mark"), svgLine(-2, 2, 2, -2, "map-fill-a-mark"), svgLine(6, 10, 10, 6, "map-fill-a-mark")]),
      pattern("b", "map-fill-b", [svgElement("circle", { className: "map-fill-b-mark", attributes: { cx: "4", cy: "4", r: "1.7" } })]),
      pattern("shared", "map-fill-shared", []),
    ],
  });
  return { defs, fills: { a: `url(#${prefix}-a)`, b: `url(#${prefix}-b)`, shared: `url(#${prefix}-shared)` } };
}
