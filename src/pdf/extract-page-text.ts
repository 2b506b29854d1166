import { createRequire } from "node:module";
import path from "node:path";
import { getDocument, VerbosityLevel } from "pdfjs-dist/legacy/build/pdf.mjs";

/** pdfjs-dist's own standard fonts, read by pdfjs from disk in Node (a package file, never user data). */
const STANDARD_FONTS = `${path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"))}/standard_fonts/`;

/**
 * The text of each page, in content order, lines ending where pdfjs sees a line end.
 * Uses pdfjs-dist's legacy build, which runs in Node without a DOM; the worker runs
 * in the same thread, and the document is destroyed in `finally`, so nothing keeps
 * the process alive afterwards.
 */
export async function extractPageTexts(bytes: Uint8Array): Promise<string[]> {
  const task = getDocument({
    // pdfjs takes ownership of the buffer it is given (and may detach it): hand it a copy.
    data: new Uint8Array(bytes),
    // Reading text needs neither font faces nor compiled glyph code; eval is a risk with hostile PDFs.
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONTS,
    // Errors only: pdfjs warns on the console about things it recovers from.
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text);
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
