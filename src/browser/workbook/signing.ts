import { fingerprint } from "../../contract/fingerprint.ts";
import { partnerName } from "../../contract/partners.ts";
import { partnerOf } from "../../layout/contract-names.ts";
import type { Checking } from "./checking.ts";
import { hideErrorSummary } from "./error-summary.ts";
import type { Announce } from "./live-region.ts";
import { localDate } from "./local-date.ts";
import type { Saving } from "./saving.ts";
import { errorsBeforeSigning } from "./signing-errors.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What signing needs from the page. */
export interface SigningOptions {
  state: WorkbookState;
  form: HTMLFormElement;
  summary: HTMLElement;
  checking: Checking;
  saving: Saving;
  /** Reads the form into the state and redraws what depends on it. */
  refresh: () => void;
  announce: Announce;
  /** Runs after a signature is given, once it is saved. */
  onSigned?: () => void;
}

/** Signs for a partner, and takes a signature back when it is edited. */
export interface Signing {
  /** Signs the contract for the signature at `signature` (`signatures.a`), or says what stops it. */
  sign(signature: string): Promise<void>;
  /** An answer changed: a change to a signature itself (its name, method, drawing or date) takes it back. */
  changed(source?: Element): void;
}

/**
 * Signing writes the fingerprint of the answers into the partner's signature, once
 * the contract is complete; it fills in today's date if the partner left it empty,
 * and saves at once rather than after the typing pause.
 */
export function createSigning({ state, form, summary, checking, saving, refresh, announce, onSigned }: SigningOptions): Signing {
  return {
    async sign(signature) {
      const partner = partnerOf(signature);
      if (!partner) throw new Error(`"${signature}" is not a partner's signature`);
      const dateInput = form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(`${signature}.date`)}"]`);
      if (dateInput && !dateInput.value) dateInput.value = localDate(new Date());
      refresh();
      const errors = errorsBeforeSigning(checking.errors(), signature, state.data);
      if (errors.length) {
        checking.showProblems(errors, (error) => `Before ${partnerName(state.data, partner)} signs: ${checking.describe(error)}`);
        return;
      }
      const output = form.querySelector<HTMLOutputElement>(`output[name="${CSS.escape(`${signature}.fingerprint`)}"]`);
      if (!output) return;
      output.value = await fingerprint(state.data);
      refresh();
      hideErrorSummary(summary);
      saving.cancel();
      saving.save();
      announce(`Signed by ${partnerName(state.data, partner)}`);
      onSigned?.();
    },
    changed(source) {
      // A signature covers what the partner gave: changing it means giving it again.
      // The fingerprint's own output is written by signing, so it takes nothing back.
      const signature = source?.closest<HTMLElement>("[data-signature]");
      if (signature && !(source as HTMLElement).matches("output")) {
        const output = signature.querySelector<HTMLOutputElement>("output[name$='.fingerprint']");
        if (output) output.value = "";
      }
    },
  };
}
