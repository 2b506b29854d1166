import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fillDownloadSizes } from "../../src/pdf/fill-download-sizes.ts";
import type { WrittenPdf } from "../../src/pdf/render-workbook-pdfs.ts";

const WRITTEN: WrittenPdf[] = [{ file: "workbook-a4.pdf", edition: "joint", paper: "a4", fillable: false, title: "Workbook", bytes: 300 * 1024, pages: 17 }];

async function siteWith(html: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "download-sizes-"));
  await writeFile(path.join(dir, "index.html"), html);
  return dir;
}

describe("fillDownloadSizes", () => {
  it("writes the size and page count into a page's placeholder", async () => {
    const dir = await siteWith(`<p><a href="/downloads/workbook-a4.pdf">A4</a> <span class="download-size" data-download-size="workbook-a4.pdf"></span></p>`);
    expect(await fillDownloadSizes(dir, WRITTEN)).toBe(1);
    expect(await readFile(path.join(dir, "index.html"), "utf8")).toContain("(PDF, 300 KB, 17 pages)</span>");
  });

  it("fails the build when no page has a placeholder, instead of dropping the sizes silently", async () => {
    const dir = await siteWith(`<p><a href="/downloads/workbook-a4.pdf">A4</a></p>`);
    await expect(fillDownloadSizes(dir, WRITTEN)).rejects.toThrow(/no page .* has a download size placeholder/);
  });

  it("fails on a placeholder for a PDF the build did not write", async () => {
    const dir = await siteWith(`<span class="download-size" data-download-size="missing.pdf"></span>`);
    await expect(fillDownloadSizes(dir, WRITTEN)).rejects.toThrow("/downloads/missing.pdf, which the build did not write");
  });
});
