import { datePartOrder, DATE_PART_DIGITS, DATE_PART_LABELS } from "../contract/date-parts.ts";
import type { Question } from "../layout/layout-types.ts";
import type { PaperField } from "../layout/paper-fields.ts";
import { escapeHtml } from "./escape-html.ts";

/** How a time is written by hand: the shape the contract stores, said as people say it. */
export const PAPER_TIME_FORMAT = "24-hour clock, like 19:30";

/**
 * Renders the writing area of one paper field: ruled lines, a box, a date's boxes,
 * or one box per option with its text beside it. Each area carries `data-field` (and
 * `data-option` for an option), so the PDF stage can lay a form field exactly over
 * it. The areas are empty decorative elements; the words a reader needs are visible
 * text next to them, never inside them, so a form field laid over them hides nothing.
 * Paper states no character limits: a hand stops where the lines end (issue 10).
 */
export function renderPaperField(field: PaperField, question: Pick<Question, "limits">): string {
  const name = escapeHtml(field.name);
  switch (field.kind) {
    case "text": {
      const rules = `<span class="paper-rule"></span>`.repeat(field.lines);
      return `<div class="paper-lines" data-field="${name}" data-lines="${field.lines}">${rules}</div>`;
    }
    case "number": {
      const range = numberRange(question.limits.minimum, question.limits.maximum);
      return inlineBox("paper-box-number", name, range);
    }
    case "date":
      return dateBoxes(name);
    case "time":
      return inlineBox("paper-box-time", name, PAPER_TIME_FORMAT);
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

/**
 * A date as one box per digit, day, month and year in the page's order, as paper
 * forms ask for one: the eight cells are equal, so the fillable PDF lays one combed
 * field of eight characters over them (create-form-field.ts), and the import reads
 * the digits back in the same order (readWrittenDate).
 */
function dateBoxes(name: string): string {
  const groups = datePartOrder().map((part) => {
    const cells = `<span class="paper-cell"></span>`.repeat(DATE_PART_DIGITS[part]);
    return `<span class="paper-date-part paper-date-${part}">${cells}</span>`;
  });
  const labels = datePartOrder().map((part) => `<span class="paper-date-label paper-date-${part}">${DATE_PART_LABELS[part]}</span>`);
  return `<div class="paper-date">
<p class="paper-date-cells" data-field="${name}">${groups.join("")}</p>
<p class="paper-date-labels">${labels.join("")}</p>
</div>`;
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
