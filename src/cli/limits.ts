/**
 * How large an input file the command line reads, in one place. Files above a limit
 * are refused before they are read, with the limit named.
 */

/** A contract file's text, far above any real contract (a few KB plus drawn signatures). */
export const MAX_CONTRACT_BYTES = 1024 * 1024;

/** A contract or workbook PDF: a few pages with fonts and drawn signatures, far below this. */
export const MAX_PDF_BYTES = 50 * 1024 * 1024;
