import type { UserConfig } from "@11ty/eleventy";
import { DOWNLOADS_DIR, WORKBOOK_EDITIONS, WORKBOOK_PDFS } from "./workbook-pdfs.ts";

/**
 * Gives layouts the workbook PDFs as `downloads`, each with its URL, and grouped by
 * edition as `downloadEditions`. The PDFs themselves are printed after Eleventy has
 * written the site (src/build/build-site.ts), and their sizes are then filled into
 * the links' placeholders (fill-download-sizes.ts).
 */
export function downloadsPlugin(config: UserConfig): void {
  const withHref = WORKBOOK_PDFS.map((pdf) => ({ ...pdf, href: `/${DOWNLOADS_DIR}/${pdf.file}` }));
  config.addGlobalData("downloads", () => withHref);
  config.addGlobalData("downloadEditions", () =>
    WORKBOOK_EDITIONS.map((edition) => ({ ...edition, pdfs: withHref.filter((pdf) => pdf.edition === edition.id) })),
  );
}
