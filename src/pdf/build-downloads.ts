import { loadSchema, SCHEMA_FILE } from "../schema/load-schema.ts";
import { fillDownloadSizes } from "./fill-download-sizes.ts";
import { openPdfSession } from "./pdf-session.ts";
import { renderWorkbookPdfs, type WrittenPdf } from "./render-workbook-pdfs.ts";
import { writePrintFontCoverage } from "./write-print-font-coverage.ts";

/**
 * The build's PDF stage: one Chromium prints the workbook PDFs of a freshly built
 * site into its downloads/ folder, then the pages that link to them get their sizes.
 * Chromium is closed whatever happens.
 */
export async function buildDownloads(siteDir: string, schemaFile = SCHEMA_FILE): Promise<WrittenPdf[]> {
  const schema = await loadSchema(schemaFile);
  await writePrintFontCoverage(siteDir);
  const session = await openPdfSession({ siteDir });
  let written: WrittenPdf[];
  try {
    written = await renderWorkbookPdfs(session, schema, siteDir);
  } finally {
    await session.close();
  }
  await fillDownloadSizes(siteDir, written);
  return written;
}
