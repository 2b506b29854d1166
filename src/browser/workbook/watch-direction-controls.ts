import { DIRECTION_CONTROLS } from "../contract/visible-controls.ts";

/**
 * Watches every answer for a direction control typed or pasted into it, and shows
 * or removes the warning beside it (direction-control-warning.ts). The warning's
 * code loads only when an answer holds such a character or had one: almost nobody
 * types one, and the page's start-up script has a budget.
 */
export function watchDirectionControls(form: HTMLFormElement): void {
  const check = (target: EventTarget | null) => {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) || !target.id) return;
    // search() ignores the expression's global flag, so no state is carried between answers.
    const holds = target.value.search(DIRECTION_CONTROLS) >= 0;
    if (!holds && !form.ownerDocument.getElementById(`${target.id}-direction`)) return;
    void import("./off-the-way.ts").then(({ showDirectionWarning }) => showDirectionWarning(form, target));
  };
  form.addEventListener("input", (event) => check(event.target));
  // A paste into a field fires input too; a value set by a file import is checked as it is shown.
  form.addEventListener("change", (event) => check(event.target));
}
