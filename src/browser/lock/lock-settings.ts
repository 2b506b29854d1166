import type { StoredWrite } from "../storage/contract-store.ts";
import type { DeviceLock } from "./device-lock.ts";
import type { PageLock } from "./page-lock.ts";
import type { SealedStore } from "./sealed-store.ts";

/** The shortest passphrase the lock takes (NIST SP 800-63B's floor for a memorised secret). */
export const MIN_PASSPHRASE = 8;

/** What the lock's settings need from the workbook. */
export interface LockSettingsOptions {
  /** dialog[data-lock-settings] of layouts/partials/lock-settings.njk. */
  dialog: HTMLDialogElement;
  lock: DeviceLock;
  store: SealedStore;
  page: PageLock;
  /** Saves the page's answers now (under the lock as it now is). */
  save(): Promise<unknown>;
}

/**
 * The passphrase lock's dialog: set a passphrase, lock now, change it or remove it.
 * Changing and removing ask for the current passphrase, so someone who finds the
 * workbook open cannot take the lock over. Every error is said by its field.
 */
export function createLockSettings({ dialog, lock, store, page, save }: LockSettingsOptions): { open(): void } {
  const find = <T extends Element>(selector: string) => {
    const found = dialog.querySelector<T>(selector);
    if (!found) throw new Error(`the lock's dialog has no ${selector}`);
    return found;
  };
  const result = find<HTMLElement>("[data-lock-settings-result]");
  const input = (id: string) => find<HTMLInputElement>(`#${id}`);
  const fields = ["lock-new", "lock-new-again", "lock-current", "lock-changed", "lock-changed-again", "lock-remove-current"];

  const fieldError = (id: string, message: string | undefined) => {
    const error = find<HTMLElement>(`#${id}-error`);
    const field = input(id);
    error.textContent = message ? `Error: ${message}` : "";
    error.hidden = !message;
    const hint = dialog.querySelector(`#${id}-hint`) ? `${id}-hint` : "";
    field.setAttribute("aria-describedby", [hint, message ? error.id : ""].filter(Boolean).join(" "));
    if (!field.getAttribute("aria-describedby")) field.removeAttribute("aria-describedby");
    if (message) field.setAttribute("aria-invalid", "true");
    else field.removeAttribute("aria-invalid");
  };
  const reset = () => {
    for (const id of fields) {
      input(id).value = "";
      fieldError(id, undefined);
    }
  };
  const show = () => {
    find<HTMLElement>('[data-lock-when="off"]').hidden = lock.isSet();
    find<HTMLElement>('[data-lock-when="on"]').hidden = !lock.isSet();
  };
  /** Checks a new passphrase and its repeat; focuses the first field in error. */
  const newPassphrase = (id: string, againId: string): string | undefined => {
    const value = input(id).value;
    const again = input(againId).value;
    const tooShort = value.length < MIN_PASSPHRASE ? `Enter a passphrase of at least ${MIN_PASSPHRASE} characters` : undefined;
    const mismatch = !tooShort && value !== again ? "The two passphrases are not the same" : undefined;
    fieldError(id, tooShort);
    fieldError(againId, mismatch);
    if (tooShort) input(id).focus();
    else if (mismatch) input(againId).focus();
    return tooShort || mismatch ? undefined : value;
  };
  const current = async (id: string): Promise<boolean> => {
    const value = input(id).value;
    const message = !value ? "Enter your current passphrase" : (await lock.check(value)) ? undefined : "That passphrase is not right";
    fieldError(id, message);
    if (message) input(id).focus();
    return !message;
  };
  const done = (message: string) => {
    reset();
    show();
    result.textContent = message;
    find<HTMLElement>("#lock-settings-title").focus();
  };
  const failed = (write: StoredWrite) => {
    result.textContent = write.ok ? "" : "The passphrase could not be saved in this browser's storage, so nothing was changed. Your answers are as they were.";
  };
  /** Seals what is stored under a new passphrase, in one step with the lock's record. */
  const setPassphrase = async (passphrase: string): Promise<boolean> => {
    const text = store.plainText();
    const written = await lock.set(passphrase, text === undefined ? undefined : { key: store.key, text });
    failed(written);
    if (!written.ok) return false;
    await store.prepare();
    await save();
    page.watch();
    return true;
  };
  const busy = async (form: HTMLFormElement, run: () => Promise<void>) => {
    const button = form.querySelector<HTMLButtonElement>("button[type=submit]");
    if (button?.disabled) return;
    if (button) button.disabled = true;
    result.textContent = "Working…";
    try {
      await run();
    } finally {
      if (result.textContent === "Working…") result.textContent = "";
      if (button) button.disabled = false;
    }
  };

  find<HTMLFormElement>("[data-lock-set]").addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(event.currentTarget as HTMLFormElement, async () => {
      const passphrase = newPassphrase("lock-new", "lock-new-again");
      if (passphrase && (await setPassphrase(passphrase))) done("Your answers are now locked with this passphrase. Keep it safe: without it, they can only be cleared.");
    });
  });
  find<HTMLFormElement>("[data-lock-change]").addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(event.currentTarget as HTMLFormElement, async () => {
      if (!(await current("lock-current"))) return;
      const passphrase = newPassphrase("lock-changed", "lock-changed-again");
      if (passphrase && (await setPassphrase(passphrase))) done("The passphrase was changed. Use the new one from now on.");
    });
  });
  find<HTMLFormElement>("[data-lock-remove]").addEventListener("submit", (event) => {
    event.preventDefault();
    void busy(event.currentTarget as HTMLFormElement, async () => {
      if (!(await current("lock-remove-current"))) return;
      // Plain first, then the record: a lock over plain text still opens, never the other way round.
      const unsealed = store.unseal();
      if (unsealed && !unsealed.ok) return failed(unsealed);
      const removed = lock.remove();
      if (!removed.ok) return failed(removed);
      page.watch();
      await save();
      done("The passphrase was removed. Your answers are kept in this browser without encryption.");
    });
  });
  find<HTMLButtonElement>("[data-lock-now]").addEventListener("click", () => void page.lockNow());
  find<HTMLButtonElement>("[data-lock-settings-close]").addEventListener("click", () => dialog.close());
  dialog.addEventListener("close", reset);

  return {
    open() {
      reset();
      show();
      result.textContent = "";
      dialog.showModal();
      find<HTMLElement>("#lock-settings-title").focus();
    },
  };
}
