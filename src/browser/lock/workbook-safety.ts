import { startExitThisPage } from "../exit/exit-this-page.ts";
import { startKeeping, type Keeping } from "../keeping/keeping.ts";
import type { Confirmation } from "../workbook/confirm-dialog.ts";
import type { Notices } from "../workbook/notices.ts";
import type { Saving } from "../workbook/saving.ts";
import type { WorkbookState } from "../workbook/workbook-state.ts";
import type { DeviceLock } from "./device-lock.ts";
import { startPageLock } from "./page-lock.ts";
import type { SealedStore } from "./sealed-store.ts";

/** What the workbook's safety needs from the workbook. */
export interface WorkbookSafetyOptions {
  document: Document;
  window: Window;
  /** The workbook's article, its bar and its notices. */
  page: HTMLElement;
  bar: HTMLElement;
  notices: Notices;
  lock: DeviceLock;
  store: SealedStore;
  state: WorkbookState;
  saving: Saving;
  confirm: (question: Confirmation) => Promise<boolean>;
  /** Opens the stored answers into the page (restore-saved-contract.ts). */
  open(): void;
  /** Puts answers into the form, replacing every answer it held. */
  load(data: Record<string, unknown>): void;
  /** Forgets the last check. */
  resetChecking(): void;
  /** Offers the answers as a file. */
  exportContract(): void | Promise<void>;
}

/** The workbook's safety, once started. */
export interface WorkbookSafety {
  /** An answer changed. */
  changed(): void;
  /** Saves a copy to a file, and remembers when. */
  saveCopy(): void;
  /** "Clear everything": after a yes, removes everything the site stored, and says what. */
  clearEverything(): Promise<void>;
}

/**
 * Issue 15 in the workbook, in one place so the workbook's own wiring stays small:
 * "Exit this page", the optional passphrase lock (its locked screen, its settings,
 * the idle lock), keeping answers over weeks (the bar's line, the reminder), and
 * "Clear everything" that clears all of it.
 */
export function startWorkbookSafety(options: WorkbookSafetyOptions): WorkbookSafety {
  const { document, window, lock, store, state, saving, notices } = options;
  const find = <T extends Element>(selector: string) => {
    const found = document.querySelector<T>(selector);
    if (!found) throw new Error(`the workbook has no ${selector}`);
    return found;
  };
  let keeping: Keeping | undefined;

  /** Saves what is waiting; false when the answers exist in this page alone. */
  const flush = async () => {
    saving.cancel();
    if (state.unsaved && !state.hold) await saving.save();
    return !state.unsaved;
  };
  const say = (removed: string[], ok: boolean, listInWords: (items: string[]) => string) =>
    notices.show({
      id: "cleared",
      tone: ok ? "success" : "error",
      title: ok ? "Everything was cleared from this device" : "Cleared from this page, but not all of it from this device's storage",
      text: `${removed.length ? `Removed: ${listInWords(removed)}.` : "Nothing was stored here."} A copy you saved to a file is not affected.`,
    });
  const clear = async () => {
    saving.cancel();
    page.shut();
    // Loaded when asked for: clearing is rare.
    const { clearDevice, listInWords } = await import("../workbook/off-the-way.ts");
    const cleared = clearDevice(() => [window.localStorage, window.sessionStorage]);
    options.load({});
    state.unsaved = false;
    options.resetChecking();
    keeping?.cleared();
    saving.status(cleared.ok ? "Everything was cleared from this device" : "Cleared from this page, but not from this device's storage", cleared.ok ? "ok" : "error");
    say(cleared.removed, cleared.ok, listInWords);
  };

  const page = startPageLock({
    window,
    lock,
    store,
    screen: find<HTMLElement>("[data-lock-screen]"),
    flush,
    clearEverything: clear,
    unreadable() {
      saving.status("Not saving, to keep your saved answers safe", "error");
      state.hold = "newer-version";
      notices.show({ id: "stored", tone: "warning", title: "Your saved answers could not be opened", text: "They were locked with a passphrase this page cannot use. They are untouched: reload the page and type the passphrase again." });
    },
    open() {
      options.open();
      keeping?.remind();
    },
  });
  startExitThisPage({
    document,
    window,
    // Leaving comes first: the page is hidden, the waiting save is started (sealed with the key of the moment; the exit waits for it at most a quarter second), and the browser must not stop to ask "Leave site?".
    beforeLeave() {
      saving.cancel();
      const last = state.unsaved && !state.hold ? saving.save() : undefined;
      state.hold = "leaving";
      page.shut();
      return last;
    },
  });
  // The lock's dialog is loaded the first time it is asked for.
  let settings: Promise<{ open(): void }> | undefined;
  options.bar.addEventListener("click", (event) => {
    if (!(event.target as Element).closest('[data-action="lock"]')) return;
    settings ??= import("../workbook/off-the-way.ts").then(({ createLockSettings }) =>
      createLockSettings({ dialog: find<HTMLDialogElement>("[data-lock-settings]"), lock, store, page, save: async () => saving.save() }),
    );
    void settings.then((dialog) => dialog.open());
  });
  // The file actions may still be loading: the copy counts as saved once it is written.
  const saveCopy = () => void Promise.resolve(options.exportContract()).then(() => keeping?.copied());
  keeping = startKeeping({ window, line: find<HTMLElement>("[data-keep-status]"), notices, saveCopy });
  if (!lock.isSet()) keeping.remind();

  return {
    // While saving is on hold (another tab, a newer version's copy) nothing at all is written, the reminders' memory included.
    changed: () => !state.hold && keeping?.changed(),
    saveCopy,
    async clearEverything() {
      const yes = await options.confirm({
        title: "Clear everything?",
        text: "This removes from this browser every answer and both signatures, the passphrase lock if you set one, and the reminders about saving a copy. It cannot be undone. Save a copy to a file first if you may want your answers back.",
        confirmLabel: "Clear everything",
      });
      if (yes) await clear();
    },
  };
}
