import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument } from "@cantoo/pdf-lib";
import type { Page } from "puppeteer";
import { listPaperFields } from "../layout/paper-fields.ts";
import type { CompiledSchema } from "../schema/compile-schema.ts";
import { addFormFields } from "./add-form-fields.ts";
import { loadPrintFonts } from "./load-print-fonts.ts";
import { CREATOR, setDocumentInfo } from "./document-info.ts";
import { FIELD_MARKER, FILL_MARKER, HEADING_MARKER } from "./field-markers.ts";
import { growToPageEnds, markPageEnds, readPageEnds, type PageEnds } from "./fill-page-ends.ts";
import { readLinkMarkers, removeLinkMarkers } from "./link-markers.ts";
import { markPage, setTocPages } from "./mark-page.ts";
import { PAPERS, type Paper } from "./paper.ts";
import type { PdfSession } from "./pdf-session.ts";
import { DOWNLOADS_DIR, WORKBOOK_EDITIONS, WORKBOOK_PDFS, type WorkbookEdition, type WorkbookPdf } from "./workbook-pdfs.ts";

/** A PDF the build wrote, with what its download link says about it. */
export interface WrittenPdf extends WorkbookPdf {
  bytes: number;
  pages: number;
}

/** How many times the table of contents may be re-printed before its page numbers settle. */
const TOC_PASSES = 3;

/**
 * How many prints run at once, each in its own tab of the one Chromium: while
 * Chromium lays out one, Node post-processes another. Two suit a 2-core machine; raise
 * it on a bigger one.
 */
export const PRINTS_AT_ONCE = 2;

const SUBJECT = "A workbook for couples designing time apart and time together, step by step, with space for both partners and notes for a therapist.";

/**
 * Renders the workbook PDFs (each edition blank and fillable, A4 and Letter) from the
 * built site's print pages into `<siteDir>/downloads/`. Each edition is printed on
 * each paper (one job each, PRINTS_AT_ONCE at a time) until its table of contents
 * holds the pages where its headings land; the blank and the fillable PDF come from
 * the same print, so they never differ in layout.
 */
export async function renderWorkbookPdfs(session: PdfSession, schema: CompiledSchema, siteDir: string): Promise<WrittenPdf[]> {
  const fields = listPaperFields(schema);
  const outDir = path.join(siteDir, DOWNLOADS_DIR);
  await mkdir(outDir, { recursive: true });
  const jobs = WORKBOOK_EDITIONS.flatMap((edition) => (Object.keys(PAPERS) as Paper[]).map((paper) => ({ edition, paper })));
  const papers = await inTurns(jobs, PRINTS_AT_ONCE, async ({ edition, paper }) => {
    const printed = await printWorkbook(session, edition, paper);
    const done: WrittenPdf[] = [];
    for (const pdf of WORKBOOK_PDFS.filter((candidate) => candidate.paper === paper && candidate.edition === edition.id)) {
      const doc = await PDFDocument.load(printed, { updateMetadata: false });
      removeLinkMarkers(doc, HEADING_MARKER);
      removeLinkMarkers(doc, FILL_MARKER);
      if (pdf.fillable) await addFormFields(doc, fields);
      else removeLinkMarkers(doc, FIELD_MARKER);
      setDocumentInfo(doc, { title: pdf.title, author: CREATOR, subject: SUBJECT, keywords: ["autonomy contract", "workbook", "couples"], language: "en" });
      // Object streams (PDF 1.5, which pdf-lib then declares) compress the structure
      // tree's thousand small dictionaries: about a third of the file (issue 11's size budgets).
      const bytes = await doc.save({ useObjectStreams: true });
      await writeFile(path.join(outDir, pdf.file), bytes);
      done.push({ ...pdf, bytes: bytes.byteLength, pages: doc.getPageCount() });
    }
    return done;
  });
  // In the order the site lists them.
  const written = papers.flat();
  return WORKBOOK_PDFS.map((pdf) => written.find((candidate) => candidate.file === pdf.file)!);
}

/** Runs `run` over `items`, at most `atOnce` at a time, and gives the results in the items' order. */
async function inTurns<T, R>(items: readonly T[], atOnce: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return results;
}

/** Prints an edition's print page on one paper, with markers over headings and fields, its contents numbered. */
async function printWorkbook(session: PdfSession, edition: WorkbookEdition, paper: Paper): Promise<Uint8Array> {
  return session.withPage(async ({ page, siteUrl, blocked }) => {
    await page.goto(`${siteUrl}${edition.path}`, { waitUntil: "load", timeout: session.timeouts.load });
    await loadPrintFonts(page, session.timeouts.ready);
    const marked = await markPage(page, { fields: true });
    if (marked.headings === 0) throw new Error(`${edition.path} has no headings marked for the table of contents`);
    await markPageEnds(page);
    let numbers: Record<string, number> = {};
    let ends: PageEnds | undefined;
    for (let pass = 1; pass <= TOC_PASSES; pass++) {
      const missing = await setTocPages(page, numbers);
      const bytes = await print(page, paper, session.timeouts.print);
      const printed = await PDFDocument.load(bytes, { updateMetadata: false });
      const landed = headingPages(printed);
      if (pass > 1 && missing.length > 0) throw new Error(`the table of contents of ${edition.path} points at headings that are not marked: ${missing.join(", ")}`);
      // The notes that end each step grow into the room left on their page, once, from the first print.
      if (ends === undefined) {
        ends = readPageEnds(printed);
        await growToPageEnds(page, ends);
      } else {
        const moved = Object.entries(readPageEnds(printed)).filter(([id, end]) => ends?.[id]?.page !== end.page || end.roomMm < 0);
        const split = readLinkMarkers(printed, FILL_MARKER).length !== Object.keys(ends).length;
        if (split) moved.push(["a box split over two pages", { page: 0, roomMm: 0, growMm: 0 }]);
        if (moved.length) throw new Error(`notes grown to the end of their page moved in ${edition.path} on ${PAPERS[paper]}: ${moved.map(([id]) => id).join(", ")}`);
      }
      if (pass > 1 && sameNumbers(landed, numbers)) {
        if (blocked.length > 0) throw new Error(`the print page asked for files outside the site: ${blocked.join(", ")}`);
        return bytes;
      }
      numbers = landed;
    }
    throw new Error(`the table of contents' page numbers of ${edition.path} did not settle after ${TOC_PASSES} prints on ${PAPERS[paper]}`);
  });
}

function print(page: Page, paper: Paper, timeout: number): Promise<Uint8Array> {
  return page.pdf({ format: PAPERS[paper], printBackground: true, tagged: true, outline: true, timeout });
}

/** The page number (from 1) where each marked heading landed, by heading id. */
function headingPages(doc: PDFDocument): Record<string, number> {
  const pages: Record<string, number> = {};
  for (const marker of readLinkMarkers(doc, HEADING_MARKER)) {
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
