import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "puppeteer-core";
import { listPaperFields } from "../fields/paper-fields.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { finishWorkbookPdf, type WrittenPdf } from "./finish-workbook-pdf.ts";
import { loadPrintFonts } from "./load-print-fonts.ts";
import { HEADING_MARKER } from "./field-markers.ts";
import { scanLinkMarkers } from "./scan-link-markers.ts";
import { markPage, setTocPages } from "./mark-page.ts";
import { PAPERS, type Paper } from "./paper.ts";
import type { PdfSession } from "./pdf-session.ts";
import { DOWNLOADS_DIR, PRINT_WORKBOOK_PATH, WORKBOOK_PDFS, type WorkbookPdf } from "./workbook-pdfs.ts";

export type { WrittenPdf } from "./finish-workbook-pdf.ts";

/** How many times the table of contents may be re-printed before its page numbers settle. */
const TOC_PASSES = 3;

/** One print of the workbook: a print page on one paper, and the PDFs made from it. */
interface PrintJob {
  path: string;
  paper: Paper;
  pdfs: WorkbookPdf[];
}

/**
 * Renders the workbook PDFs (blank and fillable, A4 and Letter) from the built site's
 * print page into `<siteDir>/downloads/`. Each paper is printed until the table of
 * contents holds the pages where its headings land; the blank and the fillable PDF
 * come from the same print, so they never differ in layout. The prints run side by
 * side, each in a tab of the session's one Chromium, so that Node finishes one
 * paper's PDFs while Chromium lays out another: a paper or an edition more (a
 * WorkbookPdf with its own `page`) costs a tab and its prints, not a browser.
 */
export async function renderWorkbookPdfs(
  session: PdfSession,
  schema: CompiledSchema,
  siteDir: string,
  { log }: { log?: (line: string) => void } = {},
): Promise<WrittenPdf[]> {
  const fields = listPaperFields(schema);
  const outDir = path.join(siteDir, DOWNLOADS_DIR);
  await mkdir(outDir, { recursive: true });
  const written = (
    await Promise.all(
      printJobs().map(async (job) => {
        const printed = await printWorkbook(session, job, log);
        const done: WrittenPdf[] = [];
        for (const pdf of job.pdfs) done.push(await finishWorkbookPdf({ printed, pdf, fields, outDir }));
        log?.(`${stamp()} ${job.path} on ${PAPERS[job.paper]}: ${done.map((pdf) => pdf.file).join(", ")} written`);
        return done;
      }),
    )
  ).flat();
  // In the order the site lists them.
  return WORKBOOK_PDFS.map((pdf) => written.find((candidate) => candidate.file === pdf.file)!);
}

/** The workbook PDFs grouped by the print they come from: one print page on one paper. */
export function printJobs(pdfs: readonly WorkbookPdf[] = WORKBOOK_PDFS): PrintJob[] {
  const jobs = new Map<string, PrintJob>();
  for (const pdf of pdfs) {
    const page = pdf.page ?? PRINT_WORKBOOK_PATH;
    const key = `${page} ${pdf.paper}`;
    const job = jobs.get(key) ?? { path: page, paper: pdf.paper, pdfs: [] };
    job.pdfs.push(pdf);
    jobs.set(key, job);
  }
  return [...jobs.values()];
}

/**
 * Prints the print page on one paper, with markers over headings and fields, its
 * contents numbered. The first print only finds where the headings land, so it
 * leaves out the tags and bookmarks (a third quicker); each later one is the real
 * thing, printed until the numbers it shows are the pages where the headings landed.
 */
async function printWorkbook(session: PdfSession, job: PrintJob, log?: (line: string) => void): Promise<Uint8Array> {
  return session.withPage(async ({ page, siteUrl, blocked }) => {
    await page.goto(`${siteUrl}${job.path}`, { waitUntil: "load", timeout: session.timeouts.load });
    await loadPrintFonts(page, session.timeouts.ready);
    log?.(`${stamp()} ${job.path} on ${PAPERS[job.paper]}: loaded, fonts ready`);
    const marked = await markPage(page, { fields: true });
    if (marked.headings === 0) throw new Error(`${job.path} has no headings marked for the table of contents`);
    let numbers: Record<string, number> = {};
    for (let pass = 1; pass <= TOC_PASSES; pass++) {
      const missing = await setTocPages(page, numbers);
      const bytes = await print(page, job.paper, session.timeouts.print, pass > 1);
      const landed = headingPages(bytes);
      log?.(`${stamp()} ${job.path} on ${PAPERS[job.paper]}: print ${pass}${pass > 1 ? "" : " (untagged)"}, ${Math.round(bytes.byteLength / 1024)} KB`);
      if (pass > 1 && missing.length > 0) throw new Error(`the table of contents points at headings that are not marked: ${missing.join(", ")}`);
      if (pass > 1 && sameNumbers(landed, numbers)) {
        if (blocked.length > 0) throw new Error(`the print page asked for files outside the site: ${blocked.join(", ")}`);
        return bytes;
      }
      numbers = landed;
    }
    throw new Error(`the table of contents' page numbers did not settle after ${TOC_PASSES} prints on ${PAPERS[job.paper]}`);
  });
}

/** Milliseconds since the process started, for the build's --verbose lines. */
export const stamp = () => `${Math.round(performance.now())} ms:`.padStart(9);

function print(page: Page, paper: Paper, timeout: number, final: boolean): Promise<Uint8Array> {
  return page.pdf({ format: PAPERS[paper], printBackground: true, tagged: final, outline: final, timeout });
}

/** The page number (from 1) where each marked heading landed, by heading id. */
function headingPages(bytes: Uint8Array): Record<string, number> {
  const pages: Record<string, number> = {};
  const markers = scanLinkMarkers(bytes, HEADING_MARKER);
  if (!markers) throw new Error("Chromium printed a PDF without cross-reference tables, which the table of contents cannot be read from");
  for (const marker of markers) {
    const id = marker.url.slice(HEADING_MARKER.length);
    // A heading split over a page break has two rectangles; its first page is its page.
    pages[id] = Math.min(pages[id] ?? Infinity, marker.pageIndex + 1);
  }
  return pages;
}

function sameNumbers(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
