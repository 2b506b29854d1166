import { element } from "../element.ts";

/** From this share of its limit on, a text's count shows how many characters are left (GOV.UK's threshold). */
export const COUNT_FROM = 0.75;

/** How long after the last keystroke the count is said to screen readers, as GOV.UK waits. */
export const ANNOUNCE_AFTER = 1000;

/** What the count under a text says, and how it looks. */
export interface CountMessage {
  text: string;
  /** "quiet" below the threshold, "near" from it, "over" past the limit. */
  tone: "quiet" | "near" | "over";
}

/**
 * The count of a text of `length` characters (as the validator counts them: UTF-16
 * units, JavaScript's length) against its `limit`: the limit itself until the text
 * nears it, then what is left, then how many are over, which is an error.
 */
export function countMessage(length: number, limit: number): CountMessage {
  const left = limit - length;
  if (left < 0) return { text: `You have ${-left} character${left === -1 ? "" : "s"} too many`, tone: "over" };
  if (length >= limit * COUNT_FROM) return { text: `You have ${left} character${left === 1 ? "" : "s"} left`, tone: "near" };
  return { text: `Up to ${limit} characters`, tone: "quiet" };
}

/** Keeps the character counts of a form's texts up to date. */
export interface CharacterCounts {
  /** Counts every text again (after a file or a saved contract is loaded). */
  refresh(): void;
}

/**
 * The GOV.UK character count: under each text with a limit (`data-maxlength`), a
 * visible count that speaks up as the text nears its limit and turns into an error
 * past it, and a polite live region that says the same to screen readers once typing
 * pauses. Nothing typed or pasted is ever cut: the page has no `maxlength`. The line
 * the build wrote ("Up to 160 characters") stays as the control's description, for
 * screen readers, and the count takes its place on screen.
 */
export function watchCharacterCounts(form: HTMLFormElement, delay = ANNOUNCE_AFTER): CharacterCounts {
  const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  const parts = (control: HTMLInputElement | HTMLTextAreaElement) => {
    const limitLine = form.ownerDocument.getElementById(`${control.id}-limit`);
    if (!limitLine) return undefined;
    let shown = limitLine.nextElementSibling?.matches("[data-char-count]") ? (limitLine.nextElementSibling as HTMLElement) : undefined;
    if (!shown) {
      shown = element("p", { className: "char-count", attributes: { "aria-hidden": "true", "data-char-count": "" } });
      const spoken = element("p", { className: "visually-hidden", attributes: { "aria-live": "polite", "data-char-count-status": "" } });
      limitLine.after(shown, spoken);
      limitLine.classList.add("visually-hidden");
    }
    return { shown, spoken: shown.nextElementSibling as HTMLElement };
  };
  const update = (control: HTMLInputElement | HTMLTextAreaElement, announce: boolean) => {
    const limit = Number(control.dataset.maxlength);
    const found = parts(control);
    if (!found || !Number.isFinite(limit)) return;
    const message = countMessage(control.value.length, limit);
    found.shown.textContent = message.text;
    found.shown.dataset.tone = message.tone;
    control.classList.toggle("is-over-limit", message.tone === "over");
    if (!announce) return;
    clearTimeout(timers.get(control));
    // Said once typing pauses, and only once it matters: every keystroke would drown a screen reader.
    timers.set(
      control,
      setTimeout(() => {
        found.spoken.textContent = message.tone === "quiet" ? "" : message.text;
      }, delay),
    );
  };
  const refresh = () => {
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-maxlength]")) {
      if (!control.closest("template")) update(control, false);
    }
  };
  form.addEventListener("input", (event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset?.maxlength !== undefined) update(target, true);
  });
  refresh();
  return { refresh };
}
