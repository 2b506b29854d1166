import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFDocument, type PDFObject, type PDFRef } from "@cantoo/pdf-lib";

/**
 * The structure-tree edits the PDF stage makes to Chromium's tagged PDFs (ISO 32000-1,
 * 14.7): finding an annotation's element through the parent tree, pointing it at a
 * new annotation, and removing references to annotations that are gone. Shared by the
 * marker remover (link-markers.ts) and the form-field stage (retag-field-markers.ts).
 */

/** The catalog's structure tree root, when the document is tagged. */
export function structTreeRoot(pdf: PDFDocument): PDFDict | undefined {
  const root = pdf.catalog.lookup(PDFName.of("StructTreeRoot"));
  return root instanceof PDFDict ? root : undefined;
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

/** The parent tree as a map from each key to the element it names (only keys that name one element). */
export function parentTreeElements(pdf: PDFDocument): Map<number, PDFDict> {
  const elementOf = new Map<number, PDFDict>();
  const parentTree = structTreeRoot(pdf)?.lookup(PDFName.of("ParentTree"));
  if (!(parentTree instanceof PDFDict)) return elementOf;
  forEachNumberTreeLeaf(pdf, parentTree, (leaf) => {
    for (let index = 0; index + 1 < leaf.size(); index += 2) {
      const key = leaf.lookup(index);
      const value = leaf.lookup(index + 1);
      if (key instanceof PDFNumber && value instanceof PDFDict) elementOf.set(key.asNumber(), value);
    }
  });
  return elementOf;
}

/**
 * Appends parent-tree keys for new annotations, each naming its element, and returns
 * the key given to each, in order; undefined when the tree cannot take new keys (no
 * tree, or one split into /Kids, which would need rebalancing).
 */
export function addParentTreeKeys(pdf: PDFDocument, elements: PDFDict[]): number[] | undefined {
  const root = structTreeRoot(pdf);
  const parentTree = root?.lookup(PDFName.of("ParentTree"));
  const nums = parentTree instanceof PDFDict ? parentTree.lookup(PDFName.of("Nums")) : undefined;
  if (!root || !(nums instanceof PDFArray)) return undefined;
  const used = [...parentTreeElements(pdf).keys()];
  const nextKey = root.lookup(PDFName.of("ParentTreeNextKey"));
  let next = Math.max(used.length ? Math.max(...used) + 1 : 0, nextKey instanceof PDFNumber ? nextKey.asNumber() : 0);
  const keys = elements.map((element) => {
    nums.push(PDFNumber.of(next));
    nums.push(pdf.context.getObjectRef(element) ?? element);
    return next++;
  });
  root.set(PDFName.of("ParentTreeNextKey"), PDFNumber.of(next));
  return keys;
}

/** The element's object reference (/OBJR) to `annotation`, when it has one. */
export function findObjectReference(pdf: PDFDocument, element: PDFDict, annotation: PDFDict): PDFDict | undefined {
  const kids = element.lookup(PDFName.of("K"));
  const list = kids instanceof PDFArray ? kids.asArray() : kids ? [kids] : [];
  for (const kid of list) {
    const dict = pdf.context.lookup(kid);
    if (dict instanceof PDFDict && isObjectReference(dict) && pdf.context.lookup(dict.get(PDFName.of("Obj"))) === annotation) return dict;
  }
  return undefined;
}

/** Points an object reference at another annotation, on that annotation's page. */
export function pointObjectReference(objr: PDFDict, annotationRef: PDFRef, annotation: PDFDict): void {
  objr.set(PDFName.of("Obj"), annotationRef);
  const pageRef = annotation.get(PDFName.of("P"));
  if (pageRef) objr.set(PDFName.of("Pg"), pageRef);
}

/**
 * Walks the structure tree and removes each /OBJR whose /Obj is one of `annotations`,
 * then each element left without kids. Returns nothing: what is absent is absent.
 */
export function removeObjectReferences(pdf: PDFDocument, annotations: Set<PDFDict>): void {
  const root = structTreeRoot(pdf);
  if (!root) return;
  const seen = new Set<PDFObject>();
  const isGoneObjr = (kid: PDFObject): boolean => {
    const dict = pdf.context.lookup(kid);
    if (!(dict instanceof PDFDict) || !isObjectReference(dict)) return false;
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
export function removeParentTreeKeys(pdf: PDFDocument, keys: Set<number>): void {
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

function isObjectReference(dict: PDFDict): boolean {
  return dict.lookup(PDFName.of("Type")) === PDFName.of("OBJR");
}
