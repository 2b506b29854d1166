/** The workbook page. */
export {};
