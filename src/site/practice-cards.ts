import { parseHTML } from "linkedom";

/**
 * The practice cards (`::: card` callouts, rendered as `.callout-card`) of a page's
 * rendered content, to print again elsewhere. The cards' ids are dropped: they belong
 * to their own page, and could clash with the ids of the page they are copied into.
 */
export function practiceCards(html: string): string[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll(".callout-card")].map((card) => {
    for (const element of [card, ...card.querySelectorAll("[id]")]) element.removeAttribute("id");
    return card.outerHTML;
  });
}
