import { element } from "../element.ts";
import { visibleControlsText } from "./visible-controls.ts";
import { answerHref } from "./workbook-link.ts";

/**
 * The "Change" link of one answer (the GOV.UK check-answers pattern): back to that
 * question in the workbook. Its visible word is short; the rest of its name, for a
 * screen reader's list of links, says which answer it changes: a partner's name in
 * it has its direction controls written out, as in the page's title.
 */
export function changeLink(path: string, what: string): HTMLElement {
  return element("a", {
    className: "contract-change",
    attributes: { href: answerHref(path) },
    children: ["Change", element("span", { className: "visually-hidden", children: [` ${visibleControlsText(what)}`] })],
  });
}
