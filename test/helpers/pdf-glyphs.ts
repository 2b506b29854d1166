import { getDocument, OPS, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * How many glyphs each page draws as glyph 0, the font's missing-glyph box (.notdef).
 * Chromium prints a character no font has as glyph 0 of some font, while the text
 * layer may still hold the character, so the text alone cannot show it (read through
 * pdf.js's operator list: with Chromium's Identity-H fonts a glyph's code is its id).
 */
export async function missingGlyphCounts(bytes: Uint8Array): Promise<number[]> {
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, verbosity: VerbosityLevel.ERRORS });
  try {
    const document = await task.promise;
    const counts: number[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const list = await page.getOperatorList();
      let count = 0;
      list.fnArray.forEach((op, index) => {
        if (op !== OPS.showText) return;
        const glyphs = (list.argsArray[index] as unknown[][])[0] as unknown[];
        for (const glyph of glyphs) if (typeof glyph === "object" && glyph !== null && (glyph as { originalCharCode?: number }).originalCharCode === 0) count++;
      });
      counts.push(count);
      page.cleanup();
    }
    return counts;
  } finally {
    await task.destroy();
  }
}
