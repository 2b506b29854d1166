import { describe, expect, it } from "vitest";
import { strokeLimits } from "../../src/browser/signature/stroke-limits.ts";
import { GRID, PEN_WIDTH, fromGrid, strokesToSvgPath, toGrid as toGridWithin, type DrawnStroke } from "../../src/browser/signature/strokes.ts";
import { layoutContract } from "../../src/layout/layout-contract.ts";
import { loadSchema } from "../../src/schema/load-schema.ts";

/** The schema's own limits on a drawing, which the canvas keeps to. */
const STROKE_LIMITS = strokeLimits(layoutContract(await loadSchema()));
const toGrid = (groups: readonly DrawnStroke[], width: number, height: number) => toGridWithin(groups, width, height, STROKE_LIMITS);

/** A stroke as signature_pad records it, from `[x, y]` pairs in CSS pixels. */
function drawn(...points: [number, number][]) {
  return { points: points.map(([x, y], i) => ({ x, y, time: i * 16, pressure: 0.5 })) };
}

describe("toGrid", () => {
  it("maps the canvas's corners onto the grid's corners", () => {
    expect(toGrid([drawn([0, 0], [400, 120])], 400, 120).strokes).toEqual([[[0, 0], [1000, 300]]]);
  });

  it("puts a point at the same relative position whatever the canvas size", () => {
    const small = toGrid([drawn([100, 30], [300, 90])], 400, 120).strokes;
    const large = toGrid([drawn([250, 75], [750, 225])], 1000, 300).strokes;
    expect(small).toEqual([[[250, 75], [750, 225]]]);
    expect(large).toEqual(small);
  });

  it("scales width and height each to the grid's own, on a canvas of another shape", () => {
    expect(toGrid([drawn([250, 250])], 500, 500).strokes).toEqual([[[500, 150]]]);
  });

  it("rounds coordinates to whole grid units", () => {
    // On a 400 px canvas one CSS pixel is 2.5 grid units: 1.1 → 2.75 → 3, 0.5 px → 1.25 → 1.
    expect(toGrid([drawn([1.1, 0.5], [2, 1])], 400, 120).strokes).toEqual([[[3, 1], [5, 3]]]);
  });

  it("clamps points drawn past the canvas's edges into the grid", () => {
    expect(toGrid([drawn([-20, -5], [420, 130])], 400, 120).strokes).toEqual([[[0, 0], [1000, 300]]]);
  });

  it("drops a point that rounds to the same grid point as the one before it", () => {
    // 10, 10.1 and 10.15 px (25, 25.25, 25.375 units) all round to 25; the later return to 25 is not consecutive and stays.
    const { strokes } = toGrid([drawn([10, 10], [10.1, 10], [10.15, 10], [20, 10], [10, 10])], 400, 120);
    expect(strokes).toEqual([[[25, 25], [50, 25], [25, 25]]]);
  });

  it("thins a long stroke to the point limit, keeping its first and last points", () => {
    // 1500 points over 938 distinct grid columns: still past the limit once repeats are dropped.
    const points = Array.from({ length: 1500 }, (_, i): [number, number] => [i / 4, 60]);
    const [stroke = []] = toGrid([drawn(...points)], 400, 120).strokes;
    expect(stroke).toHaveLength(STROKE_LIMITS.points);
    expect(stroke[0]).toEqual([0, 150]);
    expect(stroke.at(-1)).toEqual([937, 150]); // 1499 / 4 = 374.75 px → 936.875 units
  });

  it("keeps the points of a thinned stroke in drawing order", () => {
    const points = Array.from({ length: 1200 }, (_, i): [number, number] => [i / 3, 10]);
    const [stroke = []] = toGrid([drawn(...points)], 400, 120).strokes;
    const xs = stroke.map(([x = 0]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
  });

  it("leaves a stroke at the point limit untouched", () => {
    const points = Array.from({ length: STROKE_LIMITS.points }, (_, i): [number, number] => [i, 0]);
    const [stroke = []] = toGrid([drawn(...points)], GRID.width, GRID.height).strokes;
    expect(stroke).toEqual(points);
  });

  it("keeps the first strokes up to the limit and reports the rest as dropped", () => {
    const groups = Array.from({ length: STROKE_LIMITS.strokes + 3 }, (_, i) => drawn([i, 0]));
    const { strokes, truncated } = toGrid(groups, GRID.width, GRID.height);
    expect(truncated).toBe(true);
    expect(strokes).toHaveLength(STROKE_LIMITS.strokes);
    expect(strokes.at(-1)).toEqual([[STROKE_LIMITS.strokes - 1, 0]]);
  });

  it("reports nothing dropped at exactly the stroke limit", () => {
    const groups = Array.from({ length: STROKE_LIMITS.strokes }, (_, i) => drawn([i, 0]));
    const { strokes, truncated } = toGrid(groups, GRID.width, GRID.height);
    expect(truncated).toBe(false);
    expect(strokes).toHaveLength(STROKE_LIMITS.strokes);
  });

  it("leaves out a stroke with no points", () => {
    expect(toGrid([drawn(), drawn([0, 0])], GRID.width, GRID.height).strokes).toEqual([[[0, 0]]]);
  });

  it("refuses a canvas with no size, which would divide by zero", () => {
    expect(() => toGrid([drawn([1, 1])], 0, 120)).toThrow(RangeError);
  });
});

describe("fromGrid", () => {
  it("scales grid points to the canvas's CSS pixels", () => {
    const [group] = fromGrid([[[0, 0], [500, 150], [1000, 300]]], 400, 120, "black");
    expect(group?.points.map(({ x, y }) => [x, y])).toEqual([[0, 0], [200, 60], [400, 120]]);
  });

  it("scales width and height each from the grid's own, on a canvas of another shape", () => {
    const [group] = fromGrid([[[500, 150]]], 500, 500, "black");
    expect(group?.points.map(({ x, y }) => [x, y])).toEqual([[250, 250]]);
  });

  it("draws every stroke with the same uniform pen in the given colour", () => {
    const groups = fromGrid([[[0, 0]], [[10, 10]]], 400, 120, "rgb(235, 231, 223)");
    for (const group of groups) {
      expect(group).toMatchObject({ penColor: "rgb(235, 231, 223)", minWidth: PEN_WIDTH, maxWidth: PEN_WIDTH });
    }
    expect(groups).toHaveLength(2);
  });

  it("gives points increasing times across strokes and a steady pressure", () => {
    const points = fromGrid([[[0, 0], [1, 1]], [[2, 2]]], 400, 120, "black").flatMap((group) => group.points);
    const times = points.map((point) => point.time);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(new Set(times).size).toBe(3);
    expect(points.every((point) => point.pressure === 0.5)).toBe(true);
  });
});

describe("toGrid and fromGrid", () => {
  const strokes = [
    [[0, 0], [333, 101], [999, 299], [1000, 300]],
    [[17, 250]],
    [[500, 0], [501, 1]],
  ];

  it("give back the same grid strokes after a round trip at an awkward size", () => {
    const once = toGrid(fromGrid(strokes, 337.33, 101.2, "black"), 337.33, 101.2);
    expect(once).toEqual({ strokes, truncated: false });
  });

  it("give back the same grid strokes when redrawn at another size", () => {
    // A stored signature redrawn on a resized canvas, then read back at that size.
    const resized = toGrid(fromGrid(strokes, 1280, 384, "black"), 1280, 384).strokes;
    expect(toGrid(fromGrid(resized, 290, 87, "black"), 290, 87).strokes).toEqual(strokes);
  });
});

describe("strokesToSvgPath", () => {
  it("draws a stroke as a move then lines", () => {
    expect(strokesToSvgPath([[[0, 0], [10, 20], [30, 5]]])).toBe("M 0 0 L 10 20 L 30 5");
  });

  it("draws a one-point stroke as a tiny dot", () => {
    expect(strokesToSvgPath([[[40, 50]]])).toBe("M 40 50 l 0.1 0");
  });

  it("starts each stroke with its own move", () => {
    expect(strokesToSvgPath([[[1, 2], [3, 4]], [[5, 6]]])).toBe("M 1 2 L 3 4 M 5 6 l 0.1 0");
  });

  it("is empty for no strokes", () => {
    expect(strokesToSvgPath([])).toBe("");
  });
});

describe("strokeLimits", () => {
  it("reads the schema's limits on a drawn signature: strokes per signature, points per stroke", () => {
    expect(STROKE_LIMITS).toEqual({ strokes: 60, points: 600 });
  });
});
