import { registerServiceWorker } from "./register-service-worker.ts";
import { startWorkbook } from "./workbook/start-workbook.ts";

/** The workbook page's script: see start-workbook.ts; and the site's offline copy. */
registerServiceWorker();
startWorkbook(document);
