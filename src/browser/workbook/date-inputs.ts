import { joinDateParts, splitIsoDate, type DatePart } from "../../contract/date-parts.ts";

/** Keeps each date's three boxes and its stored value in step. */
export interface DateInputs {
  /** Writes each stored value into its boxes (after a file or a saved contract is loaded). */
  refresh(): void;
}

/**
 * The workbook's dates are three boxes, day, month and year (render-field.ts), that
 * write one hidden value, the stored YYYY-MM-DD. Typing in a box writes the value at
 * once, before the form's own listeners read it (this listens in the capture phase).
 * A value that is not a date (from a file) shows in the boxes as it is, so the
 * person sees what to correct.
 */
export function watchDateInputs(form: HTMLFormElement): DateInputs {
  const boxesOf = (field: Element) => {
    const boxes = {} as Record<DatePart, HTMLInputElement>;
    for (const box of field.querySelectorAll<HTMLInputElement>("input[data-date-part]")) boxes[box.dataset.datePart as DatePart] = box;
    return boxes;
  };
  const write = (field: Element) => {
    const value = field.querySelector<HTMLInputElement>("input[data-date-value]");
    const boxes = boxesOf(field);
    if (!value || !boxes.day || !boxes.month || !boxes.year) return;
    value.value = joinDateParts({ day: boxes.day.value, month: boxes.month.value, year: boxes.year.value });
  };
  form.addEventListener(
    "input",
    (event) => {
      const box = event.target as HTMLInputElement;
      const field = box.dataset?.datePart ? box.closest("[data-field]") : null;
      if (field) write(field);
    },
    true,
  );
  return {
    refresh() {
      for (const hidden of form.querySelectorAll<HTMLInputElement>("input[data-date-value]")) {
        const field = hidden.closest("[data-field]");
        if (!field || hidden.closest("template")) continue;
        const value = hidden.value;
        const boxes = boxesOf(field);
        const parts = splitIsoDate(value) ?? fromTyped(value);
        for (const part of ["day", "month", "year"] as const) if (boxes[part]) boxes[part].value = parts[part];
      }
    },
  };
}

/** A value that is not YYYY-MM-DD, in its boxes as it was joined (year-month-day), or all in the day box. */
function fromTyped(value: string): Record<DatePart, string> {
  const [year, month, day, ...rest] = value.split("-");
  if (rest.length === 0 && day !== undefined && month !== undefined) return { year: year ?? "", month, day };
  return { day: value, month: "", year: "" };
}
