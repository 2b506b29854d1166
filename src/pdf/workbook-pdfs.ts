import type { Paper } from "./paper.ts";

/** How the printed workbook lays the partners' questions out. */
export type Edition = "joint" | "each";

/** An edition of the printed workbook, as the site introduces it to a therapist or a couple. */
export interface WorkbookEdition {
  id: Edition;
  /** Its name in the download list and the PDFs' titles. */
  name: string;
  /** What it is for, in a sentence. */
  text: string;
  /** The page of the built site it is printed from. */
  path: string;
}

/** The two editions: both partners side by side, and one sheet each (issue 10). */
export const WORKBOOK_EDITIONS: readonly WorkbookEdition[] = [
  {
    id: "joint",
    name: "side by side",
    text: "Both of you answer each question next to each other, on the same pages: for talking each step through together.",
    path: "/print/workbook/",
  },
  {
    id: "each",
    name: "one sheet each",
    text: "Each of you has pages of your own, so you can write without seeing the other’s answers; then the questions you answer together. For a session, or for writing apart first.",
    path: "/print/workbook-each/",
  },
];

/** One PDF of the workbook that the build writes into dist/downloads/. */
export interface WorkbookPdf {
  file: string;
  edition: Edition;
  paper: Paper;
  fillable: boolean;
  /** What the download link and the PDF's metadata call it. */
  title: string;
}

const PAPER_NAMES: Record<Paper, string> = { a4: "A4", letter: "US Letter" };

/** The PDFs of the workbook, in the order the site lists them: by edition, then to print and to fill in, then paper. */
export const WORKBOOK_PDFS: readonly WorkbookPdf[] = WORKBOOK_EDITIONS.flatMap((edition) =>
  [false, true].flatMap((fillable) =>
    (["a4", "letter"] as const).map((paper) => ({
      file: `workbook${edition.id === "joint" ? "" : `-${edition.id}`}${fillable ? "-fillable" : ""}-${paper}.pdf`,
      edition: edition.id,
      paper,
      fillable,
      title: `Autonomy Contract workbook, ${edition.name}, ${fillable ? "to fill in" : "to print"} (${PAPER_NAMES[paper]})`,
    })),
  ),
);

/** Where the print version of the workbook lives on the site (the joint edition), and where the PDFs go. */
export const PRINT_WORKBOOK_PATH = "/print/workbook/";
export const DOWNLOADS_DIR = "downloads";
