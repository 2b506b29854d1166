import type { DeviceLock } from "./device-lock.ts";

/** What the locked screen needs from its page. */
export interface LockScreenOptions {
  /** The section of layouts/partials/lock-screen.njk. */
  screen: HTMLElement;
  lock: DeviceLock;
  /** The passphrase was right: open the page's answers. */
  unlocked(): Promise<void> | void;
  /** The passphrase is forgotten and the person confirmed: clear everything (the page then says what was removed). */
  clearEverything(): Promise<void> | void;
}

/**
 * Shows the locked screen in place of the page's answers (the root element's
 * `data-locked` hides them) and asks for the passphrase. A wrong one is said to be
 * wrong and nothing more; a forgotten one leads only to clearing everything, after a
 * confirmation that says exactly what that removes.
 */
export function showLockScreen({ screen, lock, unlocked, clearEverything }: LockScreenOptions): void {
  const find = <T extends Element>(selector: string) => {
    const found = screen.querySelector<T>(selector);
    if (!found) throw new Error(`the locked screen has no ${selector}`);
    return found;
  };
  const form = find<HTMLFormElement>("[data-lock-form]");
  const input = find<HTMLInputElement>("#lock-passphrase");
  const error = find<HTMLElement>("[data-lock-error]");
  const field = find<HTMLElement>("[data-lock-field]");
  const submit = find<HTMLButtonElement>("[data-lock-submit]");
  const progress = find<HTMLElement>("[data-lock-progress]");
  const forgotten = find<HTMLDetailsElement>("[data-lock-forgotten]");
  const confirm = find<HTMLElement>("[data-lock-confirm]");
  const root = screen.ownerDocument.documentElement;

  root.toggleAttribute("data-locked", true);
  screen.hidden = false;
  find<HTMLElement>("[data-lock-title]").focus();

  const say = (message: string | undefined) => {
    error.textContent = message ? `Error: ${message}` : "";
    error.hidden = !message;
    field.classList.toggle("field-has-error", Boolean(message));
    if (message) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", error.id);
    } else {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  };
  const close = async () => {
    input.value = "";
    screen.hidden = true;
    root.removeAttribute("data-locked");
    await unlocked();
  };

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    const passphrase = input.value;
    if (!passphrase) {
      say("Enter your passphrase");
      input.focus();
      return;
    }
    submit.disabled = true;
    progress.textContent = "Unlocking…";
    try {
      const result = await lock.unlock(passphrase);
      progress.textContent = "";
      if (result === "unlocked" || result === "unavailable") {
        // "unavailable": the lock was removed meanwhile (in another tab): nothing is locked any more.
        say(undefined);
        await close();
      } else if (result === "wrong") {
        say("That passphrase is not right");
        input.value = "";
        input.focus();
      } else {
        say("The lock saved in this browser is damaged, so the answers cannot be opened. If you saved a copy to a file, clear everything and open it in the workbook");
        forgotten.open = true;
        input.focus();
      }
    } finally {
      submit.disabled = false;
    }
  });

  find<HTMLButtonElement>("[data-lock-clear]").addEventListener("click", () => {
    confirm.hidden = false;
    find<HTMLElement>("#lock-confirm-title").focus();
  });
  find<HTMLButtonElement>("[data-lock-clear-no]").addEventListener("click", () => {
    confirm.hidden = true;
    find<HTMLButtonElement>("[data-lock-clear]").focus();
  });
  find<HTMLButtonElement>("[data-lock-clear-yes]").addEventListener("click", async () => {
    await clearEverything();
    confirm.hidden = true;
    forgotten.open = false;
    say(undefined);
    await close();
  });
}
