import type SignaturePad from "signature_pad";
import { GRID, PEN_WIDTH, fromGrid, toGrid, type StrokeLimits } from "./strokes.ts";

/** What `createSignatureCanvas` needs from the page. */
export interface SignatureCanvasOptions {
  /** Called with the grid strokes after each stroke ends and after `clear()`; `truncated` says a stroke past the limit was dropped. */
  onChange(strokes: number[][][], info: { truncated: boolean }): void;
  /** What the contract accepts of a drawing (stroke-limits.ts). */
  limits: StrokeLimits;
}

/** The handle to a signature canvas. */
export interface SignatureCanvas {
  setStrokes(strokes: readonly (readonly (readonly number[])[])[]): void;
  clear(): void;
}

/**
 * Turns a `<canvas>` into a drawing surface for a signature, kept as grid strokes and
 * redrawn sharply at any size. The drawing library is loaded when the canvas first
 * shows (a partner chose to sign by drawing), not with the page: most of a visit
 * never draws, and the workbook's start-up script stays within its budget.
 */
export function createSignatureCanvas(canvas: HTMLCanvasElement, options: SignatureCanvasOptions): SignatureCanvas {
  let pad: SignaturePad | undefined;
  let loading = false;
  const load = (): void => {
    if (loading) return;
    loading = true;
    void import("signature_pad").then(({ default: Pad }) => {
      pad = new Pad(canvas, {
        minWidth: PEN_WIDTH,
        maxWidth: PEN_WIDTH,
        dotSize: PEN_WIDTH,
        penColor: penColor(canvas),
        backgroundColor: "rgba(0,0,0,0)",
      });
      pad.addEventListener("beginStroke", onBegin);
      pad.addEventListener("endStroke", onEnd);
      redraw();
    });
  };
  // signature_pad sets this too, but the page must never scroll under the pen, whatever the library does.
  // The CSSOM property is allowed by the Content-Security-Policy; a style attribute would not be.
  canvas.style.touchAction = "none";

  let strokes: number[][][] = [];
  // The CSS size signature_pad's own points are measured in, i.e. the size at the last redraw.
  let drawnSize = { width: 0, height: 0 };
  let drawing = false;
  let resizeWaiting = false;

  const redraw = (): void => {
    const { width, height } = canvas.getBoundingClientRect();
    if (width <= 0 || height <= 0) return; // hidden (display: none): redraw when it shows again
    if (!pad) return load();
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    // Setting the size clears the canvas and resets its transform, hence the scale after it.
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.getContext("2d")?.scale(ratio, ratio);
    pad.penColor = penColor(canvas);
    pad.fromData(fromGrid(strokes, width, height, pad.penColor)); // clears first
    drawnSize = { width, height };
  };

  // Redrawing mid-stroke would throw away the stroke being drawn, so a resize then waits for it to end.
  const requestRedraw = (): void => {
    if (drawing) resizeWaiting = true;
    else redraw();
  };

  const onBegin = (): void => {
    drawing = true;
  };
  const onEnd = (): void => {
    drawing = false;
    if (!pad || drawnSize.width <= 0 || drawnSize.height <= 0) return;
    const result = toGrid(pad.toData(), drawnSize.width, drawnSize.height, options.limits);
    strokes = result.strokes;
    // After a dropped stroke, show what is kept rather than what was drawn; and do the resize that waited.
    if (result.truncated || resizeWaiting) {
      resizeWaiting = false;
      redraw();
    }
    options.onChange(copy(strokes), { truncated: result.truncated });
  };
  // A backstop for browsers that use touch events and could still scroll while a finger draws.
  const onTouchMove = (event: TouchEvent): void => {
    if (drawing && event.cancelable) event.preventDefault();
  };

  canvas.addEventListener("touchmove", onTouchMove, { passive: false });

  const observer = new ResizeObserver(requestRedraw);
  observer.observe(canvas);
  // A new device pixel ratio (zoom, another screen) or an orientation flip need not change the CSS box,
  // and a dark-mode switch changes the pen colour, so these redraw too.
  const queries = [
    window.matchMedia("(orientation: portrait)"),
    window.matchMedia("(prefers-color-scheme: dark)"),
  ];
  for (const query of queries) query.addEventListener("change", requestRedraw);
  let resolution: MediaQueryList | undefined;
  const watchResolution = (): void => {
    resolution?.removeEventListener("change", onResolution);
    resolution = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    resolution.addEventListener("change", onResolution);
  };
  const onResolution = (): void => {
    watchResolution();
    requestRedraw();
  };
  watchResolution();
  // No first redraw here: the ResizeObserver reports the canvas's first size once the page is laid out, and a canvas in a hidden view never loads the library.

  return {
    setStrokes(next) {
      // Through toGrid at the grid's own size: rounds, clamps and caps whatever was stored.
      strokes = toGrid(next.map((stroke) => ({ points: stroke.map(([x = 0, y = 0]) => ({ x, y })) })), GRID.width, GRID.height, options.limits).strokes;
      redraw();
    },
    clear() {
      strokes = [];
      pad?.clear();
      options.onChange([], { truncated: false });
    },
  };
}

/** The pen follows the canvas's CSS `color`, so it is light on dark in dark mode. */
function penColor(canvas: HTMLCanvasElement): string {
  return getComputedStyle(canvas).color || "black";
}

function copy(strokes: number[][][]): number[][][] {
  return strokes.map((stroke) => stroke.map((point) => [...point]));
}
