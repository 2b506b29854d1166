import type { Page } from "puppeteer";
import { fieldMarkerUrl, headingMarkerUrl } from "./field-markers.ts";

/**
 * Puts an invisible overlay link over each heading of the table of contents
 * (`[data-toc-heading]`), and, when `fields` is set, over each writing area and choice
 * box (`[data-field]`, with `data-option` for a box of a choice). Chromium prints each
 * link as a link annotation with the exact rectangle on the right page, which the PDF
 * stage reads and then removes (see field-markers.ts). Styles are set through the
 * CSSOM, which the page's CSP allows; the links are hidden from assistive technology.
 */
export async function markPage(page: Page, options: { fields: boolean }): Promise<{ headings: number; fields: number }> {
  const urls = { heading: headingMarkerUrl(""), field: fieldMarkerUrl("") };
  // No named functions inside: tsx (esbuild keepNames) would wrap them in a
  // `__name` helper that exists in Node, not in the page.
  return page.evaluate(
    ({ fields, urls }) => {
      for (const old of document.querySelectorAll(".pdf-marker")) old.remove();
      const headings = [...document.querySelectorAll<HTMLElement>("[data-toc-heading][id]")];
      const areas = fields ? [...document.querySelectorAll<HTMLElement>("[data-field]")] : [];
      const targets: [HTMLElement, string][] = [
        ...headings.map((heading): [HTMLElement, string] => [heading, urls.heading + heading.id]),
        ...areas.map((area): [HTMLElement, string] => [area, urls.field + area.dataset.field + (area.dataset.option === undefined ? "" : `/${area.dataset.option}`)]),
      ];
      for (const [host, href] of targets) {
        const link = document.createElement("a");
        link.href = href;
        link.className = "pdf-marker";
        link.setAttribute("aria-hidden", "true");
        link.tabIndex = -1;
        Object.assign(link.style, { position: "absolute", inset: "0", display: "block", color: "transparent", textDecoration: "none" });
        if (getComputedStyle(host).position === "static") host.style.position = "relative";
        host.append(link);
      }
      return { headings: headings.length, fields: areas.length };
    },
    { fields: options.fields, urls },
  );
}

/** Writes each heading's page number into its table-of-contents entry (`[data-toc-page]`). */
export async function setTocPages(page: Page, pages: Record<string, number>): Promise<string[]> {
  return page.evaluate((pages) => {
    const missing: string[] = [];
    for (const entry of document.querySelectorAll<HTMLElement>("[data-toc-page]")) {
      const id = entry.dataset.tocPage ?? "";
      const number = Object.hasOwn(pages, id) ? pages[id] : undefined;
      if (number === undefined) missing.push(id);
      entry.textContent = number === undefined ? "" : String(number);
    }
    return missing;
  }, pages);
}
