import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Runs a poppler or qpdf tool on PDF bytes and returns what it prints. The bytes go
 * in as a temporary file, after `args` and before `after` (qpdf 11 reads no PDF from
 * stdin).
 */
export function runTool(tool: string, args: string[], pdf: Uint8Array, after: string[] = []): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "autonomy-pdf-"));
  try {
    const file = path.join(dir, "file.pdf");
    writeFileSync(file, pdf);
    return execFileSync(tool, [...args, file, ...after], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The text of a PDF, or of one page (from 1), with pdftotext. `raw` keeps the order
 * the text was drawn in, so side-by-side columns do not interleave line by line.
 */
export function pdfText(pdf: Uint8Array, options: { page?: number; raw?: boolean } = {}): string {
  const range = options.page === undefined ? [] : ["-f", String(options.page), "-l", String(options.page)];
  return runTool("pdftotext", [...range, ...(options.raw ? ["-raw"] : [])], pdf, ["-"]);
}

/** The text of each page, in order: pdftotext separates pages with a form feed. */
export function pdfPageTexts(pdf: Uint8Array): string[] {
  const pages = pdfText(pdf).split("\f");
  if (pages.at(-1)?.trim() === "") pages.pop();
  return pages;
}

/** pdfinfo's "Key: value" lines as a record (Title, Author, Pages, Tagged, Page size, ...). */
export function pdfInfo(pdf: Uint8Array): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of runTool("pdfinfo", [], pdf).split("\n")) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!] = match[2]!;
  }
  return info;
}

/** Each font of a PDF (pdffonts): its name and whether it is embedded. */
export function pdfFonts(pdf: Uint8Array): { name: string; embedded: boolean }[] {
  const lines = runTool("pdffonts", [], pdf).split("\n").slice(2).filter((line) => line.trim());
  return lines.map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type [encoding words...] emb sub uni object ID: "emb" is the 5th column from the end.
    return { name: columns[0]!, embedded: columns.at(-5) === "yes" };
  });
}
