import { element } from "../element.ts";

/**
 * The one place where text a person typed (an answer, a name) becomes part of the
 * page, inside a sentence or on its own: a span of text nodes, never markup. Marks
 * that make hidden characters visible belong here, so they apply everywhere typed
 * text appears.
 */
export function typedText(text: string, className = "contract-text"): HTMLElement {
  return element("span", { className, children: [text] });
}
