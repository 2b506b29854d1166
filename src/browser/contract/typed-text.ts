import { element } from "../element.ts";
import { visibleControls } from "./visible-controls.ts";

/**
 * The one place where text a person typed (an answer, a name) becomes part of the
 * page, inside a sentence or on its own: a span of text nodes, never markup, isolated
 * in its own direction (`dir="auto"`: a Hebrew name inside an English sentence), with
 * every hidden direction control shown as a marked code (visibleControls), so the
 * marks apply everywhere typed text appears.
 */
export function typedText(text: string, className = "contract-text"): HTMLElement {
  return element("span", { className, attributes: { dir: "auto" }, children: visibleControls(text) });
}
