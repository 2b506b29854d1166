import type { UserConfig } from "@11ty/eleventy";
import { DOWNLOADS_DIR, WORKBOOK_PDFS } from "./workbook-pdfs.ts";

/**
 * Gives layouts the list of workbook PDFs as `downloads`, each with its URL. The PDFs
 * themselves are printed after Eleventy has written the site (src/build/build-site.ts),
 * and their sizes are then filled into the links' placeholders (fill-download-sizes.ts).
 */
export function downloadsPlugin(config: UserConfig): void {
  config.addGlobalData("downloads", () => WORKBOOK_PDFS.map((pdf) => ({ ...pdf, href: `/${DOWNLOADS_DIR}/${pdf.file}` })));
}
