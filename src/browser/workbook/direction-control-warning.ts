import { DIRECTION_CONTROLS } from "../contract/visible-controls.ts";
import { element } from "../element.ts";

/**
 * Warns beside an answer while it holds a direction control (U+202A to U+202E,
 * U+2066 to U+2069): such a character is invisible but can make the printed line
 * read differently from the signed data, so the contract shows it as a code. The
 * warning goes when the character does; the answer is never changed.
 */
export function showDirectionWarning(form: HTMLFormElement, target: HTMLInputElement | HTMLTextAreaElement): void {
  const found = [...new Set(target.value.match(DIRECTION_CONTROLS) ?? [])];
  const id = `${target.id}-direction`;
  let warning = form.ownerDocument.getElementById(id);
  if (found.length === 0) {
    if (!warning) return;
    warning.remove();
    const ids = (target.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((other) => other && other !== id);
    if (ids.length) target.setAttribute("aria-describedby", ids.join(" "));
    else target.removeAttribute("aria-describedby");
    return;
  }
  const codes = found.map((char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`).join(", ");
  const text = `This answer holds a hidden character that changes the direction of text (${codes}). Your contract shows it as a code rather than applying it; delete it unless you meant to type it.`;
  if (!warning) {
    warning = element("p", { className: "field-warning", attributes: { id, role: "status" } });
    target.insertAdjacentElement("afterend", warning);
    const described = target.getAttribute("aria-describedby");
    target.setAttribute("aria-describedby", described ? `${described} ${id}` : id);
  }
  warning.textContent = text;
}
