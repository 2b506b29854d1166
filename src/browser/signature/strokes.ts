import type { PointGroup } from "signature_pad";

/** The logical grid a drawn signature is stored on, independent of any screen size. */
export const GRID = { width: 1000, height: 300 } as const;

/** How much of a drawing the contract schema accepts: strokes per signature, points per stroke (see stroke-limits.ts). */
export interface StrokeLimits {
  strokes: number;
  points: number;
}

/** The pen's width in CSS pixels, the same everywhere so a redrawn signature matches the original. */
export const PEN_WIDTH = 2.2;

/** What `toGrid` returns: the strokes, and whether strokes past the limit were dropped. */
export interface GridStrokes {
  strokes: number[][][];
  truncated: boolean;
}

/** The part of signature_pad's `PointGroup` that `toGrid` reads. */
export interface DrawnStroke {
  points: readonly { x: number; y: number }[];
}

/** Converts signature_pad's strokes, in CSS pixels of a canvas of the given size, to integer grid points within the schema's limits. */
export function toGrid(pointGroups: readonly DrawnStroke[], cssWidth: number, cssHeight: number, limits: StrokeLimits): GridStrokes {
  checkSize(cssWidth, cssHeight);
  const scaleX = GRID.width / cssWidth;
  const scaleY = GRID.height / cssHeight;
  const strokes: number[][][] = [];
  for (const group of pointGroups) {
    const points = group.points.map(({ x, y }) => [
      clampRound(x * scaleX, GRID.width),
      clampRound(y * scaleY, GRID.height),
    ]);
    // Thinning can bring two equal points (A B A → A A) next to each other, so drop repeats after it too.
    const stroke = dropRepeats(thin(dropRepeats(points), limits.points));
    if (stroke.length > 0) strokes.push(stroke);
  }
  return { strokes: strokes.slice(0, limits.strokes), truncated: strokes.length > limits.strokes };
}

/** Converts grid strokes back to signature_pad's strokes for a canvas of the given CSS size, drawn with a uniform pen. */
export function fromGrid(strokes: readonly (readonly (readonly number[])[])[], cssWidth: number, cssHeight: number, penColor: string): PointGroup[] {
  checkSize(cssWidth, cssHeight);
  const scaleX = cssWidth / GRID.width;
  const scaleY = cssHeight / GRID.height;
  // With a uniform pen, speed never changes the width, so any increasing time will do.
  let time = 0;
  return strokes.map((stroke) => ({
    penColor,
    dotSize: PEN_WIDTH,
    minWidth: PEN_WIDTH,
    maxWidth: PEN_WIDTH,
    velocityFilterWeight: 0.7,
    compositeOperation: "source-over",
    points: stroke.map(([x = 0, y = 0]) => ({ x: x * scaleX, y: y * scaleY, time: (time += 10), pressure: 0.5 })),
  }));
}

/** Describes grid strokes as an SVG path `d` for a `viewBox="0 0 1000 300"`, a lone point as a short dot. */
export function strokesToSvgPath(strokes: readonly (readonly (readonly number[])[])[]): string {
  return strokes
    .filter((stroke) => stroke.length > 0)
    .map((stroke) => {
      const [first = [], ...rest] = stroke;
      const start = `M ${first[0] ?? 0} ${first[1] ?? 0}`;
      // A zero-length segment draws nothing in some renderers; a tenth of a unit with a round cap shows as a dot.
      if (rest.length === 0) return `${start} l 0.1 0`;
      return `${start} ${rest.map(([x = 0, y = 0]) => `L ${x} ${y}`).join(" ")}`;
    })
    .join(" ");
}

function checkSize(cssWidth: number, cssHeight: number): void {
  if (!(cssWidth > 0 && cssHeight > 0 && Number.isFinite(cssWidth) && Number.isFinite(cssHeight))) {
    throw new RangeError(`a signature canvas needs a positive size, not ${cssWidth} × ${cssHeight}`);
  }
}

function clampRound(value: number, max: number): number {
  return Math.min(max, Math.max(0, Math.round(value)));
}

function dropRepeats(points: number[][]): number[][] {
  return points.filter((point, i) => {
    const previous = points[i - 1];
    return !previous || previous[0] !== point[0] || previous[1] !== point[1];
  });
}

/** Keeps `max` points spread evenly along the stroke, always including its first and last. */
function thin(points: number[][], max: number): number[][] {
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]!);
}
