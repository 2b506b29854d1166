import type { Page } from "puppeteer-core";
import { withTimeout } from "./pdf-timeouts.ts";

/**
 * Lays the page out as paper and waits for the fonts that layout asks for. Paper has
 * fonts of its own (layouts/css/print-fonts.css), which a screen layout never loads,
 * and page.pdf does not wait for a web font still loading: it prints that text in
 * whatever system font has the glyphs, which for Korean is a CFF collection Chromium
 * embeds as Type 3. The tab stays in print media, so a reused tab keeps its fonts.
 * (The print fonts for CJK and emoji are added by the contract's renderer, for a
 * contract that needs them: render-contract-pdf.ts.)
 */
export async function loadPrintFonts(page: Page, timeout: number): Promise<void> {
  await page.emulateMediaType("print");
  await withTimeout(
    page.evaluate(async () => {
      void document.body.offsetHeight;
      await document.fonts.ready;
    }),
    timeout,
    "loading the fonts for paper",
  );
}
