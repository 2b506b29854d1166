import type { FieldError } from "../../contract/validate-contract.ts";
import type { CompiledSchema } from "../../schema/compile-schema.ts";
import type { ContractStore } from "../storage/contract-store.ts";
import { openSavedContract } from "../storage/open-saved-contract.ts";
import type { Notices } from "./notices.ts";
import type { Saving } from "./saving.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What restoring the saved contract needs from the page. */
export interface RestoreOptions {
  schema: CompiledSchema;
  state: WorkbookState;
  store: ContractStore;
  saving: Saving;
  notices: Notices;
  /** Reads the form into the state, then redraws what depends on it. */
  refresh: () => void;
  /** Puts answers into the form, replacing every answer it held. */
  load: (data: Record<string, unknown>) => void;
  describe: (error: FieldError) => string;
  /** Shows problems on their fields, and keeps checking every change from then on. */
  flag: (errors: FieldError[]) => void;
  /** Offers the answers as a file: the way out when storage is off. */
  saveToFile: () => void;
}

/**
 * Opens the page on the contract saved on this device, brought up to date if an
 * older workbook saved it. What cannot be opened (a newer version's copy, a damaged
 * one) is left untouched and saving waits, so the page never writes over it.
 */
export function restoreSavedContract(options: RestoreOptions): void {
  const { state, saving, notices, refresh } = options;
  const opened = openSavedContract(options.store, options.schema);
  switch (opened.kind) {
    case "empty":
      refresh();
      return;
    case "unavailable":
      refresh();
      saving.status("Not saving: this browser's storage is turned off", "error");
      notices.show({
        id: "storage",
        tone: "warning",
        title: "This browser will not let the workbook save",
        text: "Storage is turned off here (a private window or a browser setting). You can still fill in the workbook; save it to a file before you close the page.",
        actions: [{ label: "Save to a file", run: options.saveToFile }],
      });
      return;
    case "refused":
      state.hold = "newer-version";
      refresh();
      saving.status("Not saving, to keep your saved contract safe", "error");
      notices.show({
        id: "stored",
        tone: "warning",
        title: "Your saved contract could not be opened here",
        text: `${opened.message}`,
        items: (opened.errors ?? []).map((error) => options.describe(error)),
      });
      return;
    case "loaded":
      options.load(opened.data);
      saving.status("Your saved answers are back", "ok");
      // A draft saved with answers that do not fit opens anyway, its problems shown.
      if (opened.errors?.length) options.flag(opened.errors);
      if (opened.migratedFrom !== undefined) {
        saving.save();
        notices.show({
          id: "stored",
          tone: "info",
          title: "Your contract was brought up to date",
          text: "It was saved by an older version of the workbook. Your answers have been moved into this version; please look them over.",
        });
      }
      return;
  }
}
