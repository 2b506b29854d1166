import type { FieldError } from "../../contract/validate-contract.ts";
import { errorTarget } from "./error-target.ts";

/**
 * Fills the error summary at the top of the page (the GOV.UK pattern): a heading,
 * then one link per problem that moves focus to the field. The summary takes focus
 * itself so a screen reader reads it and a keyboard user starts from it. With `open`,
 * a link goes through it (the workbook's router, which opens the field's view first);
 * the link's fragment is the control's id either way.
 */
export function showErrorSummary(
  summary: HTMLElement,
  form: HTMLFormElement,
  errors: FieldError[],
  describe: (error: FieldError) => string,
  open?: (id: string) => void,
): void {
  const list = summary.querySelector("[data-error-list]");
  if (!list) throw new Error("the error summary has no list");
  list.replaceChildren(
    ...errors.map((error) => {
      const item = document.createElement("li");
      const target = errorTarget(form, error.path);
      const link = document.createElement("a");
      link.textContent = describe(error);
      link.href = `#${target?.control.id || target?.container.id || ""}`;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        if (!target) return;
        if (open) return open(target.control.id || target.container.id);
        target.control.focus({ preventScroll: true });
        // Show the question as well as the box: scroll its label into view.
        (target.container.querySelector("legend, label") ?? target.container).scrollIntoView({ block: "start" });
      });
      item.append(link);
      return item;
    }),
  );
  summary.hidden = false;
  summary.focus();
}

/** Hides the error summary. */
export function hideErrorSummary(summary: HTMLElement): void {
  summary.hidden = true;
  summary.querySelector("[data-error-list]")?.replaceChildren();
}
