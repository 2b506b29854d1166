import { PDFHexString, PDFName, PDFRef, rgb, type PDFDict, type PDFFont, type PDFForm, type PDFPage } from "@cantoo/pdf-lib";
import { DATE_PART_DIGITS } from "../contract/date-parts.ts";
import { parseFieldMarker } from "./field-markers.ts";
import type { FoundLinkMarker } from "./link-markers.ts";
import type { PlacedField } from "./match-field-markers.ts";

/** Text sizes for typed answers, in points: readable on screen and on paper. */
const FONT_SIZE = { largest: 11, smallest: 7, multiline: 10 };

/** Checkboxes and radio buttons keep a thin frame: a box with nothing in it must still look like one. */
const BOX_BORDER = 0.75;

/**
 * Creates the AcroForm field of one placed paper field, with a widget at each of its
 * markers' rectangles, and returns each marker's widget (for the structure tree).
 * Text fields draw with `font`, which must already be in the form's resources.
 */
export function createFormField(form: PDFForm, pages: PDFPage[], { field, markers }: PlacedField, font: PDFFont): Map<FoundLinkMarker, PDFRef> {
  const widgetOf = new Map<FoundLinkMarker, PDFRef>();
  const first = evenSized(markers[0] as FoundLinkMarker);
  const pageOf = (marker: FoundLinkMarker) => pages[marker.pageIndex] as PDFPage;
  switch (field.kind) {
    case "text":
    case "number":
    case "date":
    case "time": {
      const text = form.createTextField(field.name);
      const multiline = field.lines > 1;
      if (multiline) text.enableMultiline();
      else text.disableMultiline();
      if (field.maxLength !== undefined) text.setMaxLength(field.maxLength);
      if (field.kind === "date") {
        // One character per printed cell: the day, month and year digits in the page's
        // order, which the import reads back (readWrittenDate).
        text.setMaxLength(DATE_PART_DIGITS.day + DATE_PART_DIGITS.month + DATE_PART_DIGITS.year);
        text.enableCombing();
      }
      // One line: the printed rule under it is its baseline, and the size fills it. Several
      // lines: no reader spaces typed lines to match printed rules, so the field is an
      // opaque box over them, framed, and typed text runs at a reading size (issue 10).
      const lineHeight = first.rect.height / Math.max(1, field.lines);
      const size = multiline ? FONT_SIZE.multiline : Math.round(Math.min(FONT_SIZE.largest, Math.max(FONT_SIZE.smallest, lineHeight * 0.6)) * 2) / 2;
      // A new field has no /DA yet; it names the font by its key in the form's /DR.
      text.acroField.setDefaultAppearance(`/${font.name} ${size} Tf 0 g`);
      text.disableRichFormatting();
      text.disableScrolling();
      const place = multiline
        ? { ...boxAt(first.rect), backgroundColor: rgb(1, 1, 1), borderColor: rgb(0.33, 0.33, 0.33), textColor: undefined }
        : { ...first.rect, backgroundColor: undefined, borderColor: undefined, borderWidth: 0, textColor: undefined };
      text.addToPage(pageOf(first), { ...place, font });
      widgetOf.set(first, lastAnnotation(pageOf(first)));
      describe(text.acroField.dict, field.title);
      break;
    }
    case "check": {
      const box = form.createCheckBox(field.name);
      box.addToPage(pageOf(first), boxAt(first.rect));
      widgetOf.set(first, lastAnnotation(pageOf(first)));
      describe(box.acroField.dict, field.title);
      break;
    }
    case "choice": {
      // Export values are the option texts: pdf-lib stores them in /Opt and names the
      // appearance states by index, so any text works and getSelected() gives it back.
      const group = form.createRadioGroup(field.name);
      for (const marker of markers) {
        const option = field.options[parseFieldMarker(marker.url)?.option as number] as string;
        group.addOptionToPage(option, pageOf(marker), boxAt(evenSized(marker).rect));
        widgetOf.set(marker, lastAnnotation(pageOf(marker)));
      }
      group.disableOffToggling();
      describe(group.acroField.dict, field.title);
      break;
    }
    case "choices": {
      markers.forEach((marker, index) => {
        const box = form.createCheckBox(`${field.name}.${index}`);
        box.addToPage(pageOf(marker), boxAt(evenSized(marker).rect));
        widgetOf.set(marker, lastAnnotation(pageOf(marker)));
        describe(box.acroField.dict, `${field.title}: ${field.options[index]}`);
      });
      break;
    }
  }
  return widgetOf;
}

/** How finely widget sizes are rounded, in points: a quarter of a point, which no one sees. */
const SIZE_STEP = 0.25;

/**
 * A marker with its size rounded to SIZE_STEP, about its centre. Chromium writes a
 * rectangle's edges where they fall on the page, so boxes of one size in the CSS
 * come out a few hundredths of a point apart, and their appearance streams, which
 * hold the size, would all differ; rounded, widgets of one size share one stream
 * (share-appearances.ts), which keeps the fillable PDF within its size budget.
 */
function evenSized(marker: FoundLinkMarker): FoundLinkMarker {
  const { x, y, width, height } = marker.rect;
  const [w, h] = [Math.round(width / SIZE_STEP) * SIZE_STEP, Math.round(height / SIZE_STEP) * SIZE_STEP];
  return { ...marker, rect: { x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h } };
}

/**
 * The options that give a box widget exactly the marker's rectangle: pdf-lib grows
 * a widget by half its border width on every side, so the box asks for that less.
 */
function boxAt(rect: FoundLinkMarker["rect"]) {
  return {
    x: rect.x + BOX_BORDER / 2,
    y: rect.y + BOX_BORDER / 2,
    width: rect.width - BOX_BORDER,
    height: rect.height - BOX_BORDER,
    textColor: rgb(0, 0, 0),
    backgroundColor: undefined,
    borderColor: rgb(0.2, 0.2, 0.2),
    borderWidth: BOX_BORDER,
  };
}

/** The widget pdf-lib just added: addToPage and addOptionToPage append it to the page's /Annots. */
function lastAnnotation(page: PDFPage): PDFRef {
  const annots = page.node.Annots();
  const last = annots?.get(annots.size() - 1);
  if (!(last instanceof PDFRef)) throw new Error("pdf-lib added a widget that is not an indirect object");
  return last;
}

/** The field's title as its alternate name (/TU), which screen readers announce. */
function describe(field: PDFDict, title: string): void {
  field.set(PDFName.of("TU"), PDFHexString.fromText(title));
}
