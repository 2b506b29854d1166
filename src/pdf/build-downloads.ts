import { loadSchema, SCHEMA_FILE } from "../schema/load-schema.ts";
import { fillDownloadSizes } from "./fill-download-sizes.ts";
import { openPdfSession } from "./pdf-session.ts";
import { printJobs, renderWorkbookPdfs, type WrittenPdf } from "./render-workbook-pdfs.ts";
import { writePrintFontCoverage } from "./write-print-font-coverage.ts";

/** The build's PDF stage, started before the site is built. */
export interface Downloads {
  /** Prints the workbook PDFs of the site, once it is built, and fills in their sizes. */
  finish(): Promise<WrittenPdf[]>;
  /** Closes Chromium; safe to call twice, and after finish. */
  close(): Promise<void>;
}

/**
 * Starts the build's PDF stage for a site about to be built into `siteDir`: Chromium
 * launches and opens a tab for each print while Eleventy writes the pages (on two
 * cores, the launch then costs the build almost nothing). `finish` prints the
 * workbook PDFs into downloads/ and gives the pages that link to them their sizes.
 */
export function startDownloads(siteDir: string, schemaFile = SCHEMA_FILE): Downloads {
  const session = openPdfSession({ siteDir, preload: { tabs: printJobs().length } });
  session.catch(() => undefined); // awaited in finish or close
  return {
    async finish() {
      const [schema] = await Promise.all([loadSchema(schemaFile), writePrintFontCoverage(siteDir)]);
      const written = await renderWorkbookPdfs(await session, schema, siteDir);
      await fillDownloadSizes(siteDir, written);
      return written;
    },
    async close() {
      await session.then((open) => open.close(), () => undefined);
    },
  };
}

/** The whole PDF stage for a site already built: prints, fills in the sizes, closes Chromium. */
export async function buildDownloads(siteDir: string, schemaFile = SCHEMA_FILE): Promise<WrittenPdf[]> {
  const downloads = startDownloads(siteDir, schemaFile);
  try {
    return await downloads.finish();
  } finally {
    await downloads.close();
  }
}
