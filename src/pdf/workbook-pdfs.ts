import type { Paper } from "./paper.ts";

/** One PDF of the workbook that the build writes into dist/downloads/. */
export interface WorkbookPdf {
  file: string;
  paper: Paper;
  fillable: boolean;
  /** What the download link and the PDF's metadata call it. */
  title: string;
  /** The print page it is printed from (default PRINT_WORKBOOK_PATH): another edition is another page. */
  page?: string;
}

/** The PDFs of the workbook, in the order the site lists them. */
export const WORKBOOK_PDFS: readonly WorkbookPdf[] = [
  { file: "workbook-a4.pdf", paper: "a4", fillable: false, title: "Autonomy Contract workbook, to print (A4)" },
  { file: "workbook-letter.pdf", paper: "letter", fillable: false, title: "Autonomy Contract workbook, to print (US Letter)" },
  { file: "workbook-fillable-a4.pdf", paper: "a4", fillable: true, title: "Autonomy Contract workbook, to fill in (A4)" },
  { file: "workbook-fillable-letter.pdf", paper: "letter", fillable: true, title: "Autonomy Contract workbook, to fill in (US Letter)" },
];

/** Where the print version of the workbook lives on the site, and where the PDFs go. */
export const PRINT_WORKBOOK_PATH = "/print/workbook/";
export const DOWNLOADS_DIR = "downloads";
