import type { Page } from "puppeteer-core";
import { FILL_MARKER } from "./field-markers.ts";
import type { LinkMarker } from "./link-markers.ts";

/**
 * The printed workbook's bottom page margin, in millimetres: `@page { margin: 18mm 16mm
 * 20mm }` in layouts/css/print.css, which every page of the workbook inherits.
 */
export const PAGE_MARGIN_BOTTOM_MM = 20;
/** The top margin, from the same rule. */
export const PAGE_MARGIN_TOP_MM = 18;

/** Room left under a grown box, in millimetres, so that rounding never pushes it onto a page of its own. */
const SAFETY_MM = 3;

/** What a box alone on its page keeps clear of the page's full height (its own top margin, and more). */
const SPLIT_GUARD_MM = 5;

const MM_PER_POINT = 25.4 / 72;

/** Where each box that fills its page's end landed, by its index: its page, the room under it, and how far it may grow. */
export type PageEnds = Record<string, { page: number; roomMm: number; growMm: number }>;

/**
 * Puts an invisible overlay link over each box that may grow to the end of its page
 * (`[data-fill-page]`: the notes box that ends a step), as markPage does for headings,
 * so the print tells where each box ends.
 */
export async function markPageEnds(page: Page): Promise<number> {
  return page.evaluate((prefix) => {
    const boxes = [...document.querySelectorAll<HTMLElement>("[data-fill-page]")];
    boxes.forEach((box, index) => {
      const link = document.createElement("a");
      link.href = `${prefix}${index}`;
      link.className = "pdf-marker";
      link.setAttribute("aria-hidden", "true");
      link.tabIndex = -1;
      Object.assign(link.style, { position: "absolute", inset: "0", display: "block", color: "transparent", textDecoration: "none" });
      if (getComputedStyle(box).position === "static") box.style.position = "relative";
      box.dataset.fillIndex = String(index);
      box.append(link);
    });
    return boxes.length;
  }, FILL_MARKER);
}

/**
 * Reads, from a print's fill markers (FILL_MARKER link annotations, in page order) on
 * paper `pageHeightMm` tall, the page each marked box landed on and the room between
 * its bottom and the page's margin.
 */
export function readPageEnds(markers: readonly LinkMarker[], pageHeightMm: number): PageEnds {
  const ends: PageEnds = {};
  for (const marker of markers) {
    const id = marker.url.slice(FILL_MARKER.length);
    // PDF user space starts at the page's bottom: the box's lowest edge is rect.y.
    const roomMm = marker.rect.y * MM_PER_POINT - PAGE_MARGIN_BOTTOM_MM;
    const pageMm = pageHeightMm - PAGE_MARGIN_TOP_MM - PAGE_MARGIN_BOTTOM_MM;
    // A box taller than a page would be split across two (its break-inside: avoid given up):
    // one alone on its page stops a margin short of the page's height.
    const tallest = pageMm - SPLIT_GUARD_MM - marker.rect.height * MM_PER_POINT;
    // A box split over two pages has two markers: the first page's is where it starts.
    if (ends[id] === undefined) ends[id] = { page: marker.pageIndex + 1, roomMm, growMm: Math.max(0, Math.min(roomMm - SAFETY_MM, tallest)) };
  }
  return ends;
}

/**
 * Grows each marked box by the room under it, less a little, so that a step's last
 * page ends with room for notes rather than blank paper (issue 10: fewer half-empty
 * pages). A box ends its part, and the next part starts on a new page, so growing it
 * moves nothing else.
 */
export async function growToPageEnds(page: Page, ends: PageEnds): Promise<void> {
  await page.evaluate(
    ({ ends }) => {
      for (const box of document.querySelectorAll<HTMLElement>("[data-fill-index]")) {
        const grow = ends[box.dataset.fillIndex as string]?.growMm ?? 0;
        // The print stylesheet adds --grow to the box's own height on paper.
        if (grow > 0) (box.querySelector<HTMLElement>("[data-fill-space]") ?? box).style.setProperty("--grow", `${grow.toFixed(1)}mm`);
      }
    },
    { ends },
  );
}
