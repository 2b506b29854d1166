import { PDFDict, PDFName, PDFNumber, type PDFDocument, type PDFRef } from "@cantoo/pdf-lib";
import type { FoundLinkMarker } from "./link-markers.ts";
import { addParentTreeKeys, findObjectReference, parentTreeElements, pointObjectReference } from "./structure-tree.ts";

/**
 * Chromium tagged each marker as a Link element holding the annotation. The widget
 * takes the marker's place: the element becomes a Form element (ISO 32000-1, 14.8.4.5)
 * whose object reference is the widget, which gets a /StructParent of its own. The
 * field thus sits in the reading order exactly where its writing area was printed.
 * Markers the structure tree does not know (an untagged PDF) are simply left out.
 */
export function retagFieldMarkers(pdf: PDFDocument, widgetOf: Map<FoundLinkMarker, PDFRef>): void {
  const elementOf = parentTreeElements(pdf);
  const retagged: { element: PDFDict; objr: PDFDict; widgetRef: PDFRef; widget: PDFDict }[] = [];
  for (const [marker, widgetRef] of widgetOf) {
    if (marker.structParent === undefined) continue;
    const element = elementOf.get(marker.structParent);
    const objr = element && findObjectReference(pdf, element, marker.dict);
    if (element && objr) retagged.push({ element, objr, widgetRef, widget: pdf.context.lookup(widgetRef, PDFDict) });
  }
  const keys = addParentTreeKeys(pdf, retagged.map(({ element }) => element));
  if (!keys) return;
  retagged.forEach(({ element, objr, widgetRef, widget }, index) => {
    pointObjectReference(objr, widgetRef, widget);
    element.set(PDFName.of("S"), PDFName.of("Form"));
    widget.set(PDFName.of("StructParent"), PDFNumber.of(keys[index] as number));
  });
}
