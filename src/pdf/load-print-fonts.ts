import type { Page } from "puppeteer-core";
import { withTimeout } from "./pdf-timeouts.ts";

/**
 * Lays the page out as paper and waits for the fonts that layout asks for. Paper has
 * fonts of its own (layouts/css/print-fonts.css), which a screen layout never loads,
 * and page.pdf does not wait for a web font still loading: it prints that text in
 * whatever system font has the glyphs, which for Korean is a CFF collection Chromium
 * embeds as Type 3. The print fonts for CJK and emoji are a stylesheet no page links
 * (they would double its weight): the root element names it in data-print-fonts, and
 * it is added here, once, for pages that print what people typed (`everyScript`;
 * the workbook prints only the guide's own words). The tab stays in print media, so
 * a reused tab keeps its fonts.
 */
export async function loadPrintFonts(page: Page, timeout: number, { everyScript = true }: { everyScript?: boolean } = {}): Promise<void> {
  await page.emulateMediaType("print");
  await withTimeout(
    page.evaluate(async (everyScript) => {
      const href = document.documentElement.dataset.printFonts;
      if (everyScript && href && !document.querySelector("link[data-print-fonts]")) {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = href;
        link.dataset.printFonts = "";
        const loaded = new Promise((resolve) => {
          link.onload = resolve;
          link.onerror = resolve;
        });
        document.head.append(link);
        await loaded;
      }
      void document.body.offsetHeight;
      await document.fonts.ready;
    }, everyScript),
    timeout,
    "loading the fonts for paper",
  );
}
