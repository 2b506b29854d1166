import { startWorkbook } from "./workbook/start-workbook.ts";

/** The workbook page's script: see start-workbook.ts. */
startWorkbook(document);
