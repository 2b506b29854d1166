import type { LinkMarker } from "./link-markers.ts";
import { readObjectDict, readXref, referencedObject, resolveValue, type PdfXref } from "./pdf-xref.ts";
import { decodePdfString, readPdfArray, readPdfDict, type PdfDictEntries } from "./read-pdf-dict.ts";

/**
 * readLinkMarkers (link-markers.ts) for a PDF as Chromium writes it, without pdf-lib:
 * only the page tree, the pages' /Annots and the link annotations are read, where
 * PDFDocument.load parses every object of the file. The table of contents is printed
 * until its page numbers settle, and each print is read for where its headings
 * landed: on the workbook's 300 KB prints this is about a tenth of pdf-lib's time
 * (issue 11). Undefined for a PDF without cross-reference tables (use pdf-lib then).
 */
export function scanLinkMarkers(bytes: Uint8Array, prefix: string): LinkMarker[] | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const xref = readXref(text);
  const root = referencedObject(xref?.trailer.get("Root"));
  if (!xref || root === undefined) return undefined;
  const pages = entry(readObjectDict(text, xref, root), "Pages");
  const found: LinkMarker[] = [];
  let pageIndex = 0;
  const visit = (value: string, depth: number) => {
    if (depth > 32) throw new Error("the page tree is deeper than any real PDF's");
    const node = readPdfDict(resolveValue(text, xref, value), 0).entries;
    if (entry(node, "Type") === "/Pages") {
      for (const kid of readPdfArray(resolveValue(text, xref, entry(node, "Kids") ?? "[]"))) visit(kid, depth + 1);
      return;
    }
    const annots = entry(node, "Annots");
    for (const annotation of annots ? readPdfArray(resolveValue(text, xref, annots)) : []) {
      const marker = linkOf(text, xref, annotation, prefix);
      if (marker) found.push({ ...marker, pageIndex });
    }
    pageIndex++;
  };
  if (pages === undefined) return [];
  visit(pages, 0);
  return found;
}

function linkOf(text: string, xref: PdfXref, annotation: string, prefix: string): Omit<LinkMarker, "pageIndex"> | undefined {
  const dict = readPdfDict(resolveValue(text, xref, annotation), 0).entries;
  if (entry(dict, "Subtype") !== "/Link") return undefined;
  const action = entry(dict, "A");
  if (action === undefined) return undefined;
  const actionDict = readPdfDict(resolveValue(text, xref, action), 0).entries;
  if (entry(actionDict, "S") !== "/URI") return undefined;
  const url = decodePdfString(resolveValue(text, xref, entry(actionDict, "URI") ?? ""));
  if (url === undefined || !url.startsWith(prefix)) return undefined;
  const numbers = readPdfArray(resolveValue(text, xref, entry(dict, "Rect") ?? "[]")).map(Number);
  if (numbers.length !== 4 || numbers.some((value) => !Number.isFinite(value))) return undefined;
  const [x1, y1, x2, y2] = numbers as [number, number, number, number];
  // A rectangle may be written from any corner (ISO 32000-1, 7.9.5): normalise it.
  return { url, rect: { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) } };
}

function entry(entries: PdfDictEntries, key: string): string | undefined {
  return entries.find(([name]) => name === key)?.[1];
}
