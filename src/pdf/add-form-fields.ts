import { PDFName, type PDFDocument, type PDFPage, type PDFRef } from "@cantoo/pdf-lib";
import type { PaperField } from "../layout/paper-fields.ts";
import { createFormField } from "./create-form-field.ts";
import { FIELD_MARKER } from "./field-markers.ts";
import { embedFieldFont, readFieldFont } from "./field-font.ts";
import { findLinkMarkers, removeLinkMarkers, type FoundLinkMarker } from "./link-markers.ts";
import { matchFieldMarkers } from "./match-field-markers.ts";
import { retagFieldMarkers } from "./retag-field-markers.ts";
import { shareAppearances } from "./share-appearances.ts";

export interface AddFormFieldsOptions {
  /** The bytes of Liberation Sans Regular (or a font metric-compatible with Helvetica); read from pdfjs-dist when absent. */
  fontBytes?: Uint8Array;
}

/**
 * Turns the field markers Chromium printed into AcroForm fields at exactly their
 * rectangles, retags each marker's Link element as the field's Form element, and
 * removes the markers; throws when the markers and `fields` do not match one to one.
 */
export async function addFormFields(pdf: PDFDocument, fields: PaperField[], options: AddFormFieldsOptions = {}): Promise<void> {
  const placed = matchFieldMarkers(findLinkMarkers(pdf, FIELD_MARKER), fields);
  const font = await embedFieldFont(pdf, options.fontBytes ?? (await readFieldFont()));
  const form = pdf.getForm();
  const pages = pdf.getPages();
  const widgetOf = new Map<FoundLinkMarker, PDFRef>();
  for (const one of placed) {
    for (const [marker, widget] of createFormField(form, pages, one, font)) widgetOf.set(marker, widget);
  }
  // pdf-lib drew every appearance already, with the embedded font for text; left
  // dirty, save() would redraw them with its default font, Helvetica, unembedded.
  for (const made of form.getFields()) form.markFieldAsClean(made.ref);
  shareAppearances(pdf, [...widgetOf.values()]);

  retagFieldMarkers(pdf, widgetOf);
  // Tab through the fields in the order of the tags, which is the reading order (PDF/UA).
  for (const page of new Set(placed.flatMap(({ markers }) => markers.map((marker) => pages[marker.pageIndex] as PDFPage)))) {
    page.node.set(PDFName.of("Tabs"), PDFName.of("S"));
  }
  removeLinkMarkers(pdf, FIELD_MARKER);
}
