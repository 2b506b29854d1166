import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject } from "@cantoo/pdf-lib";

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

/** The catalog's structure tree root, when the document is tagged. */
export function structTreeRoot(pdf: PDFDocument): PDFDict | undefined {
  const root = pdf.catalog.lookup(PDFName.of("StructTreeRoot"));
  return root instanceof PDFDict ? root : undefined;
}

/**
 * Walks the structure tree and removes each /OBJR whose /Obj is one of `annotations`,
 * then each element left without kids. Returns nothing: what is absent is absent.
 */
function removeObjectReferences(pdf: PDFDocument, annotations: Set<PDFDict>): void {
  const root = structTreeRoot(pdf);
  if (!root) return;
  const seen = new Set<PDFObject>();
  const isGoneObjr = (kid: PDFObject): boolean => {
    const dict = pdf.context.lookup(kid);
    if (!(dict instanceof PDFDict) || dict.lookup(PDFName.of("Type")) !== PDFName.of("OBJR")) return false;
    return annotations.has(pdf.context.lookup(dict.get(PDFName.of("Obj"))) as PDFDict);
  };
  // Returns true when the element has nothing left and its parent should drop it.
  const visit = (node: PDFObject | undefined): boolean => {
    if (!node || seen.has(node)) return false;
    seen.add(node);
    const dict = pdf.context.lookup(node);
    if (!(dict instanceof PDFDict)) return false;
    const kids = dict.get(PDFName.of("K"));
    if (kids === undefined) return false;
    const list = pdf.context.lookup(kids);
    if (list instanceof PDFArray) {
      for (let index = list.size() - 1; index >= 0; index--) {
        const kid = list.get(index);
        if (isGoneObjr(kid) || visit(kid)) list.remove(index);
      }
      if (list.size() > 0) return false;
    } else if (!(isGoneObjr(kids) || visit(kids))) {
      return false;
    }
    dict.delete(PDFName.of("K"));
    // The root itself stays, even empty; an element with no content goes.
    return dict !== root;
  };
  visit(root);
}

/** Deletes keys from the /ParentTree number tree, so no key names a removed annotation. */
function removeParentTreeKeys(pdf: PDFDocument, keys: Set<number>): void {
  const tree = structTreeRoot(pdf)?.lookup(PDFName.of("ParentTree"));
  if (keys.size === 0 || !(tree instanceof PDFDict)) return;
  forEachNumberTreeLeaf(pdf, tree, (nums) => {
    for (let index = nums.size() - 2; index >= 0; index -= 2) {
      const key = nums.lookup(index);
      if (key instanceof PDFNumber && keys.has(key.asNumber())) {
        nums.remove(index + 1);
        nums.remove(index);
      }
    }
  });
}

/** Calls `visit` with each /Nums array of a number tree, following /Kids (ISO 32000-1, 7.9.7). */
export function forEachNumberTreeLeaf(pdf: PDFDocument, node: PDFDict, visit: (nums: PDFArray) => void, depth = 0): void {
  if (depth > 32) return;
  const nums = node.lookup(PDFName.of("Nums"));
  if (nums instanceof PDFArray) visit(nums);
  const kids = node.lookup(PDFName.of("Kids"));
  if (kids instanceof PDFArray) {
    for (const kid of kids.asArray()) {
      const child = pdf.context.lookup(kid);
      if (child instanceof PDFDict) forEachNumberTreeLeaf(pdf, child, visit, depth + 1);
    }
  }
}
