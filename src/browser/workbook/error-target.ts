import { fieldId } from "../../layout/field-id.ts";

/** Where a message about a path is shown, and which control a link to it focuses. */
export interface ErrorTarget {
  /** The element that holds the field: its error slot is inside. */
  container: HTMLElement;
  /** The control to focus from the error summary. */
  control: HTMLElement;
  /** The error slot, when the field has one. */
  slot?: HTMLElement;
}

/**
 * Finds the field a validation message belongs to. A message about a group that is
 * missing as a whole goes to its first control; a signature's fingerprint, which no
 * one types, goes to its "Sign" button (its field in render-form.ts holds only that).
 */
export function errorTarget(form: HTMLFormElement, path: string): ErrorTarget | undefined {
  const id = fieldId(path);
  if (path.endsWith(".strokes")) {
    const signature = form.querySelector<HTMLElement>(`[data-signature="${CSS.escape(path.slice(0, -".strokes".length))}"]`);
    const drawing = signature?.querySelector<HTMLElement>("[data-signature-drawing]");
    const canvas = drawing?.querySelector<HTMLElement>("canvas");
    return drawing && canvas ? { container: drawing, control: canvas } : undefined;
  }
  const container =
    form.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`) ??
    form.querySelector<HTMLElement>(`[data-list="${CSS.escape(path)}"]`) ??
    (document.getElementById(id) as HTMLElement | null);
  if (!container) return undefined;
  const control =
    document.getElementById(id) instanceof HTMLInputElement || document.getElementById(id) instanceof HTMLTextAreaElement
      ? (document.getElementById(id) as HTMLElement)
      : (container.querySelector<HTMLElement>("input:not([type=hidden]), textarea, button") ?? container);
  const slot = document.getElementById(`${id}-error`) ?? undefined;
  return { container, control, ...(slot ? { slot } : {}) };
}
