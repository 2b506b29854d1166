import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { WrittenPdf } from "./render-workbook-pdfs.ts";

/** The placeholder a layout leaves beside a download link (layouts/partials/downloads.njk). */
const PLACEHOLDER = /<span class="download-size" data-download-size="([a-z0-9-]+\.pdf)"><\/span>/g;

/** "PDF, 312 KB, 24 pages": what a person wants to know before downloading. */
export function describeDownload(pdf: Pick<WrittenPdf, "bytes" | "pages">): string {
  const size = pdf.bytes >= 1024 * 1024 ? `${(pdf.bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(pdf.bytes / 1024))} KB`;
  return `PDF, ${size}, ${pdf.pages} ${pdf.pages === 1 ? "page" : "pages"}`;
}

/** Fills each download placeholder of a page with the size of its PDF; throws on a PDF that was not written. */
export function fillDownloadSizesIn(html: string, written: readonly WrittenPdf[]): string {
  return html.replace(PLACEHOLDER, (_, file: string) => {
    const pdf = written.find((candidate) => candidate.file === file);
    if (!pdf) throw new Error(`a page links to /downloads/${file}, which the build did not write`);
    return `<span class="download-size" data-download-size="${file}">(${describeDownload(pdf)})</span>`;
  });
}

/**
 * Fills the download sizes into every built page that lists downloads, and returns
 * how many pages it changed. Throws when it changed none: the links and their
 * placeholder have drifted apart, and a build that silently drops the sizes would
 * hide it.
 */
export async function fillDownloadSizes(siteDir: string, written: readonly WrittenPdf[]): Promise<number> {
  let pages = 0;
  for (const entry of await readdir(siteDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = await readFile(file, "utf8");
    const filled = fillDownloadSizesIn(html, written);
    if (filled !== html) {
      await writeFile(file, filled);
      pages++;
    }
  }
  if (pages === 0) throw new Error(`no page of ${siteDir} has a download size placeholder to fill in (layouts/partials/downloads.njk)`);
  return pages;
}
