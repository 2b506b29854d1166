import type { ContractStore } from "../storage/contract-store.ts";
import type { Notices } from "./notices.ts";
import type { Saving } from "./saving.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** What the other-tab hold needs from the page. */
export interface OtherTabOptions {
  state: WorkbookState;
  store: ContractStore;
  saving: Saving;
  notices: Notices;
  /** The window whose `storage` events report another tab's writes. */
  window: Window;
}

/**
 * Stops saving when another tab or window changes the saved contract (or clears the
 * site's storage), so that neither tab silently overwrites the other, and lets the
 * person choose: load the other tab's version, or keep this one and save it over.
 */
export function holdForOtherTabs({ state, store, saving, notices, window }: OtherTabOptions): void {
  window.addEventListener("storage", (event) => {
    // A null key means the other tab cleared all of the site's storage.
    if (event.key !== store.key && event.key !== null) return;
    state.hold = "other-tab";
    saving.cancel();
    saving.status("Not saving: the contract changed in another tab", "error");
    notices.show({
      id: "other-tab",
      tone: "warning",
      title: "This contract was changed in another tab or window",
      text: "To keep both sets of changes from overwriting each other, this tab has stopped saving. Load the latest version, or keep what is in this tab and save it over the other.",
      actions: [
        {
          label: "Load the latest version",
          run: () => {
            // The person chose to drop this tab's changes: no "leave site?" prompt.
            state.unsaved = false;
            window.location.reload();
          },
        },
        {
          label: "Keep this tab's version",
          run: () => {
            state.hold = undefined;
            notices.dismiss("other-tab");
            saving.save();
          },
        },
      ],
    });
  });
}
