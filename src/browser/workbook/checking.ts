import { getAt, parsePath } from "../../contract/field-path.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { completeErrors } from "./complete-errors.ts";
import { describeError } from "./describe-error.ts";
import { hideErrorSummary, showErrorSummary } from "./error-summary.ts";
import { shownErrorPaths, showFieldErrors } from "./field-errors.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What checking needs from the page. */
export interface CheckingOptions {
  schema: CompiledSchema;
  state: WorkbookState;
  form: HTMLFormElement;
  summary: HTMLElement;
  /** Opens the view of a control and focuses it, by its id (the error summary's links go through it). */
  open?: (id: string) => void;
}

/** Checks the answers against the whole contract and shows what is wrong where it is. */
export interface Checking {
  /** What stands between the answers now and a complete contract. */
  errors(): FieldError[];
  /** A problem as the person reads it: whose answer, which list item, what is wrong. */
  describe(error: FieldError): string;
  /** Shows these problems beside their fields and in the error summary, which takes focus; checks every change from now on. */
  showProblems(errors: FieldError[], lead?: (error: FieldError) => string): void;
  /** Updates the messages of the given fields, and hides the summary once none of its problems is shown. */
  revalidate(paths: string[]): void;
  /** An answer changed: the messages already shown follow it. */
  changed(): void;
  /** The person left a control for `next`: say what is wrong with its answer, if they have started on it. */
  left(control: Element, next?: Element | null): void;
  /** Shows these problems on their fields, and checks every change from now on. */
  flag(errors: FieldError[]): void;
  /** Forgets the check: no summary, and no checking until asked again. */
  reset(): void;
}

/**
 * Checking in the GOV.UK pattern: messages beside the fields and a summary of links
 * at the top when the person asks, then kept up to date as they put things right.
 * A question left empty is flagged only once they ask, or once they have answered it.
 */
export function createChecking({ schema, state, form, summary, open }: CheckingOptions): Checking {
  const errors = () => completeErrors(schema, state.data);
  const describe = (error: FieldError) =>
    describeError(error, state.data, (list) =>
      form.querySelector(`[data-list="${CSS.escape(list)}"] .list-item-legend`)?.firstChild?.textContent?.trim(),
    );
  const revalidate = (paths: string[]) => {
    const found = errors();
    showFieldErrors(form, found, paths);
    if (!summary.hidden) {
      const stillWrong = found.filter((error) => shownErrorPaths(form).includes(error.path));
      if (stillWrong.length === 0) hideErrorSummary(summary);
    }
  };
  return {
    errors,
    describe,
    revalidate,
    showProblems(found, lead) {
      state.checked = true;
      showFieldErrors(form, found, new Set([...shownErrorPaths(form), ...found.map((error) => error.path)]));
      showErrorSummary(summary, form, found, lead ?? describe, open);
    },
    changed() {
      if (state.checked || shownErrorPaths(form).length) revalidate(shownErrorPaths(form));
    },
    left(element, next) {
      const control = element as HTMLInputElement;
      // A question of several controls (a set of choices, a date's boxes) is checked as one,
      // once focus leaves all of them.
      const group = control.closest<HTMLElement>("[data-field]");
      if ((!control.name && !group) || control.type === "hidden") return;
      if (group && next && group.contains(next)) return;
      const path = group?.dataset.field?.includes("#") ? control.name : (group?.dataset.field ?? control.name);
      // A question left empty is only flagged once the person asks to check: tabbing
      // through the form should not fill it with red.
      const hasValue = getAt(state.data, parsePath(path)) !== undefined;
      if (hasValue || state.checked || shownErrorPaths(form).includes(path)) revalidate([path]);
    },
    flag(found) {
      state.checked = true;
      showFieldErrors(form, found, found.map((error) => error.path));
    },
    reset() {
      hideErrorSummary(summary);
      state.checked = false;
    },
  };
}
