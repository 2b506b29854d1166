import { writeFile } from "node:fs/promises";
import path from "node:path";
import { ParseSpeeds, PDFDocument } from "@cantoo/pdf-lib";
import type { PaperField } from "../layout/paper-fields.ts";
import { addFormFields } from "./add-form-fields.ts";
import { CREATOR, setDocumentInfo } from "./document-info.ts";
import { FIELD_MARKER, FILL_MARKER, HEADING_MARKER } from "./field-markers.ts";
import { removeLinkMarkers } from "./link-markers.ts";
import type { WorkbookPdf } from "./workbook-pdfs.ts";

/** A PDF the build wrote, with what its download link says about it. */
export interface WrittenPdf extends WorkbookPdf {
  bytes: number;
  pages: number;
}

/** One workbook PDF to make from a settled print: which, from what, and where it goes. */
export interface WorkbookPdfTask {
  printed: Uint8Array;
  pdf: WorkbookPdf;
  /** The paper fields of the schema, for a fillable PDF. */
  fields: PaperField[];
  outDir: string;
}

const SUBJECT = "A workbook for couples designing time apart and time together, step by step, with space for both partners and notes for a therapist.";

/**
 * Makes one workbook PDF from Chromium's print with pdf-lib: the heading and page-end
 * markers removed, the field markers turned into AcroForm fields (fillable) or removed
 * (blank), the document info set; then writes it into `outDir`. It runs in the main
 * thread: two worker threads were tried for issue 11 and made the build slower (2.85 s
 * against 2.65 s, and 3.2 s against 3.0 s with eight PDFs), each worker loading
 * pdf-lib and warming its JIT from cold while Eleventy still ran.
 */
export async function finishWorkbookPdf({ printed, pdf, fields, outDir }: WorkbookPdfTask): Promise<WrittenPdf> {
  // Fastest and Infinity: pdf-lib would otherwise pause on a 1 ms timer every 50-100 objects.
  const doc = await PDFDocument.load(printed, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  removeLinkMarkers(doc, HEADING_MARKER);
  removeLinkMarkers(doc, FILL_MARKER);
  if (pdf.fillable) await addFormFields(doc, fields);
  else removeLinkMarkers(doc, FIELD_MARKER);
  setDocumentInfo(doc, { title: pdf.title, author: CREATOR, subject: SUBJECT, keywords: ["autonomy contract", "workbook", "couples"], language: "en" });
  // Object streams (PDF 1.5, which pdf-lib then declares) compress the structure
  // tree's thousand small dictionaries: about a third of the file (issue 11's size budgets).
  const bytes = await doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
  await writeFile(path.join(outDir, pdf.file), bytes);
  return { ...pdf, bytes: bytes.byteLength, pages: doc.getPageCount() };
}
