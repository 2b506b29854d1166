import { loadSchema, SCHEMA_FILE } from "../schema/load-schema.ts";
import { fillDownloadSizes } from "./fill-download-sizes.ts";
import { openPdfSession } from "./pdf-session.ts";
import { printJobs, renderWorkbookPdfs, stamp, type WrittenPdf } from "./render-workbook-pdfs.ts";
import { startPdfFinishers } from "./workbook-pdf-workers.ts";
import { writePrintFontCoverage } from "./write-print-font-coverage.ts";

/** The build's PDF stage, started before the site is built. */
export interface Downloads {
  /** Prints the workbook PDFs of the site, once it is built, and fills in their sizes. */
  finish(): Promise<WrittenPdf[]>;
  /** Closes Chromium and the workers; safe to call twice, and after finish. */
  close(): Promise<void>;
}

/** How the PDF stage runs. */
export interface DownloadsOptions {
  /** The schema the site is built from. */
  schemaFile?: string;
  /** The bundled worker that finishes PDFs (src/pdf/workbook-pdf-worker.ts); without one, they are finished in this thread. */
  workerFile?: string;
  /** Told when each step ends (`npm run build -- --verbose`). */
  log?: (line: string) => void;
}

/**
 * Starts the build's PDF stage for a site about to be built into `siteDir`: Chromium
 * launches and opens a tab for each print, and the PDF workers start, while Eleventy
 * writes the pages (on two cores, the launch then costs the build almost nothing).
 * `finish` prints the workbook PDFs into downloads/ and gives the pages that link to
 * them their sizes.
 */
export function startDownloads(siteDir: string, { schemaFile = SCHEMA_FILE, workerFile, log }: DownloadsOptions = {}): Downloads {
  const session = openPdfSession({ siteDir, preload: { tabs: printJobs().length } });
  session.then(() => log?.(`${stamp()} Chromium is up`), () => undefined); // awaited in finish or close
  const finishers = startPdfFinishers(workerFile);
  return {
    async finish() {
      const [schema] = await Promise.all([loadSchema(schemaFile), writePrintFontCoverage(siteDir)]);
      const written = await renderWorkbookPdfs(await session, schema, siteDir, { finish: finishers.finish, log });
      await fillDownloadSizes(siteDir, written);
      return written;
    },
    async close() {
      await Promise.all([session.then((open) => open.close(), () => undefined), finishers.close()]);
    },
  };
}

/** The whole PDF stage for a site already built: prints, fills in the sizes, closes Chromium. */
export async function buildDownloads(siteDir: string, options: DownloadsOptions = {}): Promise<WrittenPdf[]> {
  const downloads = startDownloads(siteDir, options);
  try {
    return await downloads.finish();
  } finally {
    await downloads.close();
  }
}
