import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, type PDFDocument } from "@cantoo/pdf-lib";

/** One bookmark: its title and the page (from 1) it opens. */
export interface Bookmark {
  title: string;
  page: number;
  depth: number;
}

/** The bookmarks (outline) of a PDF, in order, read straight from the catalog. */
export function readOutline(doc: PDFDocument): Bookmark[] {
  const pageIndex = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const outlines = doc.catalog.lookup(PDFName.of("Outlines"));
  const found: Bookmark[] = [];
  const walk = (first: unknown, depth: number) => {
    for (let item = doc.context.lookup(first as PDFRef), guard = 0; item instanceof PDFDict && guard < 10_000; item = doc.context.lookup(item.get(PDFName.of("Next")) as PDFRef), guard++) {
      const title = item.lookup(PDFName.of("Title"));
      let dest = item.lookup(PDFName.of("Dest"));
      const action = item.lookup(PDFName.of("A"));
      if (!dest && action instanceof PDFDict) dest = action.lookup(PDFName.of("D"));
      const target = dest instanceof PDFArray ? dest.get(0) : undefined;
      found.push({
        title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : "",
        page: (target && pageIndex.get(target.toString())) ?? 0,
        depth,
      });
      const child = item.get(PDFName.of("First"));
      if (child) walk(child, depth + 1);
    }
  };
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of("First")), 0);
  return found;
}
