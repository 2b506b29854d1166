import type { ContractStore, StoredWrite } from "../storage/contract-store.ts";
import { createAutosave } from "./autosave.ts";
import type { Notices } from "./notices.ts";
import type { WorkbookState } from "./workbook-state.ts";

/** How long after the last keystroke the workbook saves (the budget is 500 ms). */
export const AUTOSAVE_DELAY = 300;

/** How the save status line reads: green, waiting or red. */
export type StatusTone = "ok" | "pending" | "error";

/** What saving needs from the page. */
export interface SavingOptions {
  state: WorkbookState;
  store: ContractStore;
  /** The schema version written into every save. */
  version: number;
  /** The status line in the toolbar. */
  status: HTMLElement;
  notices: Notices;
  /** Offers the answers as a file: the way out when storage fails. */
  saveToFile: () => void;
  /** The window whose leaving flushes a waiting save. */
  window: Window;
  delay?: number;
}

/** Writes the answers to this device's storage and says how that went. */
export interface Saving {
  /** Saves now, unless saving is on hold; returns how the write went (later, when the store encrypts), or undefined when held. */
  save(): StoredWrite | Promise<StoredWrite> | undefined;
  /** The answers changed: say a save is coming, and save after a pause in typing. */
  changed(): void;
  /** Drops a save that is waiting for the pause. */
  cancel(): void;
  /** Writes the status line. */
  status(text: string, tone: StatusTone): void;
}

/**
 * Saves the answers on this device: after a pause in typing, at once when the page is
 * left, and never while on hold. "Saved" is said only after the store has read the
 * write back; a failed write keeps the answers in the page and offers them as a file.
 */
export function createSaving(options: SavingOptions): Saving {
  const { state, store, notices } = options;
  const status: Saving["status"] = (text, tone) => {
    options.status.textContent = text;
    options.status.dataset.tone = tone;
  };
  // Counts changes, so a write that finishes after newer typing does not call that typing saved.
  let changes = 0;
  const report = (result: StoredWrite, changesWhenWritten: number): StoredWrite => {
    if (result.ok) {
      if (changesWhenWritten !== changes) return result;
      state.unsaved = false;
      notices.dismiss("storage");
      status(`Saved on this device at ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`, "ok");
    } else {
      state.unsaved = true;
      status("Not saved on this device", "error");
      notices.show({
        id: "storage",
        tone: "error",
        title: "Your answers could not be saved on this device",
        text: `${storageProblem(result.reason)} They are still here in this page: save them to a file so nothing is lost.`,
        actions: [{ label: "Save to a file", run: options.saveToFile }],
      });
    }
    return result;
  };
  // A locked workbook's store encrypts before it writes, so its answer comes later (src/browser/lock/sealed-store.ts).
  const save = (): StoredWrite | Promise<StoredWrite> | undefined => {
    if (state.hold) return undefined;
    const now = changes;
    const result = store.write(JSON.stringify({ ...state.data, schemaVersion: options.version }));
    return result instanceof Promise ? result.then((written) => report(written, now)) : report(result, now);
  };
  const autosave = createAutosave(save, options.delay ?? AUTOSAVE_DELAY, options.window);
  // The browser asks "leave site?" only while answers exist in this page alone.
  options.window.addEventListener("beforeunload", (event) => {
    autosave.flush();
    // "Exit this page" never stops to ask (issue 15): its last save is already under way.
    if (state.unsaved && state.hold !== "leaving") event.preventDefault();
  });
  return {
    save,
    changed() {
      changes++;
      state.unsaved = true;
      if (!state.hold) status("Saving…", "pending");
      autosave.schedule();
    },
    cancel: autosave.cancel,
    status,
  };
}

/** Why a write failed, in the person's words. */
function storageProblem(reason: Exclude<StoredWrite, { ok: true }>["reason"]): string {
  switch (reason) {
    case "quota":
      return "This browser's storage for the site is full.";
    case "unavailable":
      return "This browser does not allow saving here (a private window, or storage turned off).";
    case "mismatch":
      return "The saved copy did not read back the same.";
  }
}
