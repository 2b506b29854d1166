import { SIGNATURE_PARTS } from "../layout/contract-names.ts";
import { fieldId } from "../layout/field-id.ts";
import type { PartnerEntry, Question } from "../layout/layout-types.ts";
import { escapeHtml } from "./escape-html.ts";

/**
 * Renders one partner's signature in the workbook form: how they sign, their name
 * and the date as ordinary fields; a canvas to draw on beside the hidden field that
 * keeps the strokes; the fingerprint the signature records, which no one types; and
 * the button that signs. `renderField` renders an ordinary field (render-form.ts).
 */
export function renderSignature(path: string, entries: PartnerEntry[], renderField: (question: Question) => string): string {
  const id = fieldId(path);
  const fields = entries.map((entry) => {
    if (entry.kind !== "question") throw new Error(`${entry.path}: a signature holds single answers only`);
    if (entry.key === SIGNATURE_PARTS.strokes) {
      return `<div class="signature-drawing" data-signature-drawing>
<p class="field-label" id="${id}-drawing-label">Draw your signature</p>
<p class="hint" id="${id}-drawing-hint">With a finger, a pen or a mouse. If drawing is hard, choose "Typed" above.</p>
<canvas class="signature-canvas" id="${id}-drawing" data-signature-canvas tabindex="-1" role="img" aria-labelledby="${id}-drawing-label" aria-describedby="${id}-drawing-hint"></canvas>
<p><button type="button" class="button button-quiet" data-clear-drawing>Clear the drawing</button></p>
${renderField(entry)}
</div>`;
    }
    if (entry.key === SIGNATURE_PARTS.fingerprint) {
      // Kept in the form, where signing writes it and saving reads it, but never shown:
      // a hash means nothing to a couple (issue 10). The status line gives its version code.
      return `<p class="signature-fingerprint" hidden><span id="${fieldId(entry.path)}-label">${escapeHtml(entry.title)}</span> ${renderField(entry)}</p>`;
    }
    return renderField(entry);
  });
  const fingerprintPath = `${path}.${SIGNATURE_PARTS.fingerprint}`;
  return `<div class="signature" data-signature="${escapeHtml(path)}">
${fields.join("\n")}
<div class="signature-actions" data-field="${escapeHtml(fingerprintPath)}">
<p class="field-error" id="${fieldId(fingerprintPath)}-error" hidden></p>
<button type="button" class="button" id="${id}-sign" data-sign="${escapeHtml(path)}">Sign the contract</button>
</div>
<p class="signature-status" data-signature-status="${escapeHtml(path)}" role="status"></p>
</div>`;
}
