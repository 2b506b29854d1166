import type { FieldError } from "../../contract/validate-contract.ts";
import { errorTarget } from "./error-target.ts";

/**
 * Shows or clears the message of each field named in `paths`, from `errors`: the
 * message goes in the field's error slot, the slot joins the control's
 * aria-describedby, and the control is marked aria-invalid, the GOV.UK pattern.
 */
export function showFieldErrors(form: HTMLFormElement, errors: FieldError[], paths: Iterable<string>): void {
  for (const path of paths) {
    const target = errorTarget(form, path);
    if (!target?.slot) continue;
    const message = errors.find((error) => error.path === path)?.message;
    const slot = target.slot;
    const controls = target.container.matches("input, textarea")
      ? [target.container]
      : Array.from(target.container.querySelectorAll<HTMLElement>("input:not([type=hidden]), textarea"));
    const describers = [target.container, ...controls, target.control];
    slot.hidden = message === undefined;
    slot.textContent = message === undefined ? "" : `Error: ${message}`;
    target.container.classList.toggle("has-error", message !== undefined);
    for (const element of describers) {
      const ids = (element.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id && id !== slot.id);
      if (message !== undefined && element.matches("input, textarea, fieldset")) ids.push(slot.id);
      else if (message !== undefined && element === target.control && element.matches("button")) ids.push(slot.id);
      if (ids.length) element.setAttribute("aria-describedby", ids.join(" "));
      else element.removeAttribute("aria-describedby");
    }
    for (const control of controls) {
      if (message === undefined) control.removeAttribute("aria-invalid");
      else control.setAttribute("aria-invalid", "true");
    }
  }
}

/** Every path the form currently shows a message for. */
export function shownErrorPaths(form: HTMLFormElement): string[] {
  return Array.from(form.querySelectorAll<HTMLElement>(".has-error"), (element) =>
    element.dataset.field ?? element.dataset.list ?? "",
  ).filter(Boolean);
}
