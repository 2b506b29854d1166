import { startExitThisPage } from "../exit/exit-this-page.ts";
import { clearDevice, listInWords } from "../storage/clear-device.ts";
import type { DeviceLock } from "./device-lock.ts";
import { startPageLock } from "./page-lock.ts";
import type { SealedStore } from "./sealed-store.ts";

/** What the contract page's safety needs. */
export interface ContractSafetyOptions {
  document: Document;
  window: Window;
  lock: DeviceLock;
  store: SealedStore;
  /** Shows the stored contract (or the empty state when nothing is stored). */
  showStored(): Promise<void>;
  /** Where a sentence about what happened goes (the page's notices, at the top). */
  notices: HTMLElement;
}

/**
 * Issue 15 on the contract view: "Exit this page", and the lock: the page opens on
 * the locked screen when a passphrase is set, shows the stored contract once it is
 * given, and locks after a period without use. A contract handed to the page's API
 * (the PDF command line) is shown whatever the lock: it is not stored data. When the
 * stored contract is cleared (here, after a forgotten passphrase, or in another
 * tab), the page stops showing it at once.
 */
export function startContractSafety({ document, window, lock, store, showStored, notices }: ContractSafetyOptions): { handed(): void } {
  const screen = document.querySelector<HTMLElement>("[data-lock-screen]");
  if (!screen) throw new Error("the contract page has no locked screen");
  const say = (text: string) => {
    const line = document.createElement("p");
    line.className = "notice notice-success";
    line.setAttribute("role", "status");
    line.textContent = text;
    notices.replaceChildren(line);
  };
  const page = startPageLock({
    window,
    lock,
    store,
    screen,
    flush: async () => true,
    open: () => void showStored(),
    async clearEverything() {
      page.shut();
      const cleared = clearDevice(() => [window.localStorage, window.sessionStorage]);
      await showStored();
      say(cleared.ok ? `Everything was cleared from this device. Removed: ${listInWords(cleared.removed) || "nothing was stored"}.` : "Not everything could be cleared from this device's storage.");
    },
    unreadable: () => say("Your saved contract could not be opened with this passphrase. It is untouched: reload the page and try again."),
  });
  startExitThisPage({ document, window, beforeLeave: () => page.shut() });
  window.addEventListener("storage", (event) => {
    if ((event.key === store.key && event.newValue === null) || event.key === null) void showStored();
  });
  return {
    handed() {
      screen.hidden = true;
      document.documentElement.removeAttribute("data-locked");
    },
  };
}
