import { datePartOrder, DATE_PART_LABELS } from "../contract/date-parts.ts";
import { PARTNER_LABELS, partnerOf } from "../layout/contract-names.ts";
import { fieldId } from "../layout/field-id.ts";
import type { Question } from "../layout/layout-types.ts";
import { controlFor, MAXLENGTH, TEXTAREA_FROM } from "./control-for.ts";
import { attributes, escapeHtml } from "./escape-html.ts";
import { renderTimeZoneSelect } from "./render-time-zone.ts";

/** Choices no longer than this (in characters) are laid out side by side. */
const SHORT_CHOICE = 26;

/**
 * Renders the one control of an answer with its label, hint, error slot and, for a
 * text with a limit, the line that states the limit (the page's script turns it into
 * a live character count). A partner's answer names the partner in its label, for
 * screen readers, so every control says whose answer it is (the name is filled in
 * as the partners give theirs: see partner-names.ts in the browser).
 */
export function renderField(question: Question): string {
  const control = controlFor(question);
  const { path } = question;
  const id = fieldId(path);
  const name = escapeHtml(path);
  const optional = question.required || control.kind === "checkboxes" ? "" : ` <span class="optional">(optional)</span>`;
  const label = `${escapeHtml(question.title)}${whose(path)}${optional}`;
  switch (control.kind) {
    case "input":
      if (control.type === "hidden") return `<input type="hidden" id="${id}" name="${name}"${attributes(control.attributes)}>`;
      return `<div class="field" data-field="${name}">
<label class="field-label" for="${id}">${label}</label>
${hint(question.hint, `${id}-hint`)}
${errorSlot(id)}
<input class="input input-${control.type}" type="${control.type}" id="${id}" name="${name}"${attributes({
        ...control.attributes,
        ...(control.type === "number" ? { inputmode: control.attributes.step === "1" ? "numeric" : "decimal" } : {}),
      })}${describedBy(id, question.hint, control.attributes[MAXLENGTH])}>
${limitLine(id, control.attributes[MAXLENGTH])}
</div>`;
    case "textarea": {
      const rows = Math.min(8, Math.max(3, Math.ceil(Number(control.attributes[MAXLENGTH] ?? TEXTAREA_FROM) / 70)));
      return `<div class="field" data-field="${name}">
<label class="field-label" for="${id}">${label}</label>
${hint(question.hint, `${id}-hint`)}
${errorSlot(id)}
<textarea class="input textarea" id="${id}" name="${name}" rows="${rows}"${attributes(control.attributes)}${describedBy(id, question.hint, control.attributes[MAXLENGTH])}></textarea>
${limitLine(id, control.attributes[MAXLENGTH])}
</div>`;
    }
    case "date":
      return renderDateInput(question, id, label, control.attributes);
    case "radios":
    case "checkboxes": {
      const type = control.kind === "radios" ? "radio" : "checkbox";
      const labels = control.kind === "radios" ? control.labels : control.values;
      const options = control.values.map(
        (value, index) => `<div class="choice">
<input class="choice-input" type="${type}" id="${id}-${index}" name="${name}" value="${escapeHtml(value)}"${attributes(control.attributes)}>
<label class="choice-label" for="${id}-${index}">${escapeHtml(labels[index] ?? value)}</label>
</div>`,
      );
      // Short choices share a row on a phone: a step's many choices then fit in a few screens.
      const short = Math.max(...labels.map((text) => text.length)) <= SHORT_CHOICE;
      return `<fieldset class="field choices choices-${type}" id="${id}" data-field="${name}"${describedBy(id, question.hint)}>
<legend class="field-label">${label}</legend>
${hint(question.hint, `${id}-hint`)}
${errorSlot(id)}
<div class="choice-list${short ? " choice-list-short" : ""}">
${options.join("\n")}
</div>
</fieldset>`;
    }
    case "time-zone":
      return renderTimeZoneSelect(question, id, label, { hint: hint(question.hint, `${id}-hint`), errorSlot: errorSlot(id), describedBy: describedBy(id, question.hint) }, control.attributes);
    case "output":
      return `<output class="output" id="${id}" name="${name}" aria-labelledby="${id}-label"${attributes(control.attributes)}></output>`;
  }
}

/**
 * A date as three boxes in the page's order (GOV.UK's date input): the browser's own
 * date field writes dates in the browser's format (11/30/2026), where the rest of the
 * site writes 30 November 2026 (issue 10). The boxes write one hidden value, the
 * stored YYYY-MM-DD, which is the answer's control (see date-inputs.ts in the browser).
 */
function renderDateInput(question: Question, id: string, label: string, constraints: Record<string, string>): string {
  const parts = datePartOrder().map(
    (part) => `<div class="date-part date-part-${part}">
<label class="date-part-label" for="${id}-${part}">${DATE_PART_LABELS[part]}</label>
<input class="input input-date-part" type="text" id="${id}-${part}" inputmode="numeric" autocomplete="off" data-date-part="${part}"${attributes(constraints)}>
</div>`,
  );
  return `<fieldset class="field date-input" id="${id}" data-field="${escapeHtml(question.path)}"${describedBy(id, question.hint)}>
<legend class="field-label">${label}</legend>
${hint(question.hint, `${id}-hint`)}
${errorSlot(id)}
<div class="date-parts">
${parts.join("\n")}
</div>
<input type="hidden" name="${escapeHtml(question.path)}" data-date-value>
</fieldset>`;
}

/** " (Partner A)" for screen readers, after the title of a partner's answer; nothing for a shared one. */
export function whose(path: string): string {
  const partner = partnerOf(path);
  return partner ? `<span class="visually-hidden"> (<span data-partner-name="${partner}">${PARTNER_LABELS[partner]}</span>)</span>` : "";
}

/** The line under a text with a limit: the limit, said before it bites; the page's script counts live. */
function limitLine(id: string, maxLength: string | undefined): string {
  return maxLength === undefined ? "" : `<p class="char-limit" id="${id}-limit" data-char-limit>Up to ${maxLength} characters</p>`;
}

/** A hint paragraph, or nothing. */
export function hint(text: string | undefined, id: string): string {
  return text ? `<p class="hint" id="${id}">${escapeHtml(text)}</p>` : "";
}

function describedBy(id: string, hintText: string | undefined, maxLength?: string): string {
  const ids = [...(hintText ? [`${id}-hint`] : []), ...(maxLength !== undefined ? [`${id}-limit`] : [])];
  return ids.length ? ` aria-describedby="${ids.join(" ")}"` : "";
}

/** Where the page writes this answer's message; empty and hidden until then. */
export function errorSlot(id: string): string {
  return `<p class="field-error" id="${id}-error" hidden></p>`;
}
