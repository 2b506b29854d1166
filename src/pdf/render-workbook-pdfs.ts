import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { HTTPResponse, Page } from "puppeteer-core";
import { listPaperFields } from "../layout/paper-fields.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { finishWorkbookPdf, type WrittenPdf } from "./finish-workbook-pdf.ts";
import { loadPrintFonts } from "./load-print-fonts.ts";
import { FILL_MARKER, HEADING_MARKER } from "./field-markers.ts";
import { growToPageEnds, markPageEnds, readPageEnds, type PageEnds } from "./fill-page-ends.ts";
import type { LinkMarker } from "./link-markers.ts";
import { scanLinkMarkers } from "./scan-link-markers.ts";
import { markPage, setTocPages } from "./mark-page.ts";
import { PAPER_HEIGHT_MM, PAPERS, type Paper } from "./paper.ts";
import type { PdfSession } from "./pdf-session.ts";
import { DOWNLOADS_DIR, WORKBOOK_EDITIONS, WORKBOOK_PDFS, type WorkbookEdition, type WorkbookPdf } from "./workbook-pdfs.ts";

export type { WrittenPdf } from "./finish-workbook-pdf.ts";

/** How many times the table of contents may be re-printed before its page numbers settle. */
const TOC_PASSES = 3;

/** One print of the workbook: an edition's print page on one paper, and the PDFs made from it. */
interface PrintJob {
  edition: WorkbookEdition;
  paper: Paper;
  pdfs: WorkbookPdf[];
}

/**
 * Renders the workbook PDFs (each edition blank and fillable, A4 and Letter) from the
 * built site's print pages into `<siteDir>/downloads/`. Each edition is printed on
 * each paper until its table of contents holds the pages where its headings land; the
 * blank and the fillable PDF come from the same print, so they never differ in layout.
 * The prints run side by side, each in a tab of the session's one Chromium, so that
 * Node finishes one print's PDFs while Chromium lays out another.
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
        log?.(`${stamp()} ${job.edition.path} on ${PAPERS[job.paper]}: ${done.map((pdf) => pdf.file).join(", ")} written`);
        return done;
      }),
    )
  ).flat();
  // In the order the site lists them.
  return WORKBOOK_PDFS.map((pdf) => written.find((candidate) => candidate.file === pdf.file)!);
}

/** The workbook PDFs grouped by the print they come from: one edition on one paper. */
export function printJobs(pdfs: readonly WorkbookPdf[] = WORKBOOK_PDFS): PrintJob[] {
  const jobs = new Map<string, PrintJob>();
  for (const pdf of pdfs) {
    const key = `${pdf.edition} ${pdf.paper}`;
    const edition = WORKBOOK_EDITIONS.find((candidate) => candidate.id === pdf.edition);
    if (!edition) throw new Error(`${pdf.file} names an edition the workbook does not have: ${pdf.edition}`);
    const job = jobs.get(key) ?? { edition, paper: pdf.paper, pdfs: [] };
    job.pdfs.push(pdf);
    jobs.set(key, job);
  }
  return [...jobs.values()];
}

/**
 * Prints an edition's print page on one paper, with markers over headings and fields,
 * its contents numbered. The first print finds where the headings land and how much
 * room each step's last notes box has to its page's end (the boxes then grow into it),
 * so it leaves out the tags and bookmarks (a third quicker); each later one is the real
 * thing, printed until the numbers it shows are the pages where the headings landed.
 */
async function printWorkbook(session: PdfSession, job: PrintJob, log?: (line: string) => void): Promise<Uint8Array> {
  const where = `${job.edition.path} on ${PAPERS[job.paper]}`;
  return session.withPage(async ({ page, siteUrl, blocked }) => {
    // A file of the site that is missing (a stylesheet, a font) would print a page laid out without it.
    const missing: string[] = [];
    const onResponse = (response: HTTPResponse) => void (response.status() >= 400 && missing.push(`${response.url()} (${response.status()})`));
    page.on("response", onResponse);
    try {
      await page.goto(`${siteUrl}${job.edition.path}`, { waitUntil: "load", timeout: session.timeouts.load });
      await loadPrintFonts(page, session.timeouts.ready);
    } finally {
      page.off("response", onResponse);
    }
    if (missing.length) throw new Error(`${job.edition.path} asked for files the site does not have: ${missing.join(", ")}`);
    log?.(`${stamp()} ${where}: loaded, fonts ready`);
    const marked = await markPage(page, { fields: true });
    if (marked.headings === 0) throw new Error(`${job.edition.path} has no headings marked for the table of contents`);
    await markPageEnds(page);
    let numbers: Record<string, number> = {};
    let ends: PageEnds | undefined;
    for (let pass = 1; pass <= TOC_PASSES; pass++) {
      const unmarked = await setTocPages(page, numbers);
      const bytes = await print(page, job.paper, session.timeouts.print, pass > 1);
      log?.(`${stamp()} ${where}: print ${pass}${pass > 1 ? "" : " (untagged)"}, ${Math.round(bytes.byteLength / 1024)} KB`);
      const landed = headingPages(bytes);
      if (pass > 1 && unmarked.length > 0) throw new Error(`the table of contents of ${job.edition.path} points at headings that are not marked: ${unmarked.join(", ")}`);
      const fills = markersOf(bytes, FILL_MARKER);
      // The notes that end each step grow into the room left on their page, once, from the first print.
      if (ends === undefined) {
        ends = readPageEnds(fills, PAPER_HEIGHT_MM[job.paper]);
        await growToPageEnds(page, ends);
      } else {
        const now = readPageEnds(fills, PAPER_HEIGHT_MM[job.paper]);
        const moved = Object.entries(now).filter(([id, end]) => ends?.[id]?.page !== end.page || end.roomMm < 0);
        const split = fills.length !== Object.keys(ends).length;
        if (split) moved.push(["a box split over two pages", { page: 0, roomMm: 0, growMm: 0 }]);
        if (moved.length) throw new Error(`notes grown to the end of their page moved in ${where}: ${moved.map(([id]) => id).join(", ")}`);
      }
      if (pass > 1 && sameNumbers(landed, numbers)) {
        if (blocked.length > 0) throw new Error(`the print page asked for files outside the site: ${blocked.join(", ")}`);
        return bytes;
      }
      numbers = landed;
    }
    throw new Error(`the table of contents' page numbers of ${job.edition.path} did not settle after ${TOC_PASSES} prints on ${PAPERS[job.paper]}`);
  });
}

/** Milliseconds since the process started, for the build's --verbose lines. */
export const stamp = () => `${Math.round(performance.now())} ms:`.padStart(9);

function print(page: Page, paper: Paper, timeout: number, final: boolean): Promise<Uint8Array> {
  return page.pdf({ format: PAPERS[paper], printBackground: true, tagged: final, outline: final, timeout });
}

/** The link markers of one kind in a print, read without pdf-lib. */
function markersOf(bytes: Uint8Array, prefix: string): LinkMarker[] {
  const markers = scanLinkMarkers(bytes, prefix);
  if (!markers) throw new Error("Chromium printed a PDF without cross-reference tables, which the table of contents cannot be read from");
  return markers;
}

/** The page number (from 1) where each marked heading landed, by heading id. */
function headingPages(bytes: Uint8Array): Record<string, number> {
  const pages: Record<string, number> = {};
  for (const marker of markersOf(bytes, HEADING_MARKER)) {
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
