import { loadSchema, SCHEMA_FILE } from "../schema/load-schema.ts";
import { fillDownloadSizes } from "./fill-download-sizes.ts";
import { openPdfSession } from "./pdf-session.ts";
import { printJobs, renderWorkbookPdfs, stamp, type WrittenPdf } from "./render-workbook-pdfs.ts";
import { writePrintFontCoverage } from "./write-print-font-coverage.ts";

/** The build's PDF stage, started before the site is built. */
export interface Downloads {
  /** Prints the workbook PDFs of the site, once it is built, and fills in their sizes. */
  finish(): Promise<WrittenPdf[]>;
  /** Closes Chromium; safe to call twice, and after finish. */
  close(): Promise<void>;
}

/** How the PDF stage runs. */
export interface DownloadsOptions {
  /** The schema the site is built from. */
  schemaFile?: string;
  /** Told when each step ends (`npm run build -- --verbose`). */
  log?: (line: string) => void;
  /** The path the site is built under (Eleventy's pathPrefix): Chromium starts before the site's manifest says it. */
  pathPrefix?: string;
}

/**
 * Starts the build's PDF stage for a site about to be built into `siteDir`: Chromium
 * launches and opens a tab for each print while Eleventy writes the pages (on two
 * cores, the launch then costs the build almost nothing). `finish` prints the
 * workbook PDFs into downloads/ and gives the pages that link to them their sizes.
 */
export function startDownloads(siteDir: string, { schemaFile = SCHEMA_FILE, log, pathPrefix }: DownloadsOptions = {}): Downloads {
  const session = openPdfSession({ siteDir, pathPrefix, preload: { tabs: printJobs().length } });
  session.then(() => log?.(`${stamp()} Chromium is up`), () => undefined); // awaited in finish or close
  return {
    async finish() {
      // What the print fonts can draw, for the pdf command: fontconfig's answers take a
      // tenth of a second, which the prints need not wait for.
      const coverage = writePrintFontCoverage(siteDir);
      coverage.catch(() => undefined); // awaited below
      const written = await renderWorkbookPdfs(await session, await loadSchema(schemaFile), siteDir, { log });
      await Promise.all([coverage, fillDownloadSizes(siteDir, written)]);
      return written;
    },
    async close() {
      await session.then((open) => open.close(), () => undefined);
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
