import { createSignatureCanvas, type SignatureCanvas } from "../signature/signature-canvas.ts";
import type { StrokeLimits } from "../signature/strokes.ts";

/** The drawn-signature canvases of the form, by signature path (`signatures.a`). */
export type Canvases = Map<string, SignatureCanvas>;

/**
 * Starts a drawing canvas in each signature. A finished stroke is written to the
 * signature's hidden strokes field and announced as an input event, so the drawing
 * is saved and treated like any other answer.
 */
export function startCanvases(form: HTMLFormElement, limits: StrokeLimits): Canvases {
  const canvases: Canvases = new Map();
  for (const signature of form.querySelectorAll<HTMLElement>("[data-signature]")) {
    const path = signature.dataset.signature as string;
    const canvas = signature.querySelector<HTMLCanvasElement>("[data-signature-canvas]");
    const field = signature.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${path}.strokes`)}"]`);
    if (!canvas || !field) continue;
    const pad = createSignatureCanvas(canvas, {
      limits,
      onChange(strokes) {
        field.value = strokes.length ? JSON.stringify(strokes) : "";
        field.dispatchEvent(new Event("input", { bubbles: true }));
      },
    });
    signature.querySelector("[data-clear-drawing]")?.addEventListener("click", () => pad.clear());
    canvases.set(path, pad);
  }
  return canvases;
}

/** Redraws every canvas from the strokes stored in the form. */
export function redrawCanvases(form: HTMLFormElement, canvases: Canvases): void {
  for (const [path, pad] of canvases) {
    const field = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${path}.strokes`)}"]`);
    const strokes = field?.value ? (JSON.parse(field.value) as number[][][]) : [];
    pad.setStrokes(strokes);
  }
}

/** Shows the drawing area only to a partner who chose to sign by drawing. */
export function showDrawingPanels(form: HTMLFormElement): void {
  for (const signature of form.querySelectorAll<HTMLElement>("[data-signature]")) {
    const path = signature.dataset.signature as string;
    const method = signature.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${path}.method`)}"]:checked`);
    const panel = signature.querySelector<HTMLElement>("[data-signature-drawing]");
    if (panel) panel.hidden = method?.value !== "Drawn";
  }
}
