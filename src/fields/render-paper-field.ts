import type { Question } from "../layout/layout-types.ts";
import { escapeHtml } from "./escape-html.ts";
import type { PaperField } from "../layout/paper-fields.ts";

/** How a date and a time are written by hand: the same shapes the contract stores. */
export const PAPER_FORMATS = { date: "YYYY-MM-DD", time: "HH:MM, 24-hour clock" } as const;

/**
 * Renders the writing area of one paper field: ruled lines, a box, or one box per
 * option with its text beside it. Each area carries `data-field` (and `data-option`
 * for an option), so the PDF stage can lay a form field exactly over it. The areas
 * are empty decorative elements; the words a reader needs are visible text next to
 * them, never inside them, so a form field laid over them hides nothing.
 */
export function renderPaperField(field: PaperField, question: Pick<Question, "limits">): string {
  const name = escapeHtml(field.name);
  switch (field.kind) {
    case "text": {
      const rules = `<span class="paper-rule"></span>`.repeat(field.lines);
      // A limit matters on a long answer (the fillable PDF stops there); on one line it is noise.
      const limit = field.lines > 1 && field.maxLength !== undefined ? `\n<p class="paper-limit">Up to ${field.maxLength} characters</p>` : "";
      return `<div class="paper-lines" data-field="${name}" data-lines="${field.lines}">${rules}</div>${limit}`;
    }
    case "number": {
      const range = numberRange(question.limits.minimum, question.limits.maximum);
      return inlineBox("paper-box-number", name, range);
    }
    case "date":
      return inlineBox("paper-box-date", name, PAPER_FORMATS.date);
    case "time":
      return inlineBox("paper-box-time", name, PAPER_FORMATS.time);
    case "check":
      return `<p class="paper-check"><span class="paper-box paper-box-square" data-field="${name}"></span> <span class="paper-option-label">${escapeHtml(field.title)}</span></p>`;
    case "choice":
    case "choices": {
      // The shape says it as on any paper form (round: one, square: any), and the words say it too.
      const shape = field.kind === "choice" ? "paper-box-round" : "paper-box-square";
      const how = field.kind === "choice" ? "Tick one." : "Tick all that fit.";
      const options = field.options.map(
        (option, index) =>
          `<li class="paper-option"><span class="paper-box ${shape}" data-field="${name}" data-option="${index}"></span> <span class="paper-option-label">${escapeHtml(option)}</span></li>`,
      );
      return `<p class="paper-how">${how}</p>\n<ul class="paper-options paper-options-${field.kind}">\n${options.join("\n")}\n</ul>`;
    }
  }
}

function inlineBox(kind: string, name: string, format: string): string {
  const label = format ? ` <span class="paper-format">${escapeHtml(format)}</span>` : "";
  return `<p class="paper-inline"><span class="paper-box ${kind}" data-field="${name}"></span>${label}</p>`;
}

function numberRange(minimum: number | undefined, maximum: number | undefined): string {
  if (minimum !== undefined && maximum !== undefined) return `A number from ${minimum} to ${maximum}`;
  if (minimum !== undefined) return `A number from ${minimum}`;
  if (maximum !== undefined) return `A number up to ${maximum}`;
  return "";
}
