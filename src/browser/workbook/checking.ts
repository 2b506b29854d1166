import { checkSignatures } from "../../contract/check-signatures.ts";
import { getAt, parsePath } from "../../contract/field-path.ts";
import type { FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import { completeErrors } from "./complete-errors.ts";
import { describeError } from "./describe-error.ts";
import { hideErrorSummary, showErrorSummary } from "./error-summary.ts";
import { shownErrorPaths, showFieldErrors } from "./field-errors.ts";
import type { Notices } from "./notices.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What checking needs from the page. */
export interface CheckingOptions {
  schema: CompiledSchema;
  state: WorkbookState;
  form: HTMLFormElement;
  summary: HTMLElement;
  notices: Notices;
}

/** Checks the answers against the whole contract and shows what is wrong where it is. */
export interface Checking {
  /** What stands between the answers now and a complete contract. */
  errors(): FieldError[];
  /** A problem as the person reads it: whose answer, which list item, what is wrong. */
  describe(error: FieldError): string;
  /** Checks the whole contract, both signatures included (the form's submit and the Check button). */
  check(): Promise<void>;
  /** Updates the messages of the given fields, and hides the summary once none of its problems is shown. */
  revalidate(paths: string[]): void;
  /** An answer changed: the messages already shown follow it. */
  changed(): void;
  /** The person left a control: say what is wrong with it, if they have started on it. */
  left(control: Element): void;
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
export function createChecking({ schema, state, form, summary, notices }: CheckingOptions): Checking {
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
    async check() {
      state.checked = true;
      const found = errors();
      // The signatures are compared with the answers only once the answers are complete.
      const signatureErrors = found.length === 0 ? (await checkSignatures(state.data)).errors : [];
      const all = [...found, ...signatureErrors];
      showFieldErrors(form, all, new Set([...shownErrorPaths(form), ...all.map((error) => error.path)]));
      if (all.length) {
        showErrorSummary(summary, form, all, describe);
      } else {
        hideErrorSummary(summary);
        notices.show({
          id: "check",
          tone: "success",
          title: "Your contract is complete and signed by you both",
          text: "Every answer fits, and both signatures cover the contract as it is now. You can see it as a document, print it, or save it as a PDF.",
        });
      }
    },
    changed() {
      if (state.checked || shownErrorPaths(form).length) revalidate(shownErrorPaths(form));
    },
    left(element) {
      const control = element as HTMLInputElement;
      if (!control.name || control.type === "hidden") return;
      // A question of several controls (a set of choices) is checked as one.
      const group = control.closest<HTMLElement>("[data-field]");
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
