import { Worker } from "node:worker_threads";
import { finishWorkbookPdf, type WorkbookPdfTask, type WrittenPdf } from "./finish-workbook-pdf.ts";

/** Makes workbook PDFs from settled prints, in worker threads or in this one. */
export interface PdfFinishers {
  finish(task: WorkbookPdfTask): Promise<WrittenPdf>;
  /** Ends the workers; safe to call twice. */
  close(): Promise<void>;
}

interface Pending {
  resolve(written: WrittenPdf): void;
  reject(error: Error): void;
}

/**
 * Starts `count` worker threads running `workerFile` (the bundle's
 * workbook-pdf-worker, src/pdf/workbook-pdf-worker.ts), each taking the next PDF to
 * finish. pdf-lib's work for one PDF is a few hundred milliseconds of CPU; in the
 * main thread it held up the handling of Chromium's other prints (issue 11: the
 * build's A4 print waited 0.5 s behind the Letter PDFs), and more editions would
 * add more of it. Without a worker file (the build run from its TypeScript sources,
 * or a test) the PDFs are finished in this thread, one after another.
 */
export function startPdfFinishers(workerFile: string | undefined, count = 2): PdfFinishers {
  if (!workerFile) return { finish: finishWorkbookPdf, close: async () => undefined };
  let nextId = 0;
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(workerFile);
    const pending = new Map<number, Pending>();
    const failAll = (error: Error) => {
      for (const one of pending.values()) one.reject(error);
      pending.clear();
    };
    worker.on("message", ({ id, written, error }: { id: number; written?: WrittenPdf; error?: string }) => {
      const one = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) worker.unref();
      if (error !== undefined) one?.reject(new Error(error));
      else one?.resolve(written!);
    });
    worker.on("error", failAll);
    worker.on("exit", (code) => failAll(new Error(`a PDF worker stopped (exit code ${code})`)));
    // A worker with nothing to do does not keep the build's process alive; one at work does.
    worker.unref();
    return { worker, pending };
  });
  let closing: Promise<void> | undefined;
  return {
    finish(task) {
      // The worker with the least to do takes it.
      const least = workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
      const id = nextId++;
      return new Promise<WrittenPdf>((resolve, reject) => {
        least.pending.set(id, { resolve, reject });
        least.worker.ref();
        least.worker.postMessage({ id, task });
      });
    },
    close() {
      closing ??= Promise.all(workers.map(({ worker }) => worker.terminate())).then(() => undefined);
      return closing;
    },
  };
}
