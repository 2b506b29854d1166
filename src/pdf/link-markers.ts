import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject } from "@cantoo/pdf-lib";
import { removeObjectReferences, removeParentTreeKeys } from "./structure-tree.ts";

/** A link annotation that marks a place on a page: its URL and rectangle in PDF user space (points, origin bottom left). */
export interface LinkMarker {
  url: string;
  pageIndex: number;
  rect: { x: number; y: number; width: number; height: number };
}

/** A marker together with the objects that hold it, for the stages that replace it. */
export interface FoundLinkMarker extends LinkMarker {
  /** The annotation's reference, or its dictionary when a page holds it directly. */
  annotation: PDFRef | PDFDict;
  dict: PDFDict;
  /** The annotation's /StructParent: its key in the structure tree's /ParentTree. */
  structParent?: number;
}

/** Lists every link annotation, on every page, whose URI starts with `prefix`, in page order. */
export function readLinkMarkers(pdf: PDFDocument, prefix: string): LinkMarker[] {
  return findLinkMarkers(pdf, prefix).map(({ url, pageIndex, rect }) => ({ url, pageIndex, rect }));
}

/** Like readLinkMarkers, with the annotation objects, for addFormFields and removeLinkMarkers. */
export function findLinkMarkers(pdf: PDFDocument, prefix: string): FoundLinkMarker[] {
  const found: FoundLinkMarker[] = [];
  pdf.getPages().forEach((page, pageIndex) => {
    const annots = page.node.Annots();
    if (!annots) return;
    for (let index = 0; index < annots.size(); index++) {
      const annotation = annots.get(index);
      const dict = pdf.context.lookup(annotation);
      if (!(dict instanceof PDFDict)) continue;
      const url = linkUri(dict);
      if (url === undefined || !url.startsWith(prefix)) continue;
      const rect = rectOf(dict);
      if (!rect) continue;
      const structParent = dict.lookup(PDFName.of("StructParent"));
      found.push({
        url,
        pageIndex,
        rect,
        annotation: annotation instanceof PDFRef ? annotation : dict,
        dict,
        ...(structParent instanceof PDFNumber ? { structParent: structParent.asNumber() } : {}),
      });
    }
  });
  return found;
}

/**
 * Removes every link annotation whose URI starts with `prefix` from its page, and
 * the structure tree's references to it, and returns how many went. A marker is an
 * invisible, empty link, so it leaves an empty Link element behind in the tags; an
 * object reference to an annotation no page holds any more would make the tags lie
 * (PDF/UA checkers report it), so the reference goes and so does an element left
 * with no content.
 */
export function removeLinkMarkers(pdf: PDFDocument, prefix: string): number {
  const markers = findLinkMarkers(pdf, prefix);
  if (markers.length === 0) return 0;
  const gone = new Set<PDFObject>(markers.map((marker) => marker.annotation));
  const goneDicts = new Set<PDFDict>(markers.map((marker) => marker.dict));
  for (const page of pdf.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let index = annots.size() - 1; index >= 0; index--) {
      const annotation = annots.get(index);
      if (gone.has(annotation) || goneDicts.has(pdf.context.lookup(annotation) as PDFDict)) annots.remove(index);
    }
    if (annots.size() === 0) page.node.delete(PDFName.of("Annots"));
  }
  removeObjectReferences(pdf, goneDicts);
  removeParentTreeKeys(pdf, new Set(markers.flatMap((marker) => (marker.structParent === undefined ? [] : [marker.structParent]))));
  return markers.length;
}

/** The URI of a link annotation with a URI action, decoded from either string form. */
function linkUri(dict: PDFDict): string | undefined {
  if (dict.lookup(PDFName.of("Subtype")) !== PDFName.of("Link")) return undefined;
  const action = dict.lookup(PDFName.of("A"));
  if (!(action instanceof PDFDict) || action.lookup(PDFName.of("S")) !== PDFName.of("URI")) return undefined;
  const uri = action.lookup(PDFName.of("URI"));
  // Chromium writes a literal string, but PDF allows a hex string as well (ISO 32000-1, 12.6.4.7).
  return uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : undefined;
}

function rectOf(dict: PDFDict): LinkMarker["rect"] | undefined {
  const rect = dict.lookup(PDFName.of("Rect"));
  if (!(rect instanceof PDFArray) || rect.size() !== 4) return undefined;
  const numbers = rect.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : Number.NaN));
  if (numbers.some((value) => !Number.isFinite(value))) return undefined;
  const [x1, y1, x2, y2] = numbers as [number, number, number, number];
  // A rectangle may be written from any corner (ISO 32000-1, 7.9.5): normalise it.
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
}
