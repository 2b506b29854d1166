/** Larger files are refused before reading: a full contract is a few tens of KB. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** A PDF may be larger: a signed contract with its fonts, a filled workbook a reader has saved again. */
export const MAX_PDF_BYTES = 20_000_000;
