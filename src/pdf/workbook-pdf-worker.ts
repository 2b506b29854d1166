import { parentPort } from "node:worker_threads";
import { finishWorkbookPdf, type WorkbookPdfTask } from "./finish-workbook-pdf.ts";

/**
 * A worker thread of the build's PDF stage (workbook-pdf-workers.ts): makes the
 * workbook PDFs it is sent, one at a time, and answers each with what was written or
 * the error's message. pdf-lib's work is all on the CPU, so two of these finish the
 * PDFs on both cores while the main thread keeps driving Chromium.
 */
parentPort?.on("message", async ({ id, task }: { id: number; task: WorkbookPdfTask }) => {
  try {
    parentPort!.postMessage({ id, written: await finishWorkbookPdf(task) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
