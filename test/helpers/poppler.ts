import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

/** One page of a PDF as a grey picture (pdftoppm -gray): each pixel 0 (black) to 255 (white), row by row. */
export interface GrayPage {
  width: number;
  height: number;
  dpi: number;
  pixels: Uint8Array;
  /** The grey level at a point given in PDF points from the page's bottom left. */
  at(x: number, y: number): number;
}

/** Renders one page (from 1) as poppler draws it, form fields' appearances included. */
export function pdfPageGray(pdf: Uint8Array, page: number, dpi = 72): GrayPage {
  const dir = mkdtempSync(path.join(os.tmpdir(), "autonomy-pgm-"));
  try {
    const file = path.join(dir, "file.pdf");
    writeFileSync(file, pdf);
    execFileSync("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", file, path.join(dir, "page")]);
    const data = readFileSync(path.join(dir, "page.pgm"));
    // A binary PGM: "P5", width, height, maximum, each after whitespace, then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString("latin1"));
    if (!header) throw new Error("pdftoppm did not write a binary PGM");
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = new Uint8Array(data.subarray(header[0].length, header[0].length + width * height));
    const scale = dpi / 72;
    return {
      width,
      height,
      dpi,
      pixels,
      at: (x, y) => pixels[Math.min(height - 1, Math.max(0, Math.round(height - y * scale))) * width + Math.min(width - 1, Math.max(0, Math.round(x * scale)))] as number,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each word of one page (from 1) with its box in PDF points from the page's top left (pdftotext -bbox). */
export function pdfWords(pdf: Uint8Array, page: number): { text: string; x: number; y: number }[] {
  const html = runTool("pdftotext", ["-bbox", "-f", String(page), "-l", String(page)], pdf, ["-"]);
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    text: match[3] as string,
    x: Number(match[1]),
    y: Number(match[2]),
  }));
}
