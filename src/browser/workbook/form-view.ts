import { getAt, parsePath } from "../../contract/field-path.ts";
import { partnerNames } from "../../contract/partners.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { FieldIndex } from "./field-index.ts";
import { shownErrorPaths, showFieldErrors } from "./field-errors.ts";
import { readForm, writeForm } from "./form-values.ts";
import { answersGiven, preselectTimeZones } from "./time-zone-select.ts";
import type { ListItems } from "./list-items.ts";
import { showPartnerNames } from "./partner-names.ts";
import { showSignatureStatus } from "./signature-status.ts";
import { redrawCanvases, showDrawingPanels, type Canvases } from "./signatures.ts";
import type { TaskList } from "./task-list.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What the form view needs from the page. */
export interface FormViewOptions {
  state: WorkbookState;
  form: HTMLFormElement;
  /** The whole workbook, where partner names and statuses appear outside the form too. */
  page: ParentNode;
  index: FieldIndex;
  lists: ListItems;
  canvases: Canvases;
  tasks: TaskList;
  /** What stands between the answers and a complete contract (for the statuses). */
  errors: () => FieldError[];
  /** What else redraws from the form after a load: the date boxes, the character counts. */
  afterLoad?: () => void;
  /** What else follows the answers: the pager's names. */
  afterRefresh?: () => void;
}

/** Keeps the form and the state's answers in step, in both directions. */
export interface FormView {
  /** Reads the form into the state, then redraws what depends on the answers. */
  refresh(): void;
  /** Puts answers into the form, replacing every answer it held. */
  load(next: Record<string, unknown>): void;
}

/**
 * The form is where the answers live while the page is open: `refresh` reads them
 * out after every change, and updates the task list and progress, names, drawing
 * panels and signatures from them; `load` writes a whole contract in (from storage
 * or a file).
 */
export function createFormView({ state, form, page, index, lists, canvases, tasks, errors, afterLoad, afterRefresh }: FormViewOptions): FormView {
  const refresh = () => {
    state.data = readForm(form, index);
    tasks.update(answersGiven(state.data), errors());
    showPartnerNames(page, state.data);
    showDrawingPanels(form);
    void showSignatureStatus(form, state).then((signatures) => tasks.signatures(signatures, partnerNames(state.data)));
    afterRefresh?.();
  };
  return {
    refresh,
    load(next) {
      // List items first, so the values of every item have controls to go into; then
      // values; then the drawings, which are drawn from the values.
      lists.clearAll();
      for (const list of form.querySelectorAll<HTMLElement>("[data-list]")) {
        const path = list.dataset.list as string;
        const items = getAt(next, parsePath(path));
        lists.ensureCount(path, Array.isArray(items) ? items.length : 0);
      }
      form.reset();
      writeForm(form, next);
      preselectTimeZones(form);
      afterLoad?.();
      redrawCanvases(form, canvases);
      // Messages were about the answers that were there before.
      showFieldErrors(form, [], shownErrorPaths(form));
      refresh();
    },
  };
}
